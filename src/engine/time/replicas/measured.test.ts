/** The measured replica: closed forms (throughput at a fixed batch, the plateau beyond the cores, Little's law) and conservation. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LabPolicyConfig } from '../../policies/types';
import { DEFAULT_PLATFORM } from '../platform';
import { simulateTime } from '../simulateTime';
import type { MeasuredSettings, PlatformSettings, TimeRunInput, TimeTrace } from '../types';
import { startReplicaRun } from './registry';
import { emptySecond } from './types';

const platform: PlatformSettings = { ...DEFAULT_PLATFORM, queue_limit: 1e9, timeout_s: 1000, drain_s: 0 };

/** `ready` replicas serving `rps` a second for `seconds`; the served count and the busy share per second. */
function run(measured: MeasuredSettings, ready: number, rps: number, seconds: number) {
  const columns = { p50: new Float32Array(seconds), p95: new Float32Array(seconds), p99: new Float32Array(seconds), ttftP95: new Float32Array(seconds), itlP95: new Float32Array(seconds) };
  const replica = startReplicaRun({ kind: 'measured', measured }, {
    platform, arrivals: new Float64Array(seconds).fill(rps), requests: undefined, zeroFails: false, initialReady: ready, drainS: 0, columns,
  });
  const out = emptySecond();
  const served: number[] = [];
  const busy: number[] = [];
  const queue: number[] = [];
  for (let t = 0; t < seconds; t++) { replica.serve(t, ready, out); served.push(out.served); busy.push(out.busy); queue.push(out.queue); }
  return { served, busy, queue, columns, summary: replica.summary() };
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

describe('measured replica: closed forms', () => {
  it('one saturated replica serves max_batch / (base + per x max_batch) requests a second', () => {
    const measured = { base_ms: 4, per_item_ms: 1, max_batch: 16, cores: 4 };
    const { served } = run(measured, 1, 5000, 30);
    // a batch of 16 takes 20 ms: 50 batches, 800 requests a second
    expect(mean(served.slice(5))).toBeCloseTo(800, 0);
  });

  it('replicas up to the cores add throughput; beyond them it plateaus and latency grows', () => {
    const measured = { base_ms: 4, per_item_ms: 1, max_batch: 16, cores: 2 };
    const rate = (r: number) => mean(run(measured, r, 20_000, 20).served.slice(5));
    expect(rate(2)).toBeCloseTo(2 * rate(1), 0);
    expect(rate(4)).toBeCloseTo(rate(2), 0);
    expect(rate(6)).toBeCloseTo(rate(2), 0);
    // just below the plateau (1500 a second on 2 cores), a batch's time grows with the replicas sharing the cores
    const p50 = (r: number) => run(measured, r, 1400, 20).columns.p50.subarray(10).reduce((a, b) => a + b, 0) / 10;
    expect(p50(6)).toBeGreaterThan(p50(2));
  });

  it('a light load is served one by one in base + per ms; busy share = rate x service (Little\'s law at the servers)', () => {
    const measured = { base_ms: 8, per_item_ms: 2, max_batch: 32, cores: 4 };
    const { served, busy, columns, queue } = run(measured, 2, 40, 30);
    expect(served.slice(1).every((s) => s === 40)).toBe(true);
    expect(columns.p50[10]).toBeCloseTo(10, 6);
    expect(columns.p99[10]).toBeCloseTo(10, 6);
    // L = lambda x W for the two servers: 40 a second x 10 ms = 0.4 busy replicas, a share of 0.2 each
    expect(mean(busy.slice(1))).toBeCloseTo(0.2, 6);
    expect(Math.max(...queue)).toBeLessThanOrEqual(1);
  });

  it('Little\'s law at steady state: requests in the system = throughput x mean latency', () => {
    const measured = { base_ms: 5, per_item_ms: 2, max_batch: 8, cores: 1 };
    // 300 a second against one replica: batches grow until 8 requests take 21 ms (380 a second); steady below that
    const { served, queue, columns } = run(measured, 1, 300, 60);
    const steady = served.slice(20);
    expect(mean(steady)).toBeCloseTo(300, 6);
    const latency = mean(Array.from(columns.p50.subarray(20)));
    // the end-of-second snapshots of the system sample its size; L = 300/s x W within a request or two
    expect(Math.abs(mean(queue.slice(20)) - 0.3 * latency)).toBeLessThan(2);
  });
});

const policy: fc.Arbitrary<LabPolicyConfig> = fc.record({ min: fc.integer({ min: 0, max: 2 }), span: fc.integer({ min: 0, max: 5 }), target: fc.integer({ min: 1, max: 200 }) })
  .map(({ min, span, target }): LabPolicyConfig => ({
    policy: 'threshold', min_servers: min, max_servers: min + span + 1, initial_servers: min, upper_threshold: target, lower_threshold: target / 4,
    scale_step: 1, period_s: 3, scale_out_cooldown_s: 0, scale_in_cooldown_s: 0,
  }));

const input: fc.Arbitrary<TimeRunInput> = fc.record({
  rates: fc.array(fc.double({ min: 0, max: 600, noNaN: true }), { minLength: 1, maxLength: 8 }), policy,
  seconds: fc.integer({ min: 1, max: 90 }), drain: fc.integer({ min: 0, max: 3 }), timeout: fc.integer({ min: 0, max: 20 }), limit: fc.integer({ min: 0, max: 400 }),
  cold: fc.integer({ min: 0, max: 5 }),
  measured: fc.record({ base_ms: fc.double({ min: 0, max: 40, noNaN: true }), per_item_ms: fc.double({ min: 0.05, max: 10, noNaN: true }), max_batch: fc.integer({ min: 1, max: 32 }), cores: fc.integer({ min: 1, max: 8 }) }),
}).map(({ rates, policy: config, seconds, drain, timeout, limit, cold, measured }) => ({
  traffic: { points: rates.map((rps, i) => ({ t: i * 10, rps })) }, seconds, seed: 3, arrivals: 'poisson',
  platform: { ...DEFAULT_PLATFORM, cold_start_s: cold, drain_s: drain, timeout_s: timeout, queue_limit: limit },
  policies: [{ name: 'p', config }], replica: { kind: 'measured', measured },
}));

function broken(trace: TimeTrace, settings: MeasuredSettings): string | null {
  let arrived = 0, done = 0;
  for (let t = 0; t < trace.seconds; t++) {
    arrived += trace.arrivals[t]!;
    done += trace.served[t]! + trace.dropped[t]! + trace.failed[t]!;
    if (arrived !== done + trace.queue[t]!) return `t=${t}: arrivals ${arrived} != finished ${done} + queue ${trace.queue[t]}`;
    if (trace.running[t]! > settings.max_batch * (trace.ready[t]! + trace.draining[t]! + 1)) return `t=${t}: ${trace.running[t]} running, above the batch cap`;
    if (!(trace.gpuUtil[t]! >= 0 && trace.gpuUtil[t]! <= 1)) return `t=${t}: busy share outside 0..1`;
    if (trace.served[t]! > 0 && !(trace.p99[t]! >= trace.p50[t]!)) return `t=${t}: p99 below p50`;
  }
  const s = trace.summary;
  if (s.served + s.dropped + s.failed + s.queue_end !== arrived) return 'summary does not conserve requests';
  return null;
}

describe('measured replica: properties', () => {
  it('conserves requests at every tick, keeps the batch cap and the busy share in 0..1', () => {
    fc.assert(fc.property(input, (run) => {
      const settings = run.replica!.kind === 'measured' ? run.replica!.measured : undefined;
      for (const trace of simulateTime(run)) expect(broken(trace, settings!)).toBeNull();
    }), { numRuns: 60 });
  });
});
