import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LESSON_CONFIG, LESSON_LOADS, type ScalingConfig } from '../lesson/config';
import { simulate } from '../lesson/simulate';
import { DEFAULT_PLATFORM } from '../time/platform';
import { simulateTime } from '../time/simulateTime';
import { tickAt } from '../time/tick';
import { TARGET_TRACKING_TIME_DEFAULTS } from './targetTracking';
import { THRESHOLD_TIME_DEFAULTS } from './threshold';
import type { TargetTrackingTimeConfig, ThresholdTimeConfig } from './types';

/** Each lesson load held for one period, exact arrivals: the time policy's decisions, one per period. */
function decisionsInTime(config: ThresholdTimeConfig | TargetTrackingTimeConfig, loads: readonly number[]): number[] {
  const period = config.period_s;
  const [trace] = simulateTime({
    traffic: { points: loads.map((rps, i) => ({ t: i * period, rps })) },
    seconds: loads.length * period, seed: 1, arrivals: 'exact', platform: DEFAULT_PLATFORM, policies: [{ name: 'lesson', config }],
  });
  return loads.map((_, i) => trace!.desired[(i + 1) * period - 1]!);
}

const stepDecisions = (config: ScalingConfig, loads: readonly number[]) => Array.from(simulate({ config, loads }).after);

describe("the lesson's policies in time", () => {
  it("the lesson's config over the lesson's loads decides as the step engine does", () => {
    const config: ThresholdTimeConfig = { ...THRESHOLD_TIME_DEFAULTS, ...LESSON_CONFIG };
    expect(decisionsInTime(config, LESSON_LOADS)).toEqual(stepDecisions(LESSON_CONFIG, LESSON_LOADS));
    expect(decisionsInTime(config, LESSON_LOADS)).toEqual([1, 1, 2, 2, 2, 1]);
  });

  it('threshold: the same rule for any config and integer loads (no cooldowns)', () => {
    fc.assert(fc.property(
      fc.record({ min: fc.integer({ min: 1, max: 5 }), span: fc.integer({ min: 0, max: 10 }), lower: fc.integer({ min: 0, max: 60 }), gap: fc.integer({ min: 1, max: 80 }), step: fc.integer({ min: 1, max: 3 }), period: fc.integer({ min: 1, max: 20 }) }),
      fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 25 }),
      ({ min, span, lower, gap, step, period }, loads) => {
        const config: ThresholdTimeConfig = {
          ...THRESHOLD_TIME_DEFAULTS, min_servers: min, max_servers: min + span, initial_servers: min,
          lower_threshold: lower, upper_threshold: lower + gap, scale_step: step, period_s: period,
        };
        expect(decisionsInTime(config, loads)).toEqual(stepDecisions(config, loads));
      }), { numRuns: 60 });
  });

  it('target tracking: the same rule for any config and integer loads (no cooldowns)', () => {
    fc.assert(fc.property(
      fc.record({ min: fc.integer({ min: 1, max: 5 }), span: fc.integer({ min: 0, max: 20 }), target: fc.integer({ min: 10, max: 100 }), cap: fc.integer({ min: 1, max: 40 }), tol: fc.integer({ min: 0, max: 30 }), period: fc.integer({ min: 1, max: 20 }) }),
      fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 25 }),
      ({ min, span, target, cap, tol, period }, loads) => {
        const config: TargetTrackingTimeConfig = {
          ...TARGET_TRACKING_TIME_DEFAULTS, min_servers: min, max_servers: min + span, initial_servers: min,
          target_utilization: target / 100, capacity_per_server: cap, tolerance: tol / 100, period_s: period,
        };
        expect(decisionsInTime(config, loads)).toEqual(stepDecisions(config, loads));
      }), { numRuns: 60 });
  });

  it('a scale-out cooldown holds the count and says so', () => {
    const config: ThresholdTimeConfig = { ...THRESHOLD_TIME_DEFAULTS, period_s: 10, scale_out_cooldown_s: 25, upper_threshold: 5, lower_threshold: 1 };
    expect(decisionsInTime(config, [50, 50, 50, 50, 50, 50])).toEqual([2, 2, 2, 3, 3, 3]);
    const [trace] = simulateTime({
      traffic: { points: [{ t: 0, rps: 50 }] }, seconds: 30, seed: 1, arrivals: 'exact', platform: DEFAULT_PLATFORM, policies: [{ name: 'c', config }],
    });
    expect(tickAt(trace!, 19).explanation).toMatch(/scale-out cooldown/);
  });

  it('a scale-in cooldown counts from any scaling', () => {
    const config: ThresholdTimeConfig = { ...THRESHOLD_TIME_DEFAULTS, initial_servers: 5, period_s: 10, scale_in_cooldown_s: 30, upper_threshold: 100, lower_threshold: 20 };
    expect(decisionsInTime(config, [0, 0, 0, 0, 0, 0, 0, 0])).toEqual([4, 4, 4, 3, 3, 3, 2, 2]);
  });

  it('the target-tracking policy explains its decision in the lesson\'s terms', () => {
    const [trace] = simulateTime({
      traffic: { points: [{ t: 0, rps: 30 }] }, seconds: 30, seed: 1, arrivals: 'exact', platform: DEFAULT_PLATFORM,
      policies: [{ name: 'tt', config: TARGET_TRACKING_TIME_DEFAULTS }],
    });
    expect(tickAt(trace!, 3).explanation).toMatch(/no decision yet/);
    expect(tickAt(trace!, 14).explanation).toBe('Target tracking: utilization 300 % of 1 servers vs target 60 %: desired 5, set 5 (clamped to 1..10).');
  });
});
