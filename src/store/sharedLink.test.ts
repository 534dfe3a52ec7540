import { describe, expect, it } from 'vitest';
import { LESSON_LOADS } from '../engine';
import { createAppStore, openSharedScenario } from './store';
import { encodeShared, toBase64Url } from './urlState';

const link = (loads: readonly number[], cursor = 1) => encodeShared({ configText: '{"upper_threshold": 150}', loads, cursor });

describe('openSharedScenario', () => {
  it('opens a good link exactly: config, loads and step', () => {
    const store = createAppStore(() => undefined);
    expect(openSharedScenario(store, link([200, 10], 2))).toBe(true);
    expect(store.getState()).toMatchObject({ configText: '{"upper_threshold": 150}', loads: [200, 10], cursor: 2, notice: null });
  });

  it('a broken link pasted over another scenario opens the lesson, as its message says', () => {
    const store = createAppStore(() => undefined);
    openSharedScenario(store, link([500, 500, 500], 3));
    expect(openSharedScenario(store, 'broken')).toBe(false);
    expect(store.getState().notice?.title).toMatch(/lesson's example is shown instead/);
    expect(store.getState().loads).toEqual(LESSON_LOADS);
    expect(store.getState().config).toMatchObject({ policy: 'threshold', upper_threshold: 100 });
  });

  it('a good link clears the message an earlier broken link left, but not other notices', () => {
    const store = createAppStore(() => undefined);
    openSharedScenario(store, 'broken');
    expect(openSharedScenario(store, link([200, 10]))).toBe(true);
    expect(store.getState().notice).toBeNull();

    store.getState().showNotice({ title: 'Your progress could not be saved', details: [] });
    openSharedScenario(store, link([1]));
    expect(store.getState().notice?.title).toBe('Your progress could not be saved');
  });

  it("opens a link whose config is invalid with that text in the editor and its errors listed, not the lesson's", () => {
    const store = createAppStore(() => undefined);
    const broken = '{"min_servers": 6, "max_servers": 2}';
    expect(openSharedScenario(store, encodeShared({ configText: broken, loads: [500, 1], cursor: 2 }))).toBe(true);
    const state = store.getState();
    expect(state.configText).toBe(broken);
    expect(state.configErrors.map((e) => e.message)).toContain('min_servers (6) is greater than max_servers (2)');
    expect(state.loads).toEqual([500, 1]);
    expect(state.cursor).toBe(2);
    expect(state.notice?.title).toMatch(/config needs fixing/);
  });

  it('a link from a newer version opens what this version reads, and says so in an information notice', () => {
    const store = createAppStore(() => undefined);
    const future = toBase64Url(JSON.stringify({ v: 99, c: '{"upper_threshold": 150}', l: [200, 10, 5], k: 2, z: { tokens: true } }));
    expect(openSharedScenario(store, future)).toBe(true);
    const { notice, loads, cursor, configText } = store.getState();
    expect({ loads, cursor, configText }).toEqual({ loads: [200, 10, 5], cursor: 2, configText: '{"upper_threshold": 150}' });
    expect(notice?.kind).toBe('info');
    expect(notice?.title).toMatch(/made by a newer version/);
    expect(notice?.details[0]?.message).toMatch(/link format 99; this version reads format 1\)\. Read from it: the config, 3 loads and the step \(2\)/);
    expect(notice?.details[0]?.hint).toBe('left out, not known to this version: z');
  });

  it('a link of this version says nothing; an undo notice is information, a broken link an error', () => {
    const store = createAppStore(() => undefined);
    openSharedScenario(store, link([1, 2]));
    expect(store.getState().notice).toBeNull();
    store.getState().resetToLessonUndoable();
    expect(store.getState().notice?.kind).toBe('info');
    openSharedScenario(store, 'broken');
    expect(store.getState().notice?.kind ?? 'error').toBe('error');
  });
});
