import { describe, expect, it } from 'vitest';
import { LESSON_LOADS } from './config';
import { PRESETS, presetLoads, seededRandom, type PresetId } from './presets';
import { validateLoads } from './validate';

const IDS = PRESETS.map((preset) => preset.id);
const SHAPED = IDS.filter((id): id is Exclude<PresetId, 'lesson'> => id !== 'lesson');

describe('presets', () => {
  it('every preset has a unique id, a label and a description', () => {
    expect(new Set(IDS).size).toBe(IDS.length);
    for (const preset of PRESETS) {
      expect(preset.label).not.toBe('');
      expect(preset.description).not.toBe('');
    }
  });

  it('the lesson preset is the lesson\'s loads, whatever the length asked for', () => {
    expect(presetLoads('lesson', { steps: 100, peak: 1 })).toEqual([...LESSON_LOADS]);
  });

  it.each(SHAPED)('%s has the length asked for, whole non-negative loads at most the peak, and validates', (id) => {
    for (const steps of [1, 2, 24, 1000]) {
      const loads = presetLoads(id, { steps, peak: 200, seed: 7 });
      expect(loads).toHaveLength(steps);
      for (const load of loads) {
        expect(Number.isInteger(load)).toBe(true);
        expect(load).toBeGreaterThanOrEqual(0);
        expect(load).toBeLessThanOrEqual(200);
      }
      expect(validateLoads(loads).ok).toBe(true);
    }
  });

  it.each(SHAPED)('%s gives the same loads for the same input', (id) => {
    expect(presetLoads(id, { steps: 50, peak: 120, seed: 3 })).toEqual(presetLoads(id, { steps: 50, peak: 120, seed: 3 }));
  });

  it('rounds a fractional or tiny step count to at least one step', () => {
    expect(presetLoads('steady', { steps: 2.7, peak: 100 })).toEqual([50, 50]);
    expect(presetLoads('ramp', { steps: 0, peak: 100 })).toEqual([100]);
  });

  it('shapes look like their names', () => {
    expect(presetLoads('ramp', { steps: 5, peak: 100 })).toEqual([0, 25, 50, 75, 100]);
    expect(presetLoads('spike', { steps: 5, peak: 100 })).toEqual([10, 10, 100, 10, 10]);
    const day = presetLoads('diurnal', { steps: 24, peak: 100 });
    expect(day[0]).toBe(10);
    expect(day[12]).toBe(100);
    const crowd = presetLoads('flash_crowd', { steps: 40, peak: 100 });
    expect(crowd[9]).toBe(10);
    expect(crowd[10]).toBe(100);
    expect(crowd[39]!).toBeLessThan(crowd[10]!);
  });

  it('the random preset depends on its seed, and only on it', () => {
    const a = presetLoads('random', { steps: 100, peak: 100, seed: 1 });
    const b = presetLoads('random', { steps: 100, peak: 100, seed: 2 });
    expect(a).not.toEqual(b);
    expect(presetLoads('random', { steps: 100, peak: 100 })).toEqual(a);
    expect(new Set(a).size).toBeGreaterThan(30);
  });
});

describe('seededRandom', () => {
  it('is reproducible and stays in [0, 1)', () => {
    const first = seededRandom(42);
    const second = seededRandom(42);
    for (let i = 0; i < 1000; i++) {
      const value = first();
      expect(value).toBe(second());
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  it('spreads its values over the interval', () => {
    const random = seededRandom(9);
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 10_000; i++) buckets[Math.floor(random() * 10)]! += 1;
    for (const count of buckets) expect(count).toBeGreaterThan(800);
  });
});
