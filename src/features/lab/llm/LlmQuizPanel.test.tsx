// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { llmQuestion } from '../../../quiz/llm';
import type { RunQuestion } from '../../../quiz';
import { LlmQuizPanel } from './LlmQuizPanel';

afterEach(cleanup);

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
});
