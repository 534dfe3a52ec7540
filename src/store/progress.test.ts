import { describe, expect, it } from 'vitest';
import { createAppStore } from './store';
import { PROGRESS_KEY } from './progressStorage';
import { emptyProgress, withAnswer } from './progressSlice';
import { LESSON_CONFIG } from '../engine';
import { MemoryStorage } from './testing/memoryStorage';


describe('progress', () => {
  it('counts answers per mode and keeps missed questions until answered right', () => {
    let progress = withAnswer(emptyProgress(), 'quiz', { id: 'q1', prompt: 'P1' }, false, 1);
    expect(progress.scores.quiz).toEqual({ correct: 0, total: 1 });
    expect(progress.missed).toEqual([{ questionId: 'q1', mode: 'quiz', prompt: 'P1' }]);
    progress = withAnswer(progress, 'quiz', { id: 'q1', prompt: 'P1' }, true, 2);
    expect(progress.scores.quiz).toEqual({ correct: 1, total: 2 });
    expect(progress.missed).toEqual([]);
  });

  it('saves and restores progress through storage', () => {
    const storage = new MemoryStorage();
    const first = createAppStore(() => storage);
    first.getState().recordAnswer('test', { id: 'a', prompt: 'A' }, true);
    const second = createAppStore(() => storage);
    expect(second.getState().progress.scores.test).toEqual({ correct: 1, total: 1 });
    expect(second.getState().notice).toBeNull();
  });

  it('sets corrupt progress aside with a message and starts clean', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, '{not json');
    const store = createAppStore(() => storage);
    expect(store.getState().progress).toEqual(emptyProgress());
    expect(store.getState().notice?.title).toMatch(/set aside/);
    expect(storage.keys().some((key) => key.startsWith(`${PROGRESS_KEY}:set-aside:`))).toBe(true);
  });

  it('sets aside well-shaped progress with a broken entry (a test without a date, a null missed question)', () => {
    const empty = emptyProgress();
    const broken = [
      { ...empty, tests: [{ seed: 1 }] },
      { ...empty, missed: [null] },
      { ...empty, missed: [{ questionId: 5 }] },
      { ...empty, answers: [{ questionId: 'q', mode: 'nope', correct: true, at: 1 }] },
    ];
    for (const progress of broken) {
      const storage = new MemoryStorage();
      storage.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, state: { progress } }));
      const store = createAppStore(() => storage);
      expect(store.getState().progress).toEqual(emptyProgress());
      expect(store.getState().notice?.title).toMatch(/set aside/);
    }
    const good = withAnswer(emptyProgress(), 'quiz', { id: 'q1', prompt: 'P1', recipe: { template: 't', params: {}, config: LESSON_CONFIG, loads: [1] } }, false, 1);
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, state: { progress: { ...good, tests: [{ seed: 3, score: 7, total: 10, at: 5 }] } } }));
    expect(createAppStore(() => storage).getState().progress.missed).toHaveLength(1);
  });

  it('migrates version 0 scores and rejects data from a newer version', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, JSON.stringify({ version: 0, state: { scores: { quiz: { correct: 2, total: 3 } } } }));
    expect(createAppStore(() => storage).getState().progress.scores.quiz).toEqual({ correct: 2, total: 3 });
    storage.setItem(PROGRESS_KEY, JSON.stringify({ version: 99, state: {} }));
    expect(createAppStore(() => storage).getState().notice?.title).toMatch(/newer version/);
  });

  it('reports a full storage quota instead of crashing', () => {
    const store = createAppStore(() => new MemoryStorage(10));
    store.getState().recordAnswer('quiz', { id: 'a', prompt: 'A' }, true);
    expect(store.getState().progress.scores.quiz.total).toBe(1);
    expect(store.getState().notice?.title).toMatch(/full/);
  });
});
