import { describe, expect, it } from 'vitest';
import { createAppStore } from './store';
import { migrateProgress, PROGRESS_KEY, PROGRESS_VERSION } from './progressStorage';
import { emptyProgress, missedCardId, withAnswer } from './progressSlice';
import { emptyRuns } from './runsSlice';

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() { return this.items.size; }
  clear() { this.items.clear(); }
  key(index: number) { return [...this.items.keys()][index] ?? null; }
  getItem(key: string) { return this.items.get(key) ?? null; }
  removeItem(key: string) { this.items.delete(key); }
  setItem(key: string, value: string) { this.items.set(key, value); }
}

/** Version 1 progress as it was stored before Review's schedules existed. */
const VERSION_1 = {
  answers: [{ questionId: 'q1', mode: 'quiz', correct: false, at: 5 }],
  scores: { quiz: { correct: 0, total: 1 }, practice: { correct: 0, total: 0 }, predict: { correct: 0, total: 0 }, test: { correct: 0, total: 0 } },
  missed: [{ questionId: 'q1', mode: 'quiz', prompt: 'P1' }],
  tests: [],
};

describe('Review schedules in saved progress', () => {
  it('migrates version 1 progress with empty schedules (and no Lab score yet), keeping everything else', () => {
    expect(PROGRESS_VERSION).toBe(3);
    const lab = { correct: 0, total: 0 };
    expect(migrateProgress({ progress: VERSION_1 }, 1)).toEqual({ progress: { ...VERSION_1, scores: { ...VERSION_1.scores, lab }, review: {} }, runs: emptyRuns(), keptWorkspace: null });
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, state: { progress: VERSION_1 } }));
    const store = createAppStore(() => storage);
    expect(store.getState().progress.missed).toEqual(VERSION_1.missed);
    expect(store.getState().progress.review).toEqual({});
    expect(store.getState().notice).toBeNull();
  });

  it('migrates version 0 scores with empty schedules too', () => {
    expect(migrateProgress({ scores: { quiz: { correct: 1, total: 2 } } }, 0).progress.review).toEqual({});
  });

  it('sets aside version 2 progress with a broken schedule', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, JSON.stringify({ version: 2, state: { progress: { ...emptyProgress(), review: { a: { box: 9, due: 1, reviews: 0 } } } } }));
    const store = createAppStore(() => storage);
    expect(store.getState().progress).toEqual(emptyProgress());
    expect(store.getState().notice?.title).toMatch(/set aside/);
  });

  it('keeps a graded card\'s box across sessions', () => {
    const storage = new MemoryStorage();
    createAppStore(() => storage).getState().gradeReviewCard('fact.a', 3);
    const saved = createAppStore(() => storage).getState().progress.review['fact.a'];
    expect(saved?.box).toBe(2);
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!).version).toBe(PROGRESS_VERSION);
  });

  it('a question missed again starts its schedule over', () => {
    const graded = { ...emptyProgress(), review: { [missedCardId('q1')]: { box: 3, due: 99, reviews: 2 }, other: { box: 2, due: 1, reviews: 1 } } };
    const again = withAnswer(graded, 'quiz', { id: 'q1', prompt: 'P1' }, false, 100);
    expect(again.review).toEqual({ other: { box: 2, due: 1, reviews: 1 } });
    expect(again.missed.map((m) => m.questionId)).toEqual(['q1']);
  });
});
