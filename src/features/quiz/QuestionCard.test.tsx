// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { LESSON_FIX_CONFIG, LESSON_PRACTICE, LESSON_QUIZ } from '../../content';
import { buildQuestion, LESSON_SCENARIO, type Grade, type PredictStepQuestion } from '../../quiz';
import { useAppStore } from '../../store/store';
import { QuestionCard } from './QuestionCard';
import { showQuestionScenario } from './questionScenario';

// Monaco does not run in jsdom: the lazy editor becomes a text area bound to the same store action.
vi.mock('../config-editor/loadConfigEditor', () => import('../config-editor/stubConfigEditor'));

const initial = useAppStore.getState();
const Q1 = LESSON_QUIZ[0]!;
const status = () => screen.getByRole('status');
const check = () => fireEvent.click(screen.getByRole('button', { name: 'Check answer' }));

beforeEach(() => { useAppStore.setState(initial, true); act(() => useAppStore.getState().resetProgress()); });
afterEach(cleanup);

describe('QuestionCard', () => {
  it('says what is missing instead of grading an empty answer', () => {
    const onAnswered = vi.fn();
    render(<QuestionCard question={Q1} mode="quiz" onAnswered={onAnswered} />);
    check();
    expect(status().textContent).toBe('Pick one of the choices first.');
    expect(onAnswered).not.toHaveBeenCalled();
    expect(useAppStore.getState().progress.scores.quiz.total).toBe(0);
  });

  it('grades a wrong choice, records it once, keeps the answer back while Try again is offered, and Try again starts a new recorded attempt', () => {
    const onAnswered = vi.fn<(grade: Grade, answer: unknown, info: { attempt: number; firstOfAttempt: boolean }) => void>();
    render(<QuestionCard question={Q1} mode="quiz" onAnswered={onAnswered} />);
    fireEvent.click(screen.getByRole('radio', { name: 'A. 1' }));
    check();
    expect(status().textContent).toContain('Not right yet.');
    // the reason gives the answer away: not while the learner may try again
    expect(status().textContent).not.toContain('1 is the count before step 3 scaled up');
    expect(document.querySelector('.question-solution')).toBeNull();
    expect(onAnswered.mock.calls[0]![2]).toEqual({ attempt: 1, firstOfAttempt: true });
    expect(screen.getByRole('radio', { name: 'B. 2' }).matches(':disabled')).toBe(true);
    expect(useAppStore.getState().progress.missed.map((m) => m.questionId)).toEqual(['lesson.quiz.1']);

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    fireEvent.click(screen.getByRole('radio', { name: 'B. 2' }));
    check();
    expect(status().textContent).toContain('Correct.');
    // right: the question is done, nothing to try again
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show answer' })).toBeNull();
    expect(onAnswered.mock.calls[1]![2]).toEqual({ attempt: 2, firstOfAttempt: true });
    expect(useAppStore.getState().progress.scores.quiz).toEqual({ correct: 1, total: 2 });
    expect(useAppStore.getState().progress.missed).toEqual([]);
  });

  it('reveals hints one at a time, highlights what the question refers to, and clears it on unmount', () => {
    const { unmount } = render(<QuestionCard question={Q1} />);
    fireEvent.click(screen.getByRole('button', { name: 'Hint' }));
    expect(screen.getByRole('list', { name: 'Hints' }).textContent).toContain("Check the 'Instances after action' column at step 4");
    expect(useAppStore.getState().highlightTarget).toEqual({ kind: 'cell', step: 4, column: 'Instances after action' });
    unmount();
    expect(useAppStore.getState().highlightTarget).toBeNull();
  });

  it('Show answer after a wrong answer gives the answer with its reason and the solution, and then no Try again', () => {
    render(<QuestionCard question={Q1} mode="quiz" showSolution={false} />);
    fireEvent.click(screen.getByRole('radio', { name: 'A. 1' }));
    check();
    fireEvent.click(screen.getByRole('button', { name: 'Show answer' }));
    expect(status().textContent).toContain('1 is the count before step 3 scaled up');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show answer' })).toBeNull();
    expect(useAppStore.getState().progress.scores.quiz).toEqual({ correct: 0, total: 1 });
  });

  it('announces each hint (a live region that is there before the first hint) and puts the feedback before Hint and Try again', () => {
    render(<QuestionCard question={Q1} />);
    const region = document.querySelector('.question-card [aria-live="polite"]:not([role="status"])');
    expect(region).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Hint' }));
    expect(region!.contains(screen.getByRole('list', { name: 'Hints' }))).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'A. 1' }));
    check();
    // Tab from the focused feedback goes on to Hint, Try again and Show answer, not past them
    for (const name of ['Hint', 'Try again', 'Show answer']) {
      expect(status().compareDocumentPosition(screen.getByRole('button', { name })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
  });

  it('a hint about a row after the cursor moves the cursor to show it, unless revealHidden is off', () => {
    act(() => useAppStore.getState().loadScenario({ ...LESSON_SCENARIO, cursor: 2 }));
    render(<QuestionCard question={Q1} revealHidden={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Hint' }));
    expect(useAppStore.getState().cursor).toBe(2);
    cleanup();
    render(<QuestionCard question={Q1} />);
    fireEvent.click(screen.getByRole('button', { name: 'Hint' }));
    expect(useAppStore.getState().cursor).toBe(4);
  });

  it('a hint for a step to predict points at the decision node on screen, never at the hidden row', () => {
    const question = buildQuestion('predict_next', LESSON_SCENARIO, { step: 3 }) as PredictStepQuestion;
    act(() => showQuestionScenario(question));
    render(<QuestionCard question={question} />);
    fireEvent.click(screen.getByRole('button', { name: 'Hint' }));
    expect(useAppStore.getState().cursor).toBe(2);
    expect(useAppStore.getState().highlightTarget).toEqual({ kind: 'node', node: 'check_upper' });
  });

  it('grades a step prediction, submitted with Enter in the instances field', () => {
    const question = buildQuestion('predict_next', LESSON_SCENARIO, { step: 3 }) as PredictStepQuestion;
    render(<QuestionCard question={question} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Scale up' }));
    const instances = screen.getByLabelText('Instances after step 3');
    fireEvent.change(instances, { target: { value: '3' } });
    fireEvent.submit(instances.closest('form')!);
    expect(status().textContent).toContain('Not right yet.');
    fireEvent.click(screen.getByRole('button', { name: 'Show answer' }));
    expect(status().textContent).toContain('the action is right, the count is not. Step 3 ends with 2 instances');
  });

  it('deferFeedback (Test mode) saves the answer without saying whether it is right', () => {
    const onAnswered = vi.fn();
    render(<QuestionCard question={Q1} deferFeedback mode="test" onAnswered={onAnswered} />);
    fireEvent.click(screen.getByRole('radio', { name: 'A. 1' }));
    // it saves, it does not check: the button says so
    expect(screen.queryByRole('button', { name: 'Check answer' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save answer' }));
    expect(status().textContent).toContain('Answer saved');
    expect(status().textContent).not.toContain('Not right');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Hint' })).toBeNull();
    expect(onAnswered).toHaveBeenCalledTimes(1);
  });

  it('fix the config: the goal checker speaks live, and checking the edited config grades it', () => {
    act(() => showQuestionScenario(LESSON_FIX_CONFIG));
    render(<QuestionCard question={LESSON_FIX_CONFIG} mode="practice" />);
    const editor = screen.getByRole('textbox', { name: 'Scaling config JSON' });
    expect((editor as HTMLTextAreaElement).value).toBe(LESSON_FIX_CONFIG.startText);
    expect(document.querySelector('.goal-status')?.textContent).toContain('not checked yet');
    fireEvent.change(editor, { target: { value: '{ "min_servers": 2, "max_servers": 6, "target_utilization": 0.6 }' } });
    expect(document.querySelector('.goal-status')?.getAttribute('data-met')).toBe('true');
    check();
    expect(status().textContent).toContain('Meets the goal');
    expect(useAppStore.getState().progress.scores.practice).toEqual({ correct: 1, total: 1 });
  });

  it('fix the config: the goal is stated once, and the live check says what is off without giving the fix away', () => {
    act(() => showQuestionScenario(LESSON_FIX_CONFIG));
    render(<QuestionCard question={LESSON_FIX_CONFIG} mode="practice" />);
    const card = document.querySelector('article.question-card')!;
    expect(card.textContent!.split(LESSON_FIX_CONFIG.goal.description).length - 1).toBe(1);
    const editor = screen.getByRole('textbox', { name: 'Scaling config JSON' });
    fireEvent.change(editor, { target: { value: '{ "min_servers": 3, "max_servers": 6, "target_utilization": 0.9 }' } });
    const live = document.querySelector('.goal-status')!.textContent!;
    expect(live).toContain('target_utilization 0.9');
    expect(live).not.toMatch(/use 0\.6|set it to 2/);
    check();
    // once checked, the feedback may say how to fix it
    expect(status().textContent).toMatch(/use 0\.6/);
  });

  it('the lesson\'s "[OK]" marks show as a check mark in hints and solutions, not as text', () => {
    const question = LESSON_PRACTICE[0]!;
    render(<QuestionCard question={question} mode="practice" />);
    fireEvent.click(screen.getByRole('button', { name: 'Hint' }));
    const hints = screen.getByRole('list', { name: 'Hints' });
    expect(hints.textContent).not.toContain('[OK]');
    expect(hints.querySelector('.ok-mark')?.textContent).toBe('✓');
    fireEvent.click(screen.getAllByRole('radio')[1]!);
    check();
    fireEvent.click(screen.getByRole('button', { name: 'Show answer' }));
    expect(document.querySelector('.question-solution')!.textContent).not.toContain('[OK]');
  });

  it('feedback the app writes is marked as the app\'s', () => {
    render(<QuestionCard question={Q1} mode="quiz" />);
    fireEvent.click(screen.getByRole('radio', { name: 'A. 1' }));
    check();
    fireEvent.click(screen.getByRole('button', { name: 'Show answer' }));
    expect(document.querySelector('.feedback-text .app-voice')?.textContent).toMatch(/written by the app/i);
  });

  it('the lesson\'s what-if hint keeps its words, and the app notes where the condition really is', () => {
    render(<QuestionCard question={LESSON_QUIZ[2]!} mode="quiz" />);
    fireEvent.click(screen.getByRole('button', { name: 'Hint' }));
    const hints = screen.getByRole('list', { name: 'Hints' });
    expect(hints.textContent).toContain(LESSON_QUIZ[2]!.hints[0]);
    expect(hints.querySelector('.hint-note .app-voice')).not.toBeNull();
    expect(hints.querySelector('.hint-note')!.textContent).toContain('is a column of the execution table');
  });
});
