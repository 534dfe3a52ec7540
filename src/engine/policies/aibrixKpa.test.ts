import { describe, expect, it } from 'vitest';
import { AIBRIX_KPA_DEFAULTS, AIBRIX_KPA_REASONS, aibrixKpaModel, kpaTargetReplicas, shouldEnterPanicMode } from './aibrixKpa';
import { runHarness, steadyObservation } from './testHarness';

/**
 * vllm-project/aibrix pkg/controller/podautoscaler/algorithm/kpa_test.go, TestKPAAlgorithm_ComputeTargetReplicas (target
 * 10, tolerances 0 in its mock context). activation_scale_from_zero is left out: the Lab's context, like AIBrix's base
 * context, has activation scale 1.
 */
const KPA_TEST_ROWS: readonly [name: string, current: number, stable: number, panic: number, upRate: number, inPanic: boolean, maxPanicPods: number, expected: number][] = [
  ['stable_mode_basic_scaling', 2, 20, 20, 2, false, 0, 2],
  ['panic_mode_scaling_up', 2, 30, 40, 2, true, 2, 4],
  ['panic_mode_no_scale_down', 5, 20, 20, 2, true, 5, 5],
  ['scale_to_zero', 1, 0, 0, 2, false, 0, 0],
  ['max_scale_up_rate_limit', 2, 100, 100, 1.5, false, 0, 3],
  ['max_scale_down_rate_limit', 4, 5, 5, 2, false, 0, 2],
];

describe('AIBrix KPA: computeTargetReplicas against its own unit test', () => {
  for (const [name, current, stable, panic, upRate, inPanic, maxPanicPods, expected] of KPA_TEST_ROWS) {
    it(name, () => {
      const knobs = { target_value: 10, scale_up_tolerance: 0, scale_down_tolerance: 0, max_scale_up_rate: upRate, max_scale_down_rate: 2 };
      expect(kpaTargetReplicas(current, stable, panic, knobs, inPanic, maxPanicPods).replicas).toBe(expected);
    });
  }

  it('shouldEnterPanicMode: a stable value of 0 panics; otherwise panic / stable above the threshold', () => {
    expect(shouldEnterPanicMode(0, 0, 2)).toBe(true);
    expect(shouldEnterPanicMode(10, 20, 2)).toBe(false);
    expect(shouldEnterPanicMode(10, 21, 2)).toBe(true);
  });
});

describe('AIBrix KPA in the Lab, as the source at e3e10f9 computes it', () => {
  it('divides the per-pod MEAN by the per-pod target as a total: 8 pods at KV 0.9 scale DOWN to 4', () => {
    const obs = steadyObservation({ t: 179, ready: 8, gauges: { kvUsage: 0.9 } });
    const { decision } = aibrixKpaModel.decide(AIBRIX_KPA_DEFAULTS, aibrixKpaModel.init(AIBRIX_KPA_DEFAULTS), obs);
    expect(decision.raw).toBe(4); // ceil(0.9 / 0.5) = 2, held by max-scale-down-rate at floor(8 / 2) = 4
    expect(decision.desired).toBe(4);
    expect(aibrixKpaModel.explain(AIBRIX_KPA_DEFAULTS, decision, obs)).toMatch(/the MEAN per pod, divided by the per-pod target 0\.5 as if it were a total -> ceil\(1\.8\) = 2 pods whatever the pod count/);
  });

  it('settles at ceil(mean / target) pods however high the load: the consequence the learner sees', () => {
    // the fleet holds 6 "pods' worth" of KV: spread over n pods each is at min(1, 3 / n)
    const run = runHarness({
      model: aibrixKpaModel, config: AIBRIX_KPA_DEFAULTS, seconds: 1800, arrivals: () => 0,
      gauges: (_, ready) => ({ kvUsage: ready > 0 ? Math.min(1, 3 / ready) : 0 }),
    });
    expect(run.desiredAt(1799)).toBeLessThanOrEqual(2);
  });

  it('a stable value of 0 is panic mode (mode 1), and a panic value far above the stable one too', () => {
    const calm = steadyObservation({ t: 179, ready: 2, gauges: { kvUsage: 0 } });
    const d = aibrixKpaModel.decide(AIBRIX_KPA_DEFAULTS, aibrixKpaModel.init(AIBRIX_KPA_DEFAULTS), calm).decision;
    expect(d.mode).toBe(1);
    expect(AIBRIX_KPA_REASONS[d.reason]).toBe('panic');
    expect(d.desired).toBe(1); // ceil(0) = 0 held at floor(2 / 2) = 1, then minReplicas 1
  });
});
