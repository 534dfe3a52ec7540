// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { llmQuestion, rebuildLlmQuestion } from '../../../quiz/llm';
import { expectedAnswer, type RunQuestion } from '../../../quiz';
import { useAppStore } from '../../../store/store';
import { LlmQuizPanel } from './LlmQuizPanel';

const initial = useAppStore.getState();
const scrollIntoView = Element.prototype.scrollIntoView;
beforeEach(() => useAppStore.setState({ ...initial, mode: 'lab' }, true));
afterEach(() => { cleanup(); Element.prototype.scrollIntoView = scrollIntoView; });

/** Answers the question on screen, right or wrong, as a learner would: a radio or the number field, then Check answer. */
function answer(question: RunQuestion, right: boolean) {
  const card = screen.getByRole('article');
  if (question.kind === 'multiple_choice') {
    const pick = question.choices.find((c) => c.correct === right)!;
    fireEvent.click(within(card).getByRole('radio', { name: new RegExp(`^${pick.id}\\.`) }));
  } else {
    const value = right ? question.answer : question.answer + question.tolerance + 3;
    fireEvent.change(within(card).getByLabelText(/^Your answer/), { target: { value: String(value) } });
  }
  fireEvent.click(within(card).getByRole('button', { name: 'Check answer' }));
}

describe('the Lab\'s LLM questions', () => {
  it('start on request, grade a right and a wrong answer, and show the engine\'s explanation', () => {
    render(<LlmQuizPanel />);
    expect(screen.queryByRole('article')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Start the questions' }));

    const first = llmQuestion(1, 0);
    expect(screen.getByRole('heading', { name: 'Question 1 of 6' })).toBeTruthy();
    expect(screen.getByText(first.prompt)).toBeTruthy();
    answer(first, true);
    expect(screen.getByRole('status').textContent).toMatch(/^✓ Correct\./);
    expect(document.body.textContent).toContain(first.explanation);
    expect(screen.getByRole('button', { name: 'Check answer' })).toHaveProperty('disabled', true);

    fireEvent.click(screen.getByRole('button', { name: 'Next question' }));
    const second = llmQuestion(1, 1);
    expect(screen.getByText(second.prompt)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Hint' }));
    expect(screen.getByRole('list', { name: 'Hints' }).textContent).toContain(second.hints[0]);
    answer(second, false);
    expect(screen.getByRole('status').textContent).toMatch(/^✗ Not right\./);
    expect(document.body.textContent).toContain(second.explanation);
    expect(screen.getByText('The answer:').parentElement?.textContent).toMatch(second.kind === 'numeric' ? /\d/ : /^The answer: [A-D]\. /);
  });

  it('asks for an answer before grading', () => {
    render(<LlmQuizPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Start the questions' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByRole('status').textContent).toMatch(/first\.$/);
  });

  it('counts every checked answer under the Lab, keeps a missed one with the recipe that rebuilds it, and says so', () => {
    render(<LlmQuizPanel />);
    expect(screen.getByText(/Your progress here/).textContent).toContain('nothing checked yet');
    fireEvent.click(screen.getByRole('button', { name: 'Start the questions' }));
    answer(llmQuestion(1, 0), false);
    const { progress } = useAppStore.getState();
    expect(progress.scores.lab).toEqual({ correct: 0, total: 1 });
    expect(progress.missed).toHaveLength(1);
    const missed = progress.missed[0]!;
    expect(missed).toMatchObject({ mode: 'lab', questionId: llmQuestion(1, 0).id, recipe: { kind: 'llm', set: 1, index: 0 } });
    expect(expectedAnswer(rebuildLlmQuestion(missed.recipe)!)).toBe(expectedAnswer(llmQuestion(1, 0)));
    // the card is locked once checked: no second count
    fireEvent.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(useAppStore.getState().progress.scores.lab.total).toBe(1);
    expect(screen.getByText(/Your progress here/).textContent).toMatch(/0 of 1 right; 1 missed, waiting in Review/);

    fireEvent.click(screen.getByRole('button', { name: 'Next question' }));
    answer(llmQuestion(1, 1), true);
    expect(useAppStore.getState().progress.scores.lab).toEqual({ correct: 1, total: 2 });
    expect(useAppStore.getState().progress.missed).toHaveLength(1);
    expect(useAppStore.getState().progress.scores.quiz.total).toBe(0);
  });

  it('keeps the set and the question in the link, and opens at the question a link names', () => {
    render(<LlmQuizPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Start the questions' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next question' }));
    expect(useAppStore.getState().modeView).toBe('llmset=1,llmq=2');
    cleanup();

    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled; // jsdom lays nothing out
    act(() => useAppStore.getState().setModeView('llmset=4,llmq=6'));
    render(<LlmQuizPanel />);
    expect(screen.getByRole('heading', { name: 'Question 6 of 6' })).toBeTruthy();
    expect(screen.getByText(llmQuestion(4, 5).prompt)).toBeTruthy();
    expect(scrolled.mock.contexts[0]).toBe(document.getElementById('lab-llm-quiz'));
    fireEvent.click(screen.getByRole('button', { name: 'New set' }));
    expect(useAppStore.getState().modeView).toBe('llmset=5,llmq=1');
    expect(screen.getByText(llmQuestion(5, 0).prompt)).toBeTruthy();

    // a question number past the set is held to the set
    cleanup();
    act(() => useAppStore.getState().setModeView('llmset=2,llmq=99'));
    render(<LlmQuizPanel />);
    expect(screen.getByRole('heading', { name: 'Question 6 of 6' })).toBeTruthy();
  });
});
