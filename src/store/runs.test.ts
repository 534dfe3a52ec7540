import { describe, expect, it } from 'vitest';
import { LESSON_CONFIG, LESSON_LOADS } from '../engine';
import { LESSON_CONFIG_TEXT } from './scenarioSlice';
import { createAppStore } from './store';
import { PROGRESS_KEY, PROGRESS_VERSION } from './progressStorage';
import { emptyProgress, withAnswer } from './progressSlice';
import { emptyRuns } from './runsSlice';
import { selectPredictRun, selectQuestionRun, selectTestRun, selectWorkspaceScenario } from './selectors';
import { MemoryStorage } from './testing/memoryStorage';

const TEST_RUN = { seed: 42, answers: [{ kind: 'numeric', value: 3 } as const, null], index: 1, finished: false };
const PREDICT_RUN = { scenario: 'abc', predictions: [{ action: 'none', instances: 1 } as const, null] };
const QUIZ_RUN = { scenario: 'abc', seed: 2, asked: ['x'], index: 4, firstTries: { q1: true }, extra: [] };

describe('runs in progress, kept on the device with the progress', () => {
  it('saves each mode\'s run and restores it in a new page (a reload)', () => {
    const storage = new MemoryStorage();
    const first = createAppStore(() => storage);
    first.getState().saveRun('test', TEST_RUN);
    first.getState().saveRun('predict', PREDICT_RUN);
    first.getState().saveRun('quiz', QUIZ_RUN);
    const second = createAppStore(() => storage);
    expect(selectTestRun(second.getState())).toEqual(TEST_RUN);
    expect(selectPredictRun(second.getState())).toEqual(PREDICT_RUN);
    expect(selectQuestionRun('quiz')(second.getState())).toEqual(QUIZ_RUN);
    expect(selectQuestionRun('practice')(second.getState())).toBeNull();
    expect(second.getState().notice).toBeNull();
  });

  it('migrates version 1 (progress only): the progress is kept, no run and no kept workspace', () => {
    const storage = new MemoryStorage();
    const progress = withAnswer(emptyProgress(), 'quiz', { id: 'q1', prompt: 'P1' }, false, 1);
    storage.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, state: { progress } }));
    const store = createAppStore(() => storage);
    expect(PROGRESS_VERSION).toBe(3);
    expect(store.getState().progress).toEqual(progress);
    expect(store.getState().runs).toEqual(emptyRuns());
    expect(store.getState().keptWorkspace).toBeNull();
    expect(store.getState().notice).toBeNull();
  });

  it('sets aside a saved run that is broken (an answer of no known kind, a step past the run) with a message', () => {
    const broken = [
      { ...emptyRuns(), test: { ...TEST_RUN, answers: [{ kind: 'nope' }] } },
      { ...emptyRuns(), test: { ...TEST_RUN, seed: -1 } },
      { ...emptyRuns(), predict: { scenario: 'abc', predictions: [{ action: 'jump', instances: 1 }] } },
      { ...emptyRuns(), quiz: { ...QUIZ_RUN, index: 'four' } },
      { test: null },
    ];
    for (const runs of broken) {
      const storage = new MemoryStorage();
      storage.setItem(PROGRESS_KEY, JSON.stringify({ version: 2, state: { progress: emptyProgress(), runs, keptWorkspace: null } }));
      const store = createAppStore(() => storage);
      expect(store.getState().runs, JSON.stringify(runs)).toEqual(emptyRuns());
      expect(store.getState().notice?.title).toMatch(/set aside/);
    }
  });
});

describe('the learner\'s own workspace, kept while quiz modes use the views', () => {
  it('keeps the scenario once, gives it back, and the quiz modes read it meanwhile', () => {
    const store = createAppStore(() => undefined);
    store.getState().setLoads([5, 500]);
    store.getState().setCursor(2);
    store.getState().keepWorkspace();
    store.getState().loadScenario({ config: LESSON_CONFIG, loads: LESSON_LOADS, cursor: 6 });
    store.getState().keepWorkspace(); // a second quiz mode keeps nothing new
    expect(selectWorkspaceScenario(store.getState()).loads).toEqual([5, 500]);
    store.getState().restoreWorkspace();
    expect(store.getState().loads).toEqual([5, 500]);
    expect(store.getState().cursor).toBe(2);
    expect(store.getState().keptWorkspace).toBeNull();
  });

  it('keeps invalid editor text as typed, and survives a reload', () => {
    const storage = new MemoryStorage();
    const first = createAppStore(() => storage);
    first.getState().setConfigText('{ "policy": ');
    first.getState().keepWorkspace();
    first.getState().loadScenario({ config: LESSON_CONFIG, loads: [1, 2, 3] });
    const second = createAppStore(() => storage);
    expect(second.getState().keptWorkspace?.configText).toBe('{ "policy": ');
    second.getState().restoreWorkspace();
    expect(second.getState().configText).toBe('{ "policy": ');
    expect(second.getState().configErrors.length).toBeGreaterThan(0);
    expect(second.getState().config).toEqual(LESSON_CONFIG);
  });

  it('sets aside a kept workspace whose config or loads do not validate', () => {
    const storage = new MemoryStorage();
    const keptWorkspace = { configText: LESSON_CONFIG_TEXT, config: { ...LESSON_CONFIG, max_servers: -4 }, textValid: true, loads: LESSON_LOADS, cursor: 1 };
    storage.setItem(PROGRESS_KEY, JSON.stringify({ version: 2, state: { progress: emptyProgress(), runs: emptyRuns(), keptWorkspace } }));
    const store = createAppStore(() => storage);
    expect(store.getState().keptWorkspace).toBeNull();
    expect(store.getState().notice?.title).toMatch(/set aside/);
  });

  it('"Reset to lesson" can be undone from its notice: config text, loads and step come back', () => {
    const store = createAppStore(() => undefined);
    store.getState().setConfigText('{ "policy": ');
    store.getState().setLoads([7, 700]);
    store.getState().resetToLessonUndoable();
    expect(store.getState().loads).toEqual(LESSON_LOADS);
    const notice = store.getState().notice;
    expect(notice?.action?.label).toBe('Undo');
    notice?.action?.run();
    expect(store.getState()).toMatchObject({ configText: '{ "policy": ', loads: [7, 700], notice: null });
  });
});
