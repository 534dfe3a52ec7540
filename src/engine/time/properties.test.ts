import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelFor, POLICY_MODELS } from '../policies/registry';
import type { LabPolicyConfig, NamedPolicy } from '../policies/types';
import { DEFAULT_PLATFORM } from './platform';
import { simulateTime } from './simulateTime';
import { tickAt } from './tick';
import type { PlatformSettings, TimeRunInput, TimeTrace, TrafficProfile } from './types';

const bounds = fc.integer({ min: 0, max: 6 }).chain((min) =>
  fc.integer({ min: Math.max(1, min), max: min + 8 }).chain((max) =>
    fc.integer({ min, max }).map((initial) => ({ min, max, initial }))));

const cooldowns = fc.record({
  period_s: fc.integer({ min: 1, max: 30 }),
  scale_out_cooldown_s: fc.integer({ min: 0, max: 60 }),
  scale_in_cooldown_s: fc.integer({ min: 0, max: 60 }),
});

const threshold: fc.Arbitrary<LabPolicyConfig> = fc.record({ b: bounds, c: cooldowns, lower: fc.integer({ min: 0, max: 50 }), gap: fc.integer({ min: 1, max: 80 }), step: fc.integer({ min: 1, max: 3 }) })
  .map(({ b, c, lower, gap, step }) => ({ policy: 'threshold', min_servers: b.min, max_servers: b.max, initial_servers: b.initial, upper_threshold: lower + gap, lower_threshold: lower, scale_step: step, ...c }));

const targetTracking: fc.Arbitrary<LabPolicyConfig> = fc.record({ b: bounds, c: cooldowns, target: fc.integer({ min: 10, max: 100 }), cap: fc.integer({ min: 1, max: 30 }), tol: fc.integer({ min: 0, max: 30 }) })
  .map(({ b, c, target, cap, tol }) => ({ policy: 'target_tracking', min_servers: b.min, max_servers: b.max, initial_servers: b.initial, target_utilization: target / 100, capacity_per_server: cap, tolerance: tol / 100, ...c }));

const sagemaker: fc.Arbitrary<LabPolicyConfig> = fc.record({ b: bounds, target: fc.integer({ min: 10, max: 900 }), out: fc.integer({ min: 0, max: 300 }), inn: fc.integer({ min: 0, max: 300 }), disable: fc.boolean() })
  .map(({ b, target, out, inn, disable }) => ({ policy: 'sagemaker', min_capacity: b.min, max_capacity: b.max, initial_capacity: b.initial, target_value: target, scale_out_cooldown_s: out, scale_in_cooldown_s: inn, disable_scale_in: disable }));

const hpa: fc.Arbitrary<LabPolicyConfig> = fc.record({ b: bounds, behavior: fc.boolean(), rps: fc.integer({ min: 1, max: 30 }), cpu: fc.boolean() })
  .map(({ b, behavior, rps, cpu }) => ({
    ...POLICY_MODELS.hpa.defaults, min_replicas: Math.max(1, b.min), max_replicas: Math.max(1, b.max), initial_replicas: Math.max(1, b.initial),
    metrics: [cpu ? { type: 'cpu', target_utilization_percent: 80 } : { type: 'pods', target_value: rps }], ...(behavior ? { behavior: {} } : {}),
  }));

const kpa: fc.Arbitrary<LabPolicyConfig> = fc.record({ b: bounds, rps: fc.boolean(), target: fc.integer({ min: 1, max: 100 }) })
  .map(({ b, rps, target }) => ({ ...POLICY_MODELS.kpa.defaults, min_scale: b.min, max_scale: b.max, initial_scale: b.initial, metric: rps ? 'rps' : 'concurrency', target }));

const ray: fc.Arbitrary<LabPolicyConfig> = fc.record({ b: bounds, target: fc.integer({ min: 1, max: 10 }), up: fc.integer({ min: 0, max: 60 }), down: fc.integer({ min: 0, max: 120 }) })
  .map(({ b, target, up, down }) => ({ ...POLICY_MODELS.ray.defaults, min_replicas: b.min, max_replicas: b.max, initial_replicas: b.initial, target_ongoing_requests: target, upscale_delay_s: up, downscale_delay_s: down }));

const anyPolicy = fc.oneof(threshold, targetTracking, sagemaker, hpa, kpa, ray);

const traffic: fc.Arbitrary<TrafficProfile> = fc.array(fc.record({ gap: fc.integer({ min: 1, max: 200 }), rps: fc.double({ min: 0, max: 120, noNaN: true }) }), { minLength: 1, maxLength: 6 })
  .map((steps) => {
    let t = 0;
    return { points: steps.map(({ gap, rps }, i) => { if (i > 0) t += gap; return { t, rps }; }) };
  });

const platform: fc.Arbitrary<PlatformSettings> = fc.record({
  capacity: fc.oneof(fc.integer({ min: 1, max: 30 }), fc.double({ min: 0.1, max: 30, noNaN: true })),
  cold_start_s: fc.integer({ min: 0, max: 90 }),
  queue_limit: fc.integer({ min: 0, max: 2000 }),
  timeout_s: fc.integer({ min: 0, max: 60 }),
  drain_s: fc.integer({ min: 0, max: 60 }),
}).map((p) => ({ ...DEFAULT_PLATFORM, ...p }));

const runInput: fc.Arbitrary<TimeRunInput> = fc.record({
  traffic, platform, seed: fc.integer(), arrivals: fc.constantFrom('poisson' as const, 'exact' as const),
  seconds: fc.integer({ min: 1, max: 900 }),
  policies: fc.array(anyPolicy, { minLength: 1, maxLength: 3 }).map((configs) => configs.map((config, i): NamedPolicy => ({ name: `p${i}`, config }))),
});

/** The first broken invariant of a trace, in words, or null (plain checks: expect() per tick is too slow). */
function brokenInvariant(trace: TimeTrace): string | null {
  const model = modelFor(trace.policy.config)!;
  const { min, max, initial } = model.bounds(trace.policy.config);
  let arrived = 0, done = 0;
  for (let t = 0; t < trace.seconds; t++) {
    arrived += trace.arrivals[t]!;
    done += trace.served[t]! + trace.dropped[t]! + trace.failed[t]!;
    if (arrived !== done + trace.queue[t]!) return `t=${t}: arrivals ${arrived} != finished ${done} + queue ${trace.queue[t]}`;
    const desired = trace.desired[t]!;
    if (desired < min || desired > max) return `t=${t}: desired ${desired} outside ${min}..${max}`;
    const live = trace.ready[t]! + trace.provisioning[t]!;
    if (live !== (t === 0 ? initial : trace.desired[t - 1]!)) return `t=${t}: ready + provisioning ${live} is not the last decision`;
    if (trace.ready[t]! < 0 || trace.provisioning[t]! < 0 || trace.draining[t]! < 0 || trace.queue[t]! < 0) return `t=${t}: a negative count`;
  }
  const { summary } = trace;
  if (summary.arrivals !== arrived) return 'summary arrivals differ';
  if (summary.served + summary.dropped + summary.failed + summary.queue_end !== arrived) return 'summary does not conserve';
  return null;
}

describe('time engine properties', () => {
  it('conservation at every tick; replicas within bounds; live replicas follow the last decision', () => {
    fc.assert(fc.property(runInput, (input) => { for (const trace of simulateTime(input)) expect(brokenInvariant(trace)).toBeNull(); }), { numRuns: 60 });
  });

  it('the same seed gives the same run, and every policy sees the same arrivals', () => {
    fc.assert(fc.property(runInput, (input) => {
      const a = simulateTime(input);
      const b = simulateTime(input);
      a.forEach((trace, i) => {
        const other = b[i]!;
        expect(Array.from(trace.desired)).toEqual(Array.from(other.desired));
        expect(Array.from(trace.served)).toEqual(Array.from(other.served));
        expect(Array.from(trace.p95)).toEqual(Array.from(other.p95));
        expect(trace.summary).toEqual(other.summary);
        expect(Array.from(trace.arrivals)).toEqual(Array.from(a[0]!.arrivals));
      });
    }), { numRuns: 30 });
  });

  it('every tick has a sentence, and latency never exceeds the timeout plus service', () => {
    fc.assert(fc.property(runInput, fc.nat(), (input, pick) => {
      for (const trace of simulateTime(input)) {
        const tick = tickAt(trace, pick % trace.seconds);
        expect(tick.explanation.length).toBeGreaterThan(10);
        const limit = input.platform.timeout_s * 1000 + input.platform.service_ms;
        expect(Array.from(trace.p99).every((p) => Number.isNaN(p) || (p >= input.platform.service_ms && p <= limit))).toBe(true);
      }
    }), { numRuns: 30 });
  });
});
