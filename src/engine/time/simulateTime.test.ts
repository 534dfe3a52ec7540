import { describe, expect, it } from 'vitest';
import { SAGEMAKER_DEFAULTS } from '../policies/sagemaker';
import { TARGET_TRACKING_TIME_DEFAULTS } from '../policies/targetTracking';
import { THRESHOLD_TIME_DEFAULTS } from '../policies/threshold';
import type { LabPolicyConfig, ThresholdTimeConfig } from '../policies/types';
import { DEFAULT_PLATFORM } from './platform';
import { simulateTime } from './simulateTime';
import { tickAt } from './tick';
import type { PlatformSettings, TimeTrace, TrafficProfile } from './types';

/** A threshold loop that never moves: `replicas` ready from the start. */
const fixed = (replicas: number): ThresholdTimeConfig => ({
  ...THRESHOLD_TIME_DEFAULTS, min_servers: replicas, max_servers: replicas, initial_servers: replicas,
});

const steady = (rps: number): TrafficProfile => ({ points: [{ t: 0, rps }] });

function run(config: LabPolicyConfig, traffic: TrafficProfile, seconds: number, platform: Partial<PlatformSettings> = {}): TimeTrace {
  const [trace] = simulateTime({
    traffic, seconds, seed: 7, arrivals: 'exact', platform: { ...DEFAULT_PLATFORM, ...platform }, policies: [{ name: 'p', config }],
  });
  return trace!;
}

const sum = (column: ArrayLike<number>) => Array.from(column).reduce((a, b) => a + b, 0);

function expectConservation(trace: TimeTrace): void {
  let arrived = 0, done = 0;
  for (let t = 0; t < trace.seconds; t++) {
    arrived += trace.arrivals[t]!;
    done += trace.served[t]! + trace.dropped[t]! + trace.failed[t]!;
    expect(arrived).toBe(done + trace.queue[t]!);
  }
}

describe('simulateTime', () => {
  it('serves within capacity with no wait: latency is the service time', () => {
    const trace = run(fixed(2), steady(15), 60);
    expect(sum(trace.served)).toBe(900);
    expect(Array.from(trace.p95).every((p) => p === 100)).toBe(true);
    expect(trace.summary.p95_ms).toBe(100);
    expect(trace.summary.slo_violation_s).toBe(0);
    expectConservation(trace);
  });

  it('holds a request through the cold start: its latency shows the whole wait', () => {
    const config: ThresholdTimeConfig = { ...THRESHOLD_TIME_DEFAULTS, min_servers: 0, initial_servers: 0, upper_threshold: 0.5, lower_threshold: 0, period_s: 1 };
    const traffic: TrafficProfile = { points: [{ t: 0, rps: 1 }, { t: 1, rps: 0 }] };
    const trace = run(config, traffic, 30, { cold_start_s: 10 });
    // decided at the end of second 0, provisioning during 1 .. 10, ready from second 11
    expect(trace.desired[0]).toBe(1);
    expect(Array.from(trace.provisioning.slice(1, 11))).toEqual(Array(10).fill(1));
    expect(trace.ready[10]).toBe(0);
    expect(trace.ready[11]).toBe(1);
    expect(trace.queue[10]).toBe(1);
    expect(trace.served[11]).toBe(1);
    expect(trace.p95[11]).toBe(11 * 1000 + 100);
    expect(trace.summary.p95_ms).toBe(11_100);
    expect(trace.summary.failed).toBe(0);
    expectConservation(trace);
  });

  it('exact arrivals: integer rates give that many each second, fractional rates accumulate', () => {
    expect(Array.from(run(fixed(1), steady(7), 5).arrivals)).toEqual([7, 7, 7, 7, 7]);
    expect(Array.from(run(fixed(1), steady(2.5), 4).arrivals)).toEqual([2, 3, 2, 3]);
    expect(Array.from(run(fixed(1), steady(0.25), 8).arrivals)).toEqual([0, 0, 0, 1, 0, 0, 0, 1]);
  });

  it('drops what overflows the queue limit, newest first', () => {
    const trace = run(fixed(1), steady(10), 3, { capacity: 1, queue_limit: 5, timeout_s: 100 });
    expect(Array.from(trace.served)).toEqual([1, 1, 1]);
    expect(Array.from(trace.dropped)).toEqual([4, 9, 9]);
    expect(Array.from(trace.queue)).toEqual([5, 5, 5]);
    // the oldest requests are served: the wait grows by one second each second
    expect(Array.from(trace.p95)).toEqual([100, 1100, 2100]);
    expectConservation(trace);
  });

  it('fails requests that wait longer than the timeout, and never serves one older than it', () => {
    const trace = run(fixed(1), steady(2), 20, { capacity: 1, queue_limit: 1000, timeout_s: 3 });
    expect(trace.summary.failed).toBeGreaterThan(0);
    expect(Math.max(...Array.from(trace.p99).filter((p) => !Number.isNaN(p)))).toBe(3100);
    expect(trace.summary.p95_ms).toBe(3100);
    expectConservation(trace);
  });

  it('a policy that fails at zero fails arrivals until its first instance is ready', () => {
    const config = { ...SAGEMAKER_DEFAULTS, min_capacity: 0, initial_capacity: 0 };
    const trace = run(config, steady(5), 300, { cold_start_s: 60 });
    // the first datapoint (end of second 59) scales out; ready from second 120
    expect(trace.desired[59]).toBe(1);
    expect(trace.ready[119]).toBe(0);
    expect(trace.ready[120]).toBe(1);
    expect(sum(trace.failed.slice(0, 120))).toBe(600);
    expect(sum(trace.failed.slice(120))).toBe(0);
    expect(trace.queue[119]).toBe(0);
    expectConservation(trace);
  });

  it('a policy that holds at zero queues arrivals instead of failing them', () => {
    const config: ThresholdTimeConfig = { ...THRESHOLD_TIME_DEFAULTS, min_servers: 0, initial_servers: 0, upper_threshold: 1, lower_threshold: 0, period_s: 1 };
    const trace = run(config, steady(5), 20, { cold_start_s: 5, capacity: 100 });
    expect(sum(trace.failed)).toBe(0);
    expect(trace.queue[5]).toBe(30);
    expect(trace.ready[5]).toBe(0);
    expect(trace.served[6]).toBe(35); // decided at the end of second 0, ready from 0 + 1 + 5
    expectConservation(trace);
  });

  it('costs instance-seconds x price: provisioning and draining are billed', () => {
    const one = run(fixed(1), steady(1), 3600, { price_per_hour: 1.21 });
    expect(one.summary.instance_seconds).toBe(3600);
    expect(one.summary.cost).toBeCloseTo(1.21, 10);

    const down: ThresholdTimeConfig = { ...THRESHOLD_TIME_DEFAULTS, min_servers: 1, initial_servers: 3, period_s: 10, lower_threshold: 20 };
    const trace = run(down, steady(0), 100, { drain_s: 30, price_per_hour: 3600 });
    // scale-in at the end of second 9: one replica drains during 10 .. 39; again at 19: another drains during 20 .. 49
    expect(trace.draining[10]).toBe(1);
    expect(trace.draining[25]).toBe(2);
    expect(trace.draining[45]).toBe(1);
    expect(trace.draining[50]).toBe(0);
    expect(trace.summary.instance_seconds).toBe(sum(trace.ready) + sum(trace.provisioning) + sum(trace.draining));
    expect(trace.summary.cost).toBe(trace.summary.instance_seconds);
  });

  it('a scale-in cancels replicas still starting before it removes ready ones', () => {
    const config: ThresholdTimeConfig = { ...THRESHOLD_TIME_DEFAULTS, min_servers: 1, initial_servers: 1, upper_threshold: 50, lower_threshold: 10, period_s: 5 };
    const traffic: TrafficProfile = { points: [{ t: 0, rps: 100 }, { t: 5, rps: 0 }] };
    const trace = run(config, traffic, 20, { cold_start_s: 60, capacity: 1000 });
    expect(trace.provisioning[5]).toBe(1);
    expect(trace.provisioning[10]).toBe(0);
    expect(trace.draining[10]).toBe(0);
    expect(trace.ready[10]).toBe(1);
  });

  it('the policy wakes only on its period; the columns between carry its last decision', () => {
    const trace = run(TARGET_TRACKING_TIME_DEFAULTS, steady(30), 60);
    const woke = Array.from(trace.decided).flatMap((d, t) => (d ? [t] : []));
    expect(woke).toEqual([14, 29, 44, 59]);
    expect(trace.desired[13]).toBe(1);
    expect(trace.desired[14]).toBe(5); // ceil(30 / (10 x 0.6))
    expect(trace.desired[20]).toBe(5);
    expect(trace.desiredRaw[20]).toBe(5);
    expect(tickAt(trace, 20).explanation).toMatch(/desired 5, set 5/);
  });

  it('every policy sees the same arrivals', () => {
    const traces = simulateTime({
      traffic: steady(40), seconds: 600, seed: 3, arrivals: 'poisson', platform: DEFAULT_PLATFORM,
      policies: [{ name: 'a', config: THRESHOLD_TIME_DEFAULTS }, { name: 'b', config: TARGET_TRACKING_TIME_DEFAULTS }, { name: 'c', config: SAGEMAKER_DEFAULTS }],
    });
    expect(traces).toHaveLength(3);
    expect(Array.from(traces[1]!.arrivals)).toEqual(Array.from(traces[0]!.arrivals));
    expect(Array.from(traces[2]!.arrivals)).toEqual(Array.from(traces[0]!.arrivals));
    expect(traces.map((trace) => trace.summary.arrivals)).toEqual(Array(3).fill(traces[0]!.summary.arrivals));
  });
});
