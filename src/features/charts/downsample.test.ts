import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { downsampleIndices } from './downsample';

describe('downsampleIndices', () => {
  it('keeps every index when the series fits (exact at small sizes)', () => {
    expect(downsampleIndices(6, [[10, 50, 120, 80, 30, 5]], 600)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(downsampleIndices(600, [new Float64Array(600)], 600)).toHaveLength(600);
    expect(downsampleIndices(0, [[]], 600)).toEqual([]);
  });

  it('stays within the bound, sorted and unique, spanning first to last', () => {
    const values = Float64Array.from({ length: 10_000 }, (_, i) => Math.sin(i / 50) * 100 + (i % 7));
    const indices = downsampleIndices(values.length, [values, values.map((v) => Math.round(v / 10))], 600);
    expect(indices.length).toBeLessThanOrEqual(600);
    expect(indices.length).toBeGreaterThan(200);
    expect(indices[0]).toBe(0);
    expect(indices.at(-1)).toBe(9_999);
    expect(indices.every((value, i) => i === 0 || value > indices[i - 1]!)).toBe(true);
  });

  it('keeps a single spike and a single dip that a stride would miss', () => {
    const values = new Float64Array(10_000).fill(50);
    values[4_321] = 9_000;
    values[7_777] = 0;
    const indices = downsampleIndices(values.length, [values], 100);
    expect(indices).toContain(4_321);
    expect(indices).toContain(7_777);
  });

  it('property: the global min and max of each column survive, within the bound', () => {
    fc.assert(fc.property(
      fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 3000 }),
      fc.integer({ min: 10, max: 700 }),
      (values, maxPoints) => {
        const indices = downsampleIndices(values.length, [values], maxPoints);
        expect(indices.length).toBeLessThanOrEqual(Math.max(maxPoints, 0));
        const kept = indices.map((i) => values[i]!);
        expect(Math.max(...kept)).toBe(Math.max(...values));
        expect(Math.min(...kept)).toBe(Math.min(...values));
      },
    ));
  });
});
