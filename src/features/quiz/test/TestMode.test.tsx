// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { generateTest, grade, type Answer, type Question } from '../../../quiz';
import { parseHash } from '../../../store/urlState';
import { useAppStore } from '../../../store/store';
import { TestMode } from './TestMode';
import { TestReview } from './TestReview';
import { startTest, testReducer } from './testSession';

// Monaco does not run in jsdom: the lazy editor becomes a text area bound to the same store action.
vi.mock('../../config-editor/loadConfigEditor', () => import('../../config-editor/stubConfigEditor'));

const initial = useAppStore.getState();
beforeEach(() => { useAppStore.setState(initial, true); act(() => useAppStore.getState().resetProgress()); });
afterEach(cleanup);

function rightAnswer(question: Question): Answer {
  switch (question.kind) {
    case 'multiple_choice': return { kind: 'multiple_choice', choice: question.choices.find((c) => c.correct)!.id };
    case 'numeric': return { kind: 'numeric', value: question.answer };
    case 'predict_step': return { kind: 'predict_step', ...question.answer };
    case 'fix_config': return { kind: 'fix_config', configText: question.solutionText };
  }
}

// rendering a whole test in jsdom takes seconds on a shared machine
describe('TestMode', { timeout: 30_000 }, () => {
  it('takes a test by its seed, saves an answer without grading it, then moves on', () => {
    render(<TestMode />);
    fireEvent.change(screen.getByLabelText('Take the test with seed'), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    const first = generateTest({ seed: 1 }).questions[0]!;
    if (first.kind !== 'multiple_choice') throw new Error('seed 1 starts with a choice question');
    const panel = screen.getByRole('region', { name: 'Test this pattern' });
    expect(within(panel).getByRole('heading', { name: 'Question 1 of 10' })).toBeTruthy();
    const wrong = first.choices.find((c) => !c.correct)!;
    fireEvent.click(within(panel).getByRole('radio', { name: new RegExp(`^${wrong.id}\\.`) }));
    fireEvent.click(within(panel).getByRole('button', { name: 'Save answer' }));
    expect(within(panel).getByText('Answer saved. You will see how you did at the end.')).toBeTruthy();
    expect(within(panel).queryByText(/Not right yet|Correct\./)).toBeNull();
    // nothing is graded until the end: the miss is not in progress (nor in Review) yet
    expect(useAppStore.getState().progress.scores.test).toEqual({ correct: 0, total: 0 });
    expect(useAppStore.getState().progress.missed).toEqual([]);
    fireEvent.click(within(panel).getByRole('button', { name: 'Next question' }));
    expect(within(panel).getByRole('heading', { name: 'Question 2 of 10' })).toBeTruthy();
  });

  it('records the answers in progress, misses for Review included, when the test ends', () => {
    render(<TestMode />);
    fireEvent.change(screen.getByLabelText('Take the test with seed'), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    const { questions } = generateTest({ seed: 1 });
    const panel = screen.getByRole('region', { name: 'Test this pattern' });
    questions.forEach((question, i) => {
      answerOnScreen(panel, question);
      if (i < questions.length - 1) fireEvent.click(within(panel).getByRole('button', { name: 'Next question' }));
    });
    expect(useAppStore.getState().progress.missed).toEqual([]);
    fireEvent.click(within(panel).getByRole('button', { name: 'Finish test' }));
    const { scores, missed } = useAppStore.getState().progress;
    expect(scores.test.total).toBe(10);
    expect(missed.length).toBe(10 - scores.test.correct);
    expect(missed.every((m) => m.mode === 'test')).toBe(true);
  });
});

/** Answers the question on screen through its controls (wrong is fine: only the flow matters here) and checks it. */
function answerOnScreen(panel: HTMLElement, question: Question) {
  panel = panel.querySelector('article')!;
  if (question.kind === 'multiple_choice' || question.kind === 'predict_step') fireEvent.click(within(panel).getAllByRole('radio')[0]!);
  if (question.kind === 'numeric' || question.kind === 'predict_step') fireEvent.change(within(panel).getByRole('spinbutton'), { target: { value: '1' } });
  fireEvent.click(within(panel).getByRole('button', { name: 'Save answer' }));
}

describe('TestMode focus', () => {
  it('never drops focus to the page: a config to fix gets its heading focused, and New test from the review focuses question 1', () => {
    const seed = [...Array(200).keys()].find((s) => generateTest({ seed: s }).questions.some((q) => q.kind === 'fix_config'))!;
    const { questions } = generateTest({ seed });
    render(<TestMode />);
    fireEvent.change(screen.getByLabelText('Take the test with seed'), { target: { value: String(seed) } });
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    const panel = screen.getByRole('region', { name: 'Test this pattern' });
    for (const [index, question] of questions.entries()) {
      const heading = within(panel).getByRole('heading', { name: `Question ${index + 1} of 10` });
      if (index > 0) {
        expect(document.activeElement).not.toBe(document.body);
        if (question.kind === 'fix_config') expect(document.activeElement).toBe(heading);
        else expect(heading.closest('article')!.contains(document.activeElement)).toBe(true);
      }
      answerOnScreen(panel, question);
      fireEvent.click(within(panel).getByRole('button', { name: index === 9 ? 'Finish test' : 'Next question' }));
    }
    const review = screen.getByRole('region', { name: 'Your test, reviewed' });
    fireEvent.click(within(review).getByRole('button', { name: 'New test' }));
    const card = within(screen.getByRole('region', { name: 'Test this pattern' })).getByRole('heading', { name: 'Question 1 of 10' }).closest('article')!;
    expect(card.contains(document.activeElement)).toBe(true);
  });
});

describe('TestReview', () => {
  it('shows the score and one entry per question, each linking into Visualize', () => {
    let session = startTest(4);
    session.test.questions.forEach((question, index) => {
      const answer = rightAnswer(question);
      session = testReducer(session, { type: 'answer', index, answer, grade: grade(question, answer) });
      session = testReducer(session, { type: 'next' });
    });
    session = testReducer(session, { type: 'finish' });
    render(<TestReview session={session} onNewTest={() => undefined} />);
    const heading = screen.getByRole('heading', { name: 'Score: 10 of 10' });
    expect(document.activeElement).toBe(heading);
    const entries = within(screen.getByRole('list', { name: 'Review of your answers' })).getAllByRole('listitem');
    expect(entries).toHaveLength(10);
    for (const entry of entries) {
      const link = within(entry).getByRole('link', { name: /See it in the workspace/ });
      expect(parseHash(link.getAttribute('href')!).mode).toBe('visualize');
      // the feedback is the app's words, and says so
      expect(entry.querySelector('dd .app-voice')).not.toBeNull();
    }
  });
});
