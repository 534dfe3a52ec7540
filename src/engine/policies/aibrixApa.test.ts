import { describe, expect, it } from 'vitest';
import { stabilizeRecommendation } from './aibrix';
import { AIBRIX_APA_DEFAULTS, aibrixApaModel, apaTargetReplicas, APA_REASONS, validateAibrixApaConfig } from './aibrixApa';
import { runHarness, steadyObservation } from './testHarness';
import type { AibrixApaConfig } from './types';

/** vllm-project/aibrix pkg/controller/podautoscaler/algorithm/apa_test.go, TestAPAAlgorithm_ComputeTargetReplicas, row by row. */
const APA_TEST_ROWS: readonly [name: string, current: number, target: number, use: number, upRate: number, downRate: number, expected: number][] = [
  ['basic_scale_up', 2, 30, 45, 2, 2, 3],
  ['scale_up_upto_ceiling', 2, 30, 35, 2, 2, 3],
  ['scale_up_upto_max_scale_up', 2, 30, 90, 2, 2, 4],
  ['scale_up_upto_max_scale_up_ceiling', 2, 30, 90, 2.5, 2, 5],
  ['basic_scale_down', 6, 30, 20, 2, 2, 4],
  ['scale_down_upto_ceiling', 6, 30, 18, 2, 2, 4],
  ['scale_down_upto_max_scale_down', 6, 30, 10, 2, 2, 3],
  ['scale_down_upto_max_scale_down_floor', 6, 30, 5, 2, 2.5, 2],
  ['no_scaling_as_within_up_tolerance', 2, 30, 33, 2, 2, 2],
  ['no_scaling_as_within_down_tolerance', 2, 30, 27, 2, 2, 2],
];

describe('AIBrix APA: computeTargetReplicas against its own unit test', () => {
  for (const [name, current, target, use, upRate, downRate, expected] of APA_TEST_ROWS) {
    it(name, () => {
      const knobs = { target_value: target, scale_up_tolerance: 0.1, scale_down_tolerance: 0.1, max_scale_up_rate: upRate, max_scale_down_rate: downRate };
      expect(apaTargetReplicas(current, use, knobs).replicas).toBe(expected);
    });
  }
});

describe('AIBrix stabilizeRecommendation (podautoscaler_controller.go)', () => {
  it('a scale-up with the default 0 s window takes the recommendation itself', () => {
    expect(stabilizeRecommendation([{ t: 5, replicas: 9 }], 10, 4, 2, 0, 300).replicas).toBe(4);
  });
  it('a scale-down takes the LOWEST recommendation of the last 300 s (the source selects the minimum)', () => {
    const history = [{ t: 100, replicas: 1 }, { t: 200, replicas: 3 }];
    expect(stabilizeRecommendation(history, 300, 3, 4, 0, 300).replicas).toBe(1);
    // the one from t = 100 leaves the window at t = 400
    expect(stabilizeRecommendation(history, 400, 3, 4, 0, 300).replicas).toBe(3);
  });
  it('no change keeps the current count and forgets what left the longest window', () => {
    const s = stabilizeRecommendation([{ t: 0, replicas: 1 }], 400, 2, 2, 0, 300);
    expect(s).toEqual({ replicas: 2, history: [{ t: 400, replicas: 2 }] });
  });
});

const kvAt = (config: AibrixApaConfig, kv: number, ready: number, t = 179) => aibrixApaModel.decide(
  config, aibrixApaModel.init(config), steadyObservation({ t, ready, gauges: { kvUsage: kv } }),
);

describe('AIBrix APA in the Lab', () => {
  it('reads gpu_cache_usage_perc as vLLM\'s KV-cache usage per pod, AIBrix\'s sample target 0.5', () => {
    const { decision } = kvAt(AIBRIX_APA_DEFAULTS, 0.75, 3);
    expect(decision.metric).toBeCloseTo(0.75, 9);
    expect(decision.desired).toBe(5); // ceil(3 x 1.5) = 5 <= ceil(2 x 3)
    expect(APA_REASONS[decision.reason]).toBe('scaleUp');
    expect(aibrixApaModel.explain(AIBRIX_APA_DEFAULTS, decision, { t: 179, ready: 3, current: 3 }))
      .toBe('AIBrix APA: gpu_cache_usage_perc 0.75 per pod (mean over 180 s) / target 0.5 = 1.5 > 1 + scale-up tolerance 0.1 -> ceil(3 x 1.5) = 5; scale up to 5');
  });

  it('caps a scale-up at max-scale-up-rate and clamps to maxReplicas', () => {
    expect(kvAt(AIBRIX_APA_DEFAULTS, 1, 2).decision.desired).toBe(4);
    expect(kvAt(AIBRIX_APA_DEFAULTS, 1, 6).decision.desired).toBe(8);
  });

  it('never scales up from zero replicas: ceil(0 x r) = 0 and no pod reports (the 0 -> 1 deadlock)', () => {
    const config = { ...AIBRIX_APA_DEFAULTS, min_replicas: 0, initial_replicas: 0 };
    const run = runHarness({ model: aibrixApaModel, config, seconds: 600, arrivals: () => 5, gauges: (_, ready) => ({ kvUsage: ready > 0 ? 0.9 : 0, gatewayQueue: 50 }) });
    expect(run.steps.every((step) => step.decision.desired === 0)).toBe(true);
    expect(run.steps[0]!.sentence).toMatch(/no pod reported gpu_cache_usage_perc/);
  });

  it('scales up in steps (overshooting: the 180 s mean lags) on a KV usage above target, and down once it falls', () => {
    const run = runHarness({
      model: aibrixApaModel, config: AIBRIX_APA_DEFAULTS, seconds: 1200, arrivals: () => 0,
      gauges: (t, ready) => ({ kvUsage: t < 600 ? Math.min(1, 2.4 / Math.max(1, ready)) : 0.05 }),
    });
    expect(run.steps.slice(0, 4).map((step) => step.decision.desired)).toEqual([2, 4, 7, 8]);
    expect(run.desiredAt(1199)).toBe(1);
  });

  it('validates its knobs with paths and hints', () => {
    const bad = validateAibrixApaConfig({ policy: 'aibrix-apa', target_value: 0, max_scale_up_rate: 0.5, scale_up_cooldwn_window_s: 1 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.path)).toEqual(['scale_up_cooldwn_window_s', 'target_value', 'max_scale_up_rate']);
    expect(validateAibrixApaConfig({ policy: 'aibrix-apa' })).toEqual({ ok: true, value: AIBRIX_APA_DEFAULTS });
  });
});
