import { describe, expect, it } from 'vitest';
import type { NamedPolicy } from '../engine/policies/types';
import { DEFAULT_PLATFORM } from '../engine/time/platform';
import { createAppStore } from './store';
import { selectShareHash } from './selectors';
import { encodeLab, MAX_LAB_POLICIES, type LabShared } from './labLink';
import { formatHash, fromBase64Url, parseHash } from './urlState';

const threshold: NamedPolicy = {
  name: 'Loop',
  config: { policy: 'threshold', min_servers: 1, max_servers: 10, initial_servers: 1, upper_threshold: 100, lower_threshold: 20, scale_step: 1, period_s: 15, scale_out_cooldown_s: 0, scale_in_cooldown_s: 0 },
};
const shared: LabShared = {
  inputs: { traffic: { kind: 'points', profile: { points: [{ t: 0, rps: 10 }, { t: 60, rps: 40 }] } }, policies: [threshold], platform: DEFAULT_PLATFORM, seconds: 600, seed: 7, arrivals: 'exact' },
  cursor: 42,
};

describe('the Lab slice', () => {
  it('starts empty, opens inputs and keeps the cursor inside the run', () => {
    const store = createAppStore(() => undefined);
    expect(store.getState().lab).toBeNull();
    store.getState().openLab({ ...shared, cursor: 5000 });
    expect(store.getState().labCursor).toBe(599);
    store.getState().setLabRunShape({ seconds: 100 });
    expect(store.getState().labCursor).toBe(99);
    store.getState().setLabCursor(-3);
    expect(store.getState().labCursor).toBe(0);
  });

  it('names added policies apart and holds at most five, never fewer than one', () => {
    const store = createAppStore(() => undefined);
    store.getState().openLab(shared);
    for (let i = 0; i < 7; i++) store.getState().addLabPolicy(threshold);
    const names = store.getState().lab!.policies.map((p) => p.name);
    expect(names).toEqual(['Loop', 'Loop (2)', 'Loop (3)', 'Loop (4)', 'Loop (5)']);
    expect(names.length).toBe(MAX_LAB_POLICIES);
    for (let i = 0; i < 7; i++) store.getState().removeLabPolicy(0);
    expect(store.getState().lab!.policies.map((p) => p.name)).toEqual(['Loop (5)']);
  });

  it('puts the whole Lab state in the link, and only in Lab mode', () => {
    const store = createAppStore(() => undefined);
    store.getState().openLab(shared);
    store.getState().setMode('lab');
    const route = parseHash(selectShareHash(store.getState()));
    expect(route.mode).toBe('lab');
    expect(route.scenario).toBeUndefined();
    expect(JSON.parse(fromBase64Url(route.lab!))).toEqual({
      v: 1, tr: { pts: [[0, 10], [60, 40]] }, p: [threshold], pl: DEFAULT_PLATFORM, n: 600, seed: 7, a: 'exact', k: 42,
    });
    store.getState().setMode('visualize');
    expect(parseHash(selectShareHash(store.getState())).lab).toBeUndefined();
  });

  it('keeps a link waiting to be decoded in the address bar until the Lab reads it', () => {
    const store = createAppStore(() => undefined);
    const encoded = encodeLab(shared);
    store.getState().setMode('lab');
    store.getState().setLabLink(encoded);
    expect(selectShareHash(store.getState())).toBe(formatHash({ mode: 'lab', lab: encoded }));
    expect(parseHash(`#/quiz?lab=${encoded}`).lab).toBeUndefined();
  });
});
