import { describe, expect, it } from 'vitest';
import { HPA_DEFAULTS } from './hpaConfig';
import { KEDA_REASON, kedaHpaModel } from './kedaActivation';
import { runHarness } from './testHarness';
import type { HpaConfig } from './types';

/** KServe's docs: KEDA prometheus trigger on vllm:num_requests_running, threshold 2, from zero. */
const on = (name: string, target: number): HpaConfig => ({
  ...HPA_DEFAULTS, min_replicas: 0, initial_replicas: 0, max_replicas: 10, metrics: [{ type: 'external', name, target_value: target }],
  keda: { polling_interval_s: 30, cooldown_period_s: 300 },
});

describe('KEDA activation around the HPA it creates (scale_scaledobjects.go)', () => {
  it('never wakes from zero on a metric the replicas report: no replica, no series, reads 0 (the 0 -> 1 deadlock)', () => {
    const config = on('vllm:num_requests_waiting', 10);
    const run = runHarness({
      model: kedaHpaModel, config, seconds: 600, arrivals: () => 3,
      gauges: (_, ready) => ({ waiting: ready > 0 ? 20 : 0, gatewayQueue: ready > 0 ? 0 : 40 }),
    });
    expect(run.steps.every((step) => step.decision.desired === 0)).toBe(true);
    expect(run.steps[1]!.decision.reason).toBe(KEDA_REASON.idleAtZero);
    expect(run.steps[1]!.sentence).toMatch(/vllm:num_requests_waiting is reported by the replicas, so with none it has no series and reads 0: it can never activate/);
    expect(kedaHpaModel.zeroBehaviour(config)).toBe('fail');
  });

  it('wakes on the gateway\'s queue at the first poll, then the HPA scales 1 -> N', () => {
    const config = on('inference_extension_flow_control_queue_size', 10);
    const run = runHarness({
      model: kedaHpaModel, config, seconds: 200, arrivals: () => 3,
      gauges: (_, ready) => ({ gatewayQueue: ready > 0 ? 35 : 40 }),
    });
    expect(run.desiredAt(28)).toBe(0);
    expect(run.desiredAt(29)).toBe(1); // the first poll (pollingInterval 30 s)
    expect(run.steps.find((step) => step.t === 29)!.sentence).toBe('KEDA: a trigger is active (inference_extension_flow_control_queue_size = 40 > activationThreshold 0) with 0 replicas -> scale from zero to 1; the HPA it created takes over from there');
    expect(run.desiredAt(199)).toBe(4); // ceil(35 / 10) from the HPA's External metric
    expect(kedaHpaModel.zeroBehaviour(config)).toBe('hold');
  });

  it('scales to zero only cooldownPeriod after the last active poll', () => {
    const config = { ...on('vllm:num_requests_running', 2), initial_replicas: 1 };
    const run = runHarness({
      model: kedaHpaModel, config, seconds: 900, arrivals: () => 0,
      gauges: (t, ready) => ({ running: t < 100 && ready > 0 ? 1 : 0 }),
    });
    // last active poll: t = 89; 89 + 300 < t first holds at the poll of t = 419
    expect(run.desiredAt(418)).toBe(1);
    expect(run.desiredAt(419)).toBe(0);
    expect(run.steps.find((step) => step.t === 419)!.decision.reason).toBe(KEDA_REASON.toZero);
  });

  it('with no active poll ever (LastActiveTime nil) it scales to zero at the first poll', () => {
    const config = { ...on('vllm:num_requests_running', 2), initial_replicas: 2 };
    const run = runHarness({ model: kedaHpaModel, config, seconds: 60, arrivals: () => 0 });
    expect(run.desiredAt(29)).toBe(0);
  });

  it('an activationThreshold keeps it at zero until the trigger is above it', () => {
    const base = on('inference_extension_flow_control_queue_size', 10);
    const config: HpaConfig = { ...base, metrics: [{ type: 'external', name: 'inference_extension_flow_control_queue_size', target_value: 10, activation_threshold: 50 }] };
    const run = runHarness({ model: kedaHpaModel, config, seconds: 120, arrivals: () => 0, gauges: (t) => ({ gatewayQueue: t < 60 ? 40 : 60 }) });
    expect(run.desiredAt(59)).toBe(0);
    expect(run.desiredAt(89)).toBe(1);
  });

  it('KServe\'s running-requests trigger, threshold 2: 12 running over 2 replicas -> the HPA asks for ceil(12 / 2) = 6', () => {
    const config = { ...on('vllm:num_requests_running', 2), min_replicas: 0, initial_replicas: 2 };
    const run = runHarness({ model: kedaHpaModel, config, seconds: 30, arrivals: () => 1, gauges: (_, ready) => ({ running: ready > 0 ? 12 : 0 }) });
    expect(run.desiredAt(14)).toBe(4); // the older path caps a scale-up at max(2 x 2, 4) per sync
    expect(run.desiredAt(29)).toBe(6);
  });

  it('without a keda block it is the HPA, decision for decision', () => {
    expect(kedaHpaModel.periodS({ ...HPA_DEFAULTS, sync_period_s: 15 })).toBe(15);
    expect(kedaHpaModel.periodS(on('x', 1))).toBe(15);
  });
});
