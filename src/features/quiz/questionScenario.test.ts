import { beforeEach, describe, expect, it } from 'vitest';
import { generateTest } from '../../quiz';
import { selectVisibleRowCount } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { showQuestionScenario } from './questionScenario';

const initial = useAppStore.getState();
beforeEach(() => useAppStore.setState(initial, true));

const predictQuestion = () => {
  for (let seed = 1; seed < 200; seed++) {
    const found = generateTest({ seed }).questions.find((q) => q.kind === 'predict_step' && q.step > 1);
    if (found?.kind === 'predict_step') return found;
  }
  throw new Error('no predict question in 200 seeds');
};

describe('showQuestionScenario', () => {
  it('a step to predict stays hidden with its later rows even when "Show all rows" is on', () => {
    const question = predictQuestion();
    useAppStore.getState().toggleShowAllRows();
    showQuestionScenario(question);
    expect(useAppStore.getState().cursor).toBe(question.step - 1);
    expect(selectVisibleRowCount(useAppStore.getState())).toBe(question.step - 1);
  });

  it('any other question shows the whole run, and a scenario loaded later is no longer capped', () => {
    const question = predictQuestion();
    const other = generateTest({ seed: 42 }).questions.find((q) => q.kind === 'numeric')!;
    useAppStore.getState().toggleShowAllRows();
    showQuestionScenario(question);
    showQuestionScenario(other);
    expect(selectVisibleRowCount(useAppStore.getState())).toBe(other.scenario.loads.length);
    showQuestionScenario(question);
    useAppStore.getState().resetToLesson();
    expect(selectVisibleRowCount(useAppStore.getState())).toBe(6);
    // any other trace on screen lifts the cap: a config edit too
    showQuestionScenario(question);
    useAppStore.getState().setConfigText(JSON.stringify({ ...question.scenario.config, max_servers: question.scenario.config.max_servers + 1 }));
    expect(selectVisibleRowCount(useAppStore.getState())).toBe(question.scenario.loads.length);
  });
});

describe('revealing a predicted step once answered', () => {
  it('shows its row: the cap that hid it is lifted', () => {
    const question = predictQuestion();
    showQuestionScenario(question);
    useAppStore.getState().revealStep(question.step);
    expect(useAppStore.getState().cursor).toBe(question.step);
    expect(selectVisibleRowCount(useAppStore.getState())).toBe(question.step);
  });
});
