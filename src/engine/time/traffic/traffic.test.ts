import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../lesson/presets';
import { arrivalsColumn, poisson, rateAt, rateColumn, scenarioProfile, SCENARIO_NAMES } from './traffic';

describe('traffic', () => {
  it('every scenario starts at 0, increases strictly and never asks for a negative rate', () => {
    for (const name of SCENARIO_NAMES) {
      for (const seconds of [1, 600, 86_400, 604_800]) {
        const { points } = scenarioProfile(name, seconds);
        expect(points[0]!.t).toBe(0);
        expect(points.every((point, i) => point.rps >= 0 && (i === 0 || point.t > points[i - 1]!.t))).toBe(true);
      }
    }
  });

  it('the scenarios have their documented shapes', () => {
    expect(rateAt(scenarioProfile('steady', 3600), 1800)).toBe(50);
    const diurnal = scenarioProfile('diurnal', 86_400);
    expect(rateAt(diurnal, 0)).toBe(20);
    expect(rateAt(diurnal, 43_200)).toBe(100);
    const spike = scenarioProfile('spike', 3600);
    expect([rateAt(spike, 100), rateAt(spike, 1300), rateAt(spike, 1600)]).toEqual([20, 150, 20]);
    const gaps = scenarioProfile('idle-gaps', 7200);
    expect([rateAt(gaps, 0), rateAt(gaps, 700), rateAt(gaps, 1800)]).toEqual([30, 0, 30]);
    const ramp = scenarioProfile('ramp', 3600);
    expect(rateAt(ramp, 0)).toBe(5);
    expect(rateAt(ramp, 3599)).toBe(100);
    const flash = scenarioProfile('flash-crowd', 4000);
    expect(rateAt(flash, 10)).toBe(10);
    expect(rateAt(flash, 1000)).toBe(200);
    expect(rateAt(flash, 3990)).toBeLessThan(20);
  });

  it('rateAt holds each rate until the next point, and agrees with rateColumn', () => {
    const profile = { points: [{ t: 0, rps: 1 }, { t: 10, rps: 5 }, { t: 11, rps: 0 }] };
    expect([0, 9, 10, 11, 500].map((t) => rateAt(profile, t))).toEqual([1, 1, 5, 0, 0]);
    expect(Array.from(rateColumn(profile, 13))).toEqual([...Array(10).fill(1), 5, 0, 0]);
  });

  it('Poisson draws have the right mean and variance, for small and large rates', () => {
    for (const lambda of [0.5, 4, 25, 400]) {
      const random = seededRandom(11);
      const draws = Array.from({ length: 20_000 }, () => poisson(lambda, random));
      const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
      const variance = draws.reduce((a, b) => a + (b - mean) ** 2, 0) / draws.length;
      expect(draws.every((d) => Number.isInteger(d) && d >= 0)).toBe(true);
      expect(Math.abs(mean - lambda)).toBeLessThan(4 * Math.sqrt(lambda / draws.length) + 1e-9);
      expect(variance / lambda).toBeGreaterThan(0.9);
      expect(variance / lambda).toBeLessThan(1.1);
    }
  });

  it('the same seed gives the same arrivals; exact mode totals the rate', () => {
    fc.assert(fc.property(fc.integer(), fc.double({ min: 0, max: 500, noNaN: true }), fc.integer({ min: 1, max: 300 }), (seed, rps, seconds) => {
      const profile = { points: [{ t: 0, rps }] };
      expect(Array.from(arrivalsColumn(profile, seconds, 'poisson', seed))).toEqual(Array.from(arrivalsColumn(profile, seconds, 'poisson', seed)));
      const exact = arrivalsColumn(profile, seconds, 'exact', seed);
      const total = Array.from(exact).reduce((a, b) => a + b, 0);
      expect(Math.abs(total - rps * seconds)).toBeLessThanOrEqual(1);
    }));
  });
});
