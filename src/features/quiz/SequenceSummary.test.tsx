// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { LESSON_QUIZ } from '../../content';
import { scenarioKey } from '../../quiz';
import { selectWorkspaceScenario } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { moreQuestions } from './useQuestionSequence';
import { VisualQuiz } from './VisualQuiz';

vi.mock('../config-editor/loadConfigEditor', () => import('../config-editor/stubConfigEditor'));

const initial = useAppStore.getState();
beforeEach(() => useAppStore.setState(initial, true));
afterEach(cleanup);

describe('the Visual quiz\'s end', () => {
  it('once every question is answered, a summary says how it went and leads back to the missed ones', () => {
    const scenario = selectWorkspaceScenario(useAppStore.getState());
    const questions = [...LESSON_QUIZ, ...moreQuestions(scenario, 1, LESSON_QUIZ)];
    const firstTries = Object.fromEntries(questions.map((q, i) => [q.id, i !== 1]));
    act(() => useAppStore.getState().saveRun('quiz', {
      scenario: scenarioKey(scenario), seed: 1, asked: [], index: questions.length - 1, firstTries, extra: [],
    }));
    render(<VisualQuiz />);
    const summary = screen.getByRole('region', { name: 'Quiz summary' });
    expect(summary.textContent).toContain(`All ${questions.length} questions answered`);
    expect(summary.textContent).toContain(`${questions.length - 1} of ${questions.length} right first time`);
    fireEvent.click(within(summary).getByRole('button', { name: /Question 2/ }));
    expect(screen.getByRole('heading', { name: `Question 2 of ${questions.length}` })).toBeTruthy();
  });
});
