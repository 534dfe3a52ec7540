/**
 * The Lab's LLM questions in the saved progress: answers count under 'lab', a missed one keeps only its recipe, saved
 * progress from version 2 (before the Lab counted) loads without a word and loses nothing, tampered Lab entries are
 * set aside like any broken entry.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedAnswer } from '../quiz';
import { LLM_SET_LENGTH, llmQuestion, llmRecipe, MAX_LLM_SET, rebuildLlmQuestion } from '../quiz/llm';
import { createAppStore } from './store';
import { migrateProgress, PROGRESS_KEY, PROGRESS_VERSION } from './progressStorage';
import { emptyProgress, missedCardId, withAnswer } from './progressSlice';
import { MemoryStorage } from './testing/memoryStorage';

/** Version 2 progress exactly as this app saved it before the Lab's questions counted: no 'lab' score. */
const VERSION_2_STATE = {
  progress: {
    answers: [{ questionId: 'q1', mode: 'quiz', correct: false, at: 5 }, { questionId: 't1', mode: 'test', correct: true, at: 6 }],
    scores: { quiz: { correct: 3, total: 7 }, practice: { correct: 1, total: 1 }, predict: { correct: 0, total: 2 }, test: { correct: 4, total: 10 } },
    missed: [{ questionId: 'lesson.quiz.2', mode: 'quiz', prompt: 'P1' }],
    tests: [{ seed: 7, score: 4, total: 10, at: 9 }],
    review: { [missedCardId('lesson.quiz.2')]: { box: 2, due: 99, reviews: 1 } },
  },
  runs: { test: null, setAsideTest: null, predict: null, quiz: null, practice: null },
  keptWorkspace: null,
};

const saved = (storage: MemoryStorage) => JSON.parse(storage.getItem(PROGRESS_KEY)!) as { version: number; state: { progress: unknown } };

describe('the Lab\'s LLM questions in the progress', () => {
  it('count under their own source; a miss keeps the recipe, and a right answer later takes it off', () => {
    const question = llmQuestion(3, 2);
    const answered = { id: question.id, prompt: question.prompt, recipe: llmRecipe(3, 2) };
    let progress = withAnswer(emptyProgress(), 'lab', answered, false, 1);
    expect(progress.scores.lab).toEqual({ correct: 0, total: 1 });
    expect(progress.scores.quiz).toEqual({ correct: 0, total: 0 });
    expect(progress.answers).toEqual([{ questionId: question.id, mode: 'lab', correct: false, at: 1 }]);
    expect(progress.missed).toEqual([{ questionId: question.id, mode: 'lab', prompt: question.prompt, recipe: { kind: 'llm', template: question.template, set: 3, index: 2 } }]);
    progress = withAnswer(progress, 'lab', answered, true, 2);
    expect(progress.scores.lab).toEqual({ correct: 1, total: 2 });
    expect(progress.missed).toEqual([]);
  });

  it('are kept across sessions through the store, at the current version', () => {
    const storage = new MemoryStorage();
    const question = llmQuestion(1, 0);
    createAppStore(() => storage).getState().recordAnswer('lab', { id: question.id, prompt: question.prompt, recipe: llmRecipe(1, 0) }, false);
    expect(saved(storage).version).toBe(PROGRESS_VERSION);
    const next = createAppStore(() => storage).getState();
    expect(next.notice).toBeNull();
    expect(next.progress.scores.lab).toEqual({ correct: 0, total: 1 });
    expect(rebuildLlmQuestion(next.progress.missed[0]!.recipe)?.prompt).toBe(question.prompt);
  });

  it('version 2 progress loads with no notice and nothing lost; the Lab starts at none, and the next save is version 3', () => {
    expect(PROGRESS_VERSION).toBe(3);
    const lab = { correct: 0, total: 0 };
    const expected = { ...VERSION_2_STATE.progress, scores: { ...VERSION_2_STATE.progress.scores, lab } };
    expect(migrateProgress(structuredClone(VERSION_2_STATE), 2)).toEqual({ ...VERSION_2_STATE, progress: expected });

    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, JSON.stringify({ version: 2, state: VERSION_2_STATE }));
    const store = createAppStore(() => storage);
    expect(store.getState().notice).toBeNull();
    expect(store.getState().progress).toEqual(expected);
    expect(storage.keys().some((key) => key.includes(':set-aside:'))).toBe(false);
    const question = llmQuestion(2, 1);
    store.getState().recordAnswer('lab', { id: question.id, prompt: question.prompt, recipe: llmRecipe(2, 1) }, true);
    expect(saved(storage).version).toBe(3);
    expect(createAppStore(() => storage).getState().progress.scores).toEqual({ ...expected.scores, lab: { correct: 1, total: 1 } });
  });

  it('sets aside version 3 progress with a tampered Lab entry, as with any broken entry', () => {
    const question = llmQuestion(4, 0);
    const good = withAnswer(emptyProgress(), 'lab', { id: question.id, prompt: question.prompt, recipe: llmRecipe(4, 0) }, false, 1);
    const missed = good.missed[0]!;
    const { lab: _dropped, ...scoresWithoutLab } = good.scores;
    const broken = [
      { ...good, scores: scoresWithoutLab },
      { ...good, scores: { ...good.scores, lab: { correct: 'all', total: 1 } } },
      { ...good, missed: [{ ...missed, recipe: undefined }] },
      { ...good, missed: [{ ...missed, recipe: { ...missed.recipe, set: -3 } }] },
      { ...good, missed: [{ ...missed, recipe: { ...missed.recipe, index: 'two' } }] },
      { ...good, missed: [{ ...missed, recipe: { template: 't', params: {}, config: {}, loads: [1] } }] },
      { ...good, missed: [{ ...missed, mode: 'quiz' }] },
      { ...good, answers: [{ ...good.answers[0], mode: 'labs' }] },
    ];
    for (const progress of broken) {
      const storage = new MemoryStorage();
      storage.setItem(PROGRESS_KEY, JSON.stringify({ version: 3, state: { ...VERSION_2_STATE, progress } }));
      const store = createAppStore(() => storage);
      expect(store.getState().progress, JSON.stringify(progress)).toEqual(emptyProgress());
      expect(store.getState().notice?.title).toMatch(/could not be read .*set aside/);
      expect(storage.keys().some((key) => key.startsWith(`${PROGRESS_KEY}:set-aside:`))).toBe(true);
    }
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, JSON.stringify({ version: 3, state: { ...VERSION_2_STATE, progress: good } }));
    expect(createAppStore(() => storage).getState().progress).toEqual(good);
  });

  it('any set\'s missed question, saved and read back, rebuilds to the prompt and answer the learner missed', () => {
    const place = fc.record({ set: fc.integer({ min: 1, max: MAX_LLM_SET }), index: fc.integer({ min: 0, max: LLM_SET_LENGTH - 1 }) });
    fc.assert(fc.property(place, ({ set, index }) => {
      const question = llmQuestion(set, index);
      const progress = withAnswer(emptyProgress(), 'lab', { id: question.id, prompt: question.prompt, recipe: llmRecipe(set, index) }, false, 1);
      const stored = JSON.parse(JSON.stringify({ progress, runs: VERSION_2_STATE.runs, keptWorkspace: null }));
      const back = migrateProgress(stored, PROGRESS_VERSION).progress.missed[0]!;
      const rebuilt = rebuildLlmQuestion(back.recipe);
      expect(back.questionId).toBe(question.id);
      expect(rebuilt?.prompt).toBe(question.prompt);
      expect(expectedAnswer(rebuilt!)).toBe(expectedAnswer(question));
    }), { numRuns: 15 });
  });
});
