import { describe, expect, it } from 'vitest';
import { LESSON_LOADS, presetLoads } from '../engine';
import { MAX_UI_STEPS } from './scenarioSlice';
import { createAppStore } from './store';
import { pauseMessage } from './selectors';

describe('loads in the store', () => {
  it('clamps the cursor when the loads shrink', () => {
    const store = createAppStore();
    store.getState().goToEnd();
    expect(store.getState().cursor).toBe(6);
    store.getState().removeStep(5);
    expect(store.getState().cursor).toBe(5);
    expect(store.getState().setLoads([10, 20])).toBeUndefined();
    expect(store.getState().cursor).toBe(2);
    expect(store.getState().trace.length).toBe(2);
  });

  it('re-simulates when one load changes', () => {
    const store = createAppStore();
    expect(store.getState().setLoadAt(1, 150)).toBeUndefined();
    expect(store.getState().loads).toEqual([10, 150, 120, 80, 30, 5]);
    expect(store.getState().trace.after[1]).toBe(2);
  });

  it.each([-1, 1e12, Number.NaN, Infinity])('rejects the absurd load %s and keeps the last good one', (value) => {
    const store = createAppStore();
    const before = store.getState().trace;
    const problem = store.getState().setLoadAt(2, value);
    expect(problem?.path).toBe('loads[2]');
    expect(problem?.message).toMatch(/Load at step 3 must be a number from 0 to 1,000,000,000/);
    expect(store.getState().loads[2]).toBe(120);
    expect(store.getState().trace).toBe(before);
  });

  it('refuses to remove the last step and to go past the browser limit', () => {
    const store = createAppStore();
    store.getState().setLoads([7]);
    store.getState().removeStep(0);
    expect(store.getState().loads).toEqual([7]);
    expect(store.getState().setLoads(new Array(MAX_UI_STEPS + 1).fill(1))?.message).toMatch(/At most 10,000 steps/);
    expect(store.getState().loads).toEqual([7]);
  });

  it('adds a step that repeats the last load', () => {
    const store = createAppStore();
    store.getState().addStep();
    expect(store.getState().loads).toEqual([...LESSON_LOADS, 5]);
  });
});

describe('presets', () => {
  it('applies a preset, goes to step 1 and stops playing', () => {
    const store = createAppStore();
    store.getState().goToEnd();
    store.getState().play();
    expect(store.getState().applyPreset('ramp', { steps: 12, peak: 300 })).toBeUndefined();
    expect(store.getState().loads).toEqual(presetLoads('ramp', { steps: 12, peak: 300 }));
    expect(store.getState()).toMatchObject({ cursor: 1, playing: false });
  });

  it('gives the same random loads for the same seed, and the lesson back', () => {
    const store = createAppStore();
    store.getState().applyPreset('random', { steps: 30, peak: 200, seed: 7 });
    const first = store.getState().loads;
    store.getState().applyPreset('random', { steps: 30, peak: 200, seed: 7 });
    expect(store.getState().loads).toEqual(first);
    store.getState().applyPreset('lesson', { steps: 1, peak: 1 });
    expect(store.getState().loads).toEqual(LESSON_LOADS);
  });

  it('reports a preset longer than the browser allows and keeps the loads', () => {
    const store = createAppStore();
    store.getState().goToEnd();
    expect(store.getState().applyPreset('steady', { steps: MAX_UI_STEPS + 1, peak: 10 })).toBeDefined();
    expect(store.getState()).toMatchObject({ loads: LESSON_LOADS, cursor: 6 });
  });
});

describe('the play loop', () => {
  it('advances one step per tick and stops at the end', () => {
    const store = createAppStore();
    store.getState().goToStart();
    store.getState().play();
    for (let i = 0; i < 5; i++) store.getState().tick();
    expect(store.getState()).toMatchObject({ cursor: 5, playing: true });
    store.getState().tick();
    expect(store.getState()).toMatchObject({ cursor: 6, playing: false });
    store.getState().tick();
    expect(store.getState().cursor).toBe(6);
  });

  it('restarts from Start when play is pressed at the end', () => {
    const store = createAppStore();
    store.getState().goToEnd();
    store.getState().play();
    expect(store.getState()).toMatchObject({ cursor: 0, playing: true });
  });

  it('pauses on the chosen breakpoints', () => {
    const store = createAppStore();
    store.getState().toggleBreakpoint('scale_up');
    store.getState().goToStart();
    store.getState().play();
    while (store.getState().playing) store.getState().tick();
    expect(store.getState().cursor).toBe(3); // 120 > 100: scale up
    store.getState().toggleBreakpoint('scale_up');
    store.getState().toggleBreakpoint('scale_down');
    store.getState().play();
    while (store.getState().playing) store.getState().tick();
    expect(store.getState().cursor).toBe(6); // 5 < 20 with 2 instances: scale down
  });

  it('pauses on reaching min or max', () => {
    const store = createAppStore();
    store.getState().setConfigText('{"max_servers": 2}');
    store.getState().toggleBreakpoint('at_max');
    store.getState().goToStart();
    store.getState().play();
    while (store.getState().playing) store.getState().tick();
    expect(store.getState().cursor).toBe(3);
    store.getState().toggleBreakpoint('at_max');
    store.getState().toggleBreakpoint('at_min');
    store.getState().play();
    while (store.getState().playing) store.getState().tick();
    expect(store.getState().cursor).toBe(6);
  });

  it('pauses at min on reaching it, not on every step spent there, and says why it stopped', () => {
    const store = createAppStore();
    store.getState().toggleBreakpoint('at_min');
    store.getState().goToStart();
    store.getState().play();
    while (store.getState().playing) store.getState().tick();
    // steps 1 and 2 start and stay at min 1: no stop; step 6 comes back down to it
    expect(store.getState().cursor).toBe(6);
    expect(store.getState().pausedBy).toEqual({ step: 6, breakpoint: 'at_min' });
    expect(pauseMessage(store.getState().pausedBy!, store.getState().trace.config)).toBe('Paused: reached min_servers (1) at step 6');
    store.getState().toggleBreakpoint('at_min');
    store.getState().toggleBreakpoint('scale_up');
    store.getState().play();
    expect(store.getState().pausedBy).toBeUndefined();
    while (store.getState().playing) store.getState().tick();
    expect(pauseMessage(store.getState().pausedBy!, store.getState().trace.config)).toBe('Paused: scale up at step 3');
  });

  it('steps speed through 0.25x to 4x and no further', () => {
    const store = createAppStore();
    for (let i = 0; i < 6; i++) store.getState().faster();
    expect(store.getState().speed).toBe(4);
    for (let i = 0; i < 6; i++) store.getState().slower();
    expect(store.getState().speed).toBe(0.25);
  });
});
