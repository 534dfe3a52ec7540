import { describe, expect, it } from 'vitest';
import { DEFAULT_PLATFORM } from '../time/platform';
import { simulateTime } from '../time/simulateTime';
import { tickAt } from '../time/tick';
import type { TimeTrace, TrafficProfile } from '../time/types';
import { SAGEMAKER_DEFAULTS, sagemakerModel } from './sagemaker';
import type { SageMakerConfig } from './types';
import { windowMean } from './types';
import { emptyHistory } from './testHarness';

function run(config: SageMakerConfig, traffic: TrafficProfile, seconds: number): TimeTrace {
  const [trace] = simulateTime({
    traffic, seconds, seed: 1, arrivals: 'exact', platform: { ...DEFAULT_PLATFORM, cold_start_s: 60 }, policies: [{ name: 'sm', config }],
  });
  return trace!;
}

/** Desired count after each one-minute datapoint. */
const perMinute = (trace: TimeTrace) => Array.from({ length: Math.floor(trace.seconds / 60) }, (_, m) => trace.desired[m * 60 + 59]!);

describe('SageMaker target tracking (a model)', () => {
  it('wakes once a minute and reads invocations per instance per minute', () => {
    const trace = run(SAGEMAKER_DEFAULTS, { points: [{ t: 0, rps: 3 }] }, 180);
    expect(Array.from(trace.decided).flatMap((d, t) => (d ? [t] : []))).toEqual([59, 119, 179]);
    expect(trace.metric[59]).toBe(180);
  });

  it('scales out after 3 of 3 high datapoints to ceil(invocations / target), then waits out the cooldown', () => {
    const config: SageMakerConfig = { ...SAGEMAKER_DEFAULTS, target_value: 60, max_capacity: 50 };
    // 10 req/s = 600 a minute: 10 instances at 60 each
    const trace = run(config, { points: [{ t: 0, rps: 10 }] }, 600);
    expect(perMinute(trace).slice(0, 4)).toEqual([1, 1, 10, 10]);
    expect(tickAt(trace, 119).explanation).toMatch(/waiting for 3 of 3/);
    expect(tickAt(trace, 179).explanation).toMatch(/high alarm, scale out to ceil\(10\) = 10/);
  });

  it('scales in only after 15 of 15 low datapoints, and not again within the scale-in cooldown', () => {
    const config: SageMakerConfig = { ...SAGEMAKER_DEFAULTS, target_value: 60, initial_capacity: 8, max_capacity: 8, min_capacity: 1, scale_in_cooldown_s: 600 };
    const trace = run(config, { points: [{ t: 0, rps: 2 }] }, 40 * 60);
    const minutes = perMinute(trace);
    expect(minutes.slice(0, 14)).toEqual(Array(14).fill(8));
    expect(minutes[14]).toBe(2); // 120 a minute / 60
    // one instance at 2 req/s is 120 a minute: above target, so it stays at 2
    expect(minutes.slice(15)).toEqual(Array(25).fill(2));
  });

  it('a scale-out may happen during the scale-in cooldown', () => {
    const config: SageMakerConfig = { ...SAGEMAKER_DEFAULTS, target_value: 60, initial_capacity: 8, max_capacity: 20, scale_in_cooldown_s: 3600, scale_out_cooldown_s: 0 };
    const trace = run(config, { points: [{ t: 0, rps: 2 }, { t: 960, rps: 30 }] }, 1200);
    expect(trace.desired[899]).toBe(2); // the scale-in, 15 quiet minutes in
    expect(trace.desired[1079]).toBe(2); // two high datapoints: not yet
    expect(trace.desired[1139]).toBe(20); // the third: ceil(1800 / 60) = 30, capped at MaxCapacity
  });

  it('DisableScaleIn keeps the count', () => {
    const config: SageMakerConfig = { ...SAGEMAKER_DEFAULTS, initial_capacity: 5, max_capacity: 5, disable_scale_in: true };
    expect(perMinute(run(config, { points: [{ t: 0, rps: 0 }] }, 1200))).toEqual(Array(20).fill(5));
  });

  it('from zero: invocations fail until an instance is ready, then are served', () => {
    const config: SageMakerConfig = { ...SAGEMAKER_DEFAULTS, min_capacity: 0, initial_capacity: 0 };
    const trace = run(config, { points: [{ t: 0, rps: 0 }, { t: 600, rps: 2 }] }, 900);
    expect(trace.desired[599]).toBe(0);
    expect(trace.desired[659]).toBe(1);
    expect(tickAt(trace, 659).explanation).toMatch(/no instance, invocations are failing/);
    expect(trace.failed.slice(600, 720).every((f) => f === 2)).toBe(true);
    expect(trace.served[720]).toBe(2);
  });

  it('scales in to zero with min 0 after 15 quiet minutes', () => {
    const config: SageMakerConfig = { ...SAGEMAKER_DEFAULTS, min_capacity: 0, initial_capacity: 1 };
    const minutes = perMinute(run(config, { points: [{ t: 0, rps: 0 }] }, 1200));
    expect(minutes[13]).toBe(1);
    expect(minutes[14]).toBe(0);
  });

  it('decide is pure: the same observation gives the same decision and leaves the state alone', () => {
    const cum = new Float64Array(61).map((_, i) => i * 10);
    const history = { ...emptyHistory(60), cumArrivals: cum, cumServed: cum, cumOngoing: cum, cumInService: cum, cumBusy: cum, cumReady: cum };
    const obs = { t: 59, ready: 2, provisioning: 0, current: 2, capacity: 10, history };
    const state = sagemakerModel.init(SAGEMAKER_DEFAULTS);
    const a = sagemakerModel.decide(SAGEMAKER_DEFAULTS, state, obs);
    const b = sagemakerModel.decide(SAGEMAKER_DEFAULTS, state, obs);
    expect(a).toEqual(b);
    expect(state).toEqual(sagemakerModel.init(SAGEMAKER_DEFAULTS));
    expect(a.decision.metric).toBe((windowMean(cum, 59, 60) * 60) / 2);
  });
});
