/**
 * Round trip: a config exported to its own format and imported again is the same config (deep-equal, name included),
 * so it is the same simulation, tick for tick. Checked on the fixtures and, with fast-check, on generated valid configs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelFor } from '../policies/registry';
import { LAB_POLICY_KINDS, type LabPolicyConfig, type NamedPolicy } from '../policies/types';
import { DEFAULT_PLATFORM } from '../time/platform';
import { simulateTime } from '../time/simulateTime';
import { scenarioProfile } from '../time/traffic';
import { rateTracking } from './correspond';
import { exportPolicy } from './export';
import { importPolicies } from './import';
import type { PolicyFormat } from './types';
import { validateLabConfig } from './validators';

const fixtures = import.meta.glob<string>('./fixtures/*.{yaml,json}', { query: '?raw', import: 'default', eager: true });

/** The formats a config is at home in: the Lab's JSON always, and its own manifest. */
function ownFormats(config: LabPolicyConfig): PolicyFormat[] {
  switch (config.policy) {
    case 'hpa': return config.metrics.every((metric) => metric.type === 'cpu' || metric.type === 'external') ? ['lab', 'hpa', 'keda'] : ['lab', 'hpa'];
    case 'kpa': return ['lab', 'knative'];
    case 'ray': return ['lab', 'ray'];
    case 'sagemaker': return ['lab', 'sagemaker'];
    case 'aibrix-apa':
    case 'aibrix-kpa': return ['lab', 'aibrix'];
    case 'llm-d-saturation':
    case 'dynamo-planner':
    case 'threshold':
    case 'target_tracking': return ['lab'];
  }
}

function roundTrip(policy: NamedPolicy, format: PolicyFormat): NamedPolicy {
  const exported = exportPolicy(policy, format);
  if (!exported.ok) throw new Error(`export ${format}: ${JSON.stringify(exported.errors)}`);
  const imported = importPolicies(exported.value.text);
  if (!imported.ok) throw new Error(`import ${format}: ${JSON.stringify(imported.errors)}\n${exported.value.text}`);
  expect(imported.value).toHaveLength(1);
  return imported.value[0]!;
}

const good = Object.entries(fixtures).filter(([file]) => !/bad|cpu\.json/.test(file));

describe('round trip of every fixture through its own formats', () => {
  for (const [file, text] of good) {
    it(file, () => {
      const imported = importPolicies(text);
      expect(imported.ok).toBe(true);
      if (!imported.ok) return;
      for (const policy of imported.value) {
        for (const format of ownFormats(policy.config)) expect(roundTrip(policy, format)).toEqual(policy);
      }
    });
  }

  it('gives the same simulation, tick for tick, for every fixture policy in each of its own formats', () => {
    const policies = good.flatMap(([, text]) => { const r = importPolicies(text); return r.ok ? r.value : []; });
    expect(new Set(policies.map((policy) => policy.config.policy))).toEqual(new Set(LAB_POLICY_KINDS));
    let compared = 0;
    for (const policy of policies) {
      expect(modelFor(policy.config)).toBeDefined();
      for (const format of ownFormats(policy.config)) {
        const [before, after] = simulateTime({
          traffic: scenarioProfile('spike', 900), seconds: 900, seed: 11, arrivals: 'poisson', platform: DEFAULT_PLATFORM,
          policies: [policy, roundTrip(policy, format)],
        });
        for (const column of ['arrivals', 'served', 'dropped', 'failed', 'queue', 'ready', 'provisioning', 'desired', 'desiredRaw', 'p95'] as const) {
          expect(Array.from(after![column])).toEqual(Array.from(before![column]));
        }
        expect(after!.summary).toEqual(before!.summary);
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(20);
  }, 60_000);
});

// ---------------------------------------------------------------------------------------------------------------
// Generated configs: raw inputs, kept when the policy's validator accepts them, so every generated config is valid.
// ---------------------------------------------------------------------------------------------------------------

const name = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,24}$/);
const positive = (max: number) => fc.double({ min: 0.01, max, noNaN: true, noDefaultInfinity: true });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const seconds = (min: number, max: number) => fc.integer({ min, max });

const rule = fc.record({
  stabilization_window_s: maybe(seconds(0, 3600)),
  select_policy: maybe(fc.constantFrom('Max', 'Min', 'Disabled')),
  policies: maybe(fc.array(fc.record({ type: fc.constantFrom('Pods', 'Percent'), value: fc.integer({ min: 1, max: 500 }), period_s: seconds(1, 1800) }), { minLength: 1, maxLength: 3 })),
}, { requiredKeys: [] });

const rateMetric = (types: readonly ('pods' | 'object' | 'external')[]) => fc.record({
  type: fc.constantFrom(...types), target_value: fc.oneof(positive(10000), fc.integer({ min: 1, max: 5000 })), name: maybe(fc.constantFrom('rps', 'queue_seconds', 'vllm:num_requests_running')),
}, { requiredKeys: ['type', 'target_value'] });
const cpuMetric = fc.record({ type: fc.constant('cpu'), target_utilization_percent: fc.integer({ min: 1, max: 100 }) });

const hpaRaw = (types: readonly ('pods' | 'object' | 'external')[]) => fc.record({
  policy: fc.constant('hpa'), min_replicas: fc.integer({ min: 1, max: 20 }), max_replicas: fc.integer({ min: 1, max: 60 }),
  initial_replicas: maybe(fc.integer({ min: 1, max: 60 })),
  metrics: fc.array(fc.oneof(rateMetric(types), cpuMetric), { minLength: 1, maxLength: 3 }),
  tolerance: maybe(fc.double({ min: 0, max: 0.99, noNaN: true })), sync_period_s: maybe(seconds(1, 300)),
  behavior: maybe(fc.record({ scale_up: maybe(rule), scale_down: maybe(rule) }, { requiredKeys: [] })),
}, { requiredKeys: ['policy', 'min_replicas', 'max_replicas', 'metrics'] });

const kpaRaw = fc.record({
  policy: fc.constant('kpa'), min_scale: fc.integer({ min: 0, max: 10 }), max_scale: fc.integer({ min: 0, max: 50 }), initial_scale: maybe(fc.integer({ min: 0, max: 50 })),
  metric: fc.constantFrom('concurrency', 'rps'), target: positive(1000), target_utilization_percent: fc.double({ min: 1, max: 100, noNaN: true }),
  stable_window_s: seconds(6, 3600), panic_window_percent: fc.double({ min: 1, max: 100, noNaN: true }), panic_threshold_percent: fc.double({ min: 110, max: 1000, noNaN: true }),
  max_scale_up_rate: fc.double({ min: 1.01, max: 2000, noNaN: true }), max_scale_down_rate: fc.double({ min: 1.01, max: 100, noNaN: true }),
  scale_to_zero_grace_period_s: seconds(1, 3600), scale_down_delay_s: seconds(0, 3600), enable_scale_to_zero: fc.boolean(), tick_s: seconds(1, 60),
}, { requiredKeys: ['policy'] });

const rayRaw = fc.record({
  policy: fc.constant('ray'), min_replicas: fc.integer({ min: 0, max: 10 }), max_replicas: fc.integer({ min: 1, max: 50 }), initial_replicas: maybe(fc.integer({ min: 0, max: 50 })),
  target_ongoing_requests: positive(500), look_back_period_s: fc.double({ min: 1, max: 3600, noNaN: true }), upscale_delay_s: seconds(0, 3600),
  downscale_delay_s: seconds(0, 7200), upscaling_factor: positive(100), downscaling_factor: positive(100),
}, { requiredKeys: ['policy'] });

const sagemakerRaw = fc.record({
  policy: fc.constant('sagemaker'), min_capacity: fc.integer({ min: 0, max: 10 }), max_capacity: fc.integer({ min: 1, max: 50 }), initial_capacity: maybe(fc.integer({ min: 0, max: 50 })),
  target_value: positive(100000), scale_out_cooldown_s: seconds(0, 3600), scale_in_cooldown_s: seconds(0, 3600), disable_scale_in: fc.boolean(),
}, { requiredKeys: ['policy', 'max_capacity'] });

const aibrixRaw = fc.record({
  policy: fc.constantFrom('aibrix-apa', 'aibrix-kpa'), min_replicas: fc.integer({ min: 0, max: 10 }), max_replicas: fc.integer({ min: 1, max: 50 }),
  initial_replicas: maybe(fc.integer({ min: 0, max: 50 })), target_metric: fc.constantFrom('gpu_cache_usage_perc', 'num_requests_waiting', 'rps'),
  target_value: positive(100), max_scale_up_rate: fc.double({ min: 1, max: 10, noNaN: true }), max_scale_down_rate: fc.double({ min: 1, max: 10, noNaN: true }),
  scale_up_tolerance: fc.double({ min: 0, max: 1, noNaN: true }), scale_down_tolerance: fc.double({ min: 0, max: 0.9, noNaN: true }),
  scale_up_cooldown_window_s: seconds(0, 600), scale_down_cooldown_window_s: seconds(0, 3600), stable_window_s: seconds(1, 600), reconcile_interval_s: seconds(1, 60),
}, { requiredKeys: ['policy'] }).map((raw) => (raw.policy === 'aibrix-kpa' ? { ...raw, panic_threshold: 2.5, panic_window_s: 30 } : raw));

const llmRaw = fc.oneof(
  fc.record({ policy: fc.constant('llm-d-saturation'), max_replicas: fc.integer({ min: 1, max: 50 }), kv_cache_threshold: fc.double({ min: 0.1, max: 1, noNaN: true }), queue_spare_trigger: fc.integer({ min: 0, max: 5 }) }, { requiredKeys: ['policy'] }),
  fc.record({ policy: fc.constant('dynamo-planner'), ttft_ms: positive(5000), itl_ms: positive(200), enable_load_scaling: fc.boolean(), max_gpu_budget: fc.integer({ min: 1, max: 64 }) }, { requiredKeys: ['policy'] }),
);

const lessonRaw = fc.oneof(
  fc.record({ policy: fc.constant('threshold'), upper_threshold: fc.integer({ min: 50, max: 500 }), lower_threshold: fc.integer({ min: 0, max: 49 }), scale_step: fc.integer({ min: 1, max: 4 }), period_s: seconds(1, 120), scale_in_cooldown_s: seconds(0, 600) }),
  fc.record({ policy: fc.constant('target_tracking'), target_utilization: fc.double({ min: 0.05, max: 1, noNaN: true }), capacity_per_server: positive(100), tolerance: fc.double({ min: 0, max: 0.5, noNaN: true }), scale_out_cooldown_s: seconds(0, 600) }),
);

function validPolicy(raw: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<NamedPolicy> {
  const strip = (input: Record<string, unknown>) => Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  return fc.tuple(name, raw)
    .map(([n, input]) => ({ n, checked: validateLabConfig(JSON.parse(JSON.stringify(strip(input)))) }))
    .filter((value) => value.checked.ok)
    .map(({ n, checked }) => ({ name: n, config: (checked as { ok: true; value: LabPolicyConfig }).value }));
}

const GENERATED: readonly [string, fc.Arbitrary<NamedPolicy>, readonly PolicyFormat[]][] = [
  ['HPA', validPolicy(hpaRaw(['pods', 'object', 'external'])), ['lab', 'hpa']],
  ['HPA driven by KEDA', validPolicy(hpaRaw(['external'])), ['keda']],
  ['Knative KPA', validPolicy(kpaRaw), ['lab', 'knative']],
  ['Ray Serve', validPolicy(rayRaw), ['lab', 'ray']],
  ['SageMaker', validPolicy(sagemakerRaw), ['lab', 'sagemaker']],
  ["the lesson's policies in time", validPolicy(lessonRaw), ['lab']],
  ['AIBrix APA and KPA', validPolicy(aibrixRaw), ['lab', 'aibrix']],
  ['llm-d saturation and Dynamo planner', validPolicy(llmRaw), ['lab']],
];

describe('round trip of generated valid configs (fast-check)', () => {
  for (const [what, arbitrary, formats] of GENERATED) {
    it(`${what}: ${formats.join(', ')}`, () => {
      fc.assert(fc.property(arbitrary, fc.constantFrom(...formats), (policy, format) => {
        expect(roundTrip(policy, format)).toEqual(policy);
      }), { numRuns: 60 });
    });
  }
});

describe('every export, to any format, is a document the Lab reads back (fast-check)', () => {
  const anyPolicy = fc.oneof(...GENERATED.map(([, arbitrary]) => arbitrary));
  const FORMATS: readonly PolicyFormat[] = ['lab', 'hpa', 'keda', 'knative', 'ray', 'sagemaker', 'aibrix'];
  it('exports or refuses with a reason; what it exports imports without error', () => {
    fc.assert(fc.property(anyPolicy, fc.constantFrom(...FORMATS), (policy, format) => {
      const exported = exportPolicy(policy, format);
      if (!exported.ok) {
        expect(exported.errors[0]!.message).toMatch(/^Cannot export .*: .+/);
        return;
      }
      const imported = importPolicies(exported.value.text);
      expect(imported.ok ? [] : imported.errors).toEqual([]);
    }), { numRuns: 200 });
  });
});

describe('the per-replica request rate survives every rate format (fast-check)', () => {
  const anyPolicy = fc.oneof(...GENERATED.map(([, arbitrary]) => arbitrary));
  it('the target rate read back equals the one written, to a millionth', () => {
    fc.assert(fc.property(anyPolicy, fc.constantFrom<PolicyFormat>('hpa', 'keda', 'knative', 'sagemaker'), (policy, format) => {
      const before = rateTracking(policy.config);
      if (!before.ok) return;
      const exported = exportPolicy(policy, format);
      if (!exported.ok) return;
      const imported = importPolicies(exported.value.text);
      expect(imported.ok).toBe(true);
      if (!imported.ok) return;
      const after = rateTracking(imported.value[0]!.config);
      expect(after.ok).toBe(true);
      if (after.ok) expect(after.view.target_rps).toBeCloseTo(before.view.target_rps, 4);
    }), { numRuns: 200 });
  });
});
