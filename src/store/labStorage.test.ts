import { describe, expect, it } from 'vitest';
import type { NamedPolicy } from '../engine/policies/types';
import { DEFAULT_PLATFORM } from '../engine/time/platform';
import { createAppStore } from './store';
import { encodeLab, type LabShared } from './labLink';
import { LAB_KEY } from './labStorage';
import { readSavedLab } from './readSavedLab';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() { return map.size; },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (key) => { map.delete(key); },
    setItem: (key, value) => { map.set(key, String(value)); },
  };
}

const loop: NamedPolicy = {
  name: 'Loop',
  config: { policy: 'threshold', min_servers: 1, max_servers: 10, initial_servers: 1, upper_threshold: 100, lower_threshold: 20, scale_step: 1, period_s: 15, scale_out_cooldown_s: 0, scale_in_cooldown_s: 0 },
};
const mine: LabShared = { inputs: { traffic: { kind: 'scenario', name: 'ramp' }, policies: [loop], platform: DEFAULT_PLATFORM, seconds: 900, seed: 3, arrivals: 'exact' }, cursor: 0 };
const other: LabShared = { inputs: { ...mine.inputs, traffic: { kind: 'scenario', name: 'steady' }, seconds: 60 }, cursor: 10 };

describe('the Lab kept on the device', () => {
  it('writes every change of the setup, versioned, and reads it back as the link payload', () => {
    const storage = memoryStorage();
    const store = createAppStore(() => storage);
    store.getState().openLab(mine);
    expect(JSON.parse(storage.getItem(LAB_KEY)!)).toEqual({ version: 1, lab: encodeLab(mine) });
    store.getState().setLabRunShape({ seed: 9 });
    expect(readSavedLab(() => storage)).toEqual({ kind: 'saved', encoded: encodeLab({ inputs: { ...mine.inputs, seed: 9 }, cursor: 0 }) });
  });

  it('sets an unreadable or newer save aside under another key, with a message, and keeps the raw text', () => {
    for (const [raw, why] of [['{not json', 'not JSON'], [JSON.stringify({ version: 7, lab: 'x' }), 'newer version (7)'], [JSON.stringify({ version: 1 }), 'holds no Lab setup']] as const) {
      const storage = memoryStorage();
      storage.setItem(LAB_KEY, raw);
      const read = readSavedLab(() => storage);
      expect(read.kind).toBe('set-aside');
      expect(read.kind === 'set-aside' ? read.message : '').toContain(why);
      expect(storage.getItem(LAB_KEY)).toBeNull();
      const asideKey = [...Array(storage.length).keys()].map((i) => storage.key(i)!).find((k) => k.startsWith(`${LAB_KEY}:set-aside:`));
      expect(asideKey && storage.getItem(asideKey)).toBe(raw);
    }
  });

  it('replaceLab opens another setup with a notice whose Undo puts the first back', () => {
    const store = createAppStore(() => memoryStorage());
    store.getState().openLab(mine);
    store.getState().replaceLab(other, 'Replaced.');
    expect(store.getState().lab).toBe(other.inputs);
    const notice = store.getState().notice;
    expect(notice?.action?.label).toBe('Undo');
    notice?.action?.run();
    expect(store.getState().lab).toBe(mine.inputs);
    expect(store.getState().notice).toBeNull();
  });
});
