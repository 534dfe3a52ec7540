/**
 * `lab decide`: the upstream projects' own test rows fed as observations, agreement with a Lab run second by second,
 * and the stdin:LINE errors.
 */
import { describe, expect, it } from 'vitest';
import { validateLabConfig } from '../formats/validators';
import { HPA_DEFAULTS } from '../policies/hpa';
import { KPA_DEFAULTS } from '../policies/kpa';
import { RAY_DEFAULTS } from '../policies/ray';
import { SAGEMAKER_DEFAULTS } from '../policies/sagemaker';
import { THRESHOLD_TIME_DEFAULTS } from '../policies/threshold';
import { TARGET_TRACKING_TIME_DEFAULTS } from '../policies/targetTracking';
import type { LabPolicyConfig, NamedPolicy } from '../policies/types';
import { decideLines } from './decide';
import { DEFAULT_PLATFORM } from './platform';
import { simulateTime } from './simulateTime';
import { scenarioProfile } from './traffic';

const config = (input: unknown): LabPolicyConfig => {
  const checked = validateLabConfig(input);
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  return checked.value;
};
const lines = (...observations: unknown[]) => observations.map((o) => JSON.stringify(o)).join('\n');
const decide = (c: LabPolicyConfig, text: string) => {
  const result = decideLines(c, text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
};

describe('lab decide replays kubernetes replica_calculator_test.go', () => {
  const hpa = (metric: object) => config({ policy: 'hpa', min_replicas: 1, max_replicas: 20, metrics: [metric] });
  it('TestReplicaCalcScaleDownCMObject: 5 ready pods, object value 12 vs Value target 20 -> 3 (raw); the first sync keeps 5', () => {
    const [first] = decide(hpa({ type: 'object', name: 'qps', target_value: 20, target_type: 'value' }), lines({ t: 0, ready: 5, starting: 0, metrics: { qps: 12 } }));
    expect(first).toMatchObject({ t: 0, decided: true, raw: 3, desired: 5 });
    expect(first!.reason).toMatch(/stabilization window/);
  });
  it('TestReplicaCalcScaleDownCMExternal: 5 ready pods, external value 8.6 vs Value target 14.334 -> 3', () => {
    const [first] = decide(hpa({ type: 'external', name: 'qps', target_value: 14.334, target_type: 'value' }), lines({ t: 0, ready: 5, metrics: { qps: 8.6 } }));
    expect(first!.raw).toBe(3);
  });
  it('TestReplicaCalcScaleDownPerPodCMObject: object total 6 vs AverageValue target 2 per pod -> 3', () => {
    const [first] = decide(hpa({ type: 'object', name: 'qps', target_value: 2 }), lines({ t: 0, ready: 5, metrics: { qps: 6 } }));
    expect(first!.raw).toBe(3);
  });
  it('TestReplicaCalcScaleDownCM: pods at 12 each vs AverageValue 20 -> 3, per-replica values or their total alike', () => {
    const c = hpa({ type: 'pods', name: 'qps', target_value: 20 });
    expect(decide(c, lines({ t: 0, ready: 5, metrics: { qps: [12, 12, 12, 12, 12] } }))[0]!.raw).toBe(3);
    expect(decide(c, lines({ t: 0, ready: 5, metrics: { qps: 60 } }))[0]!.raw).toBe(3);
  });
  it('TestReplicaCalcScaleDown: CPU 10, 30, 50, 25, 25 % of request (mean 28) vs target 50 -> 3', () => {
    const [first] = decide(hpa({ type: 'cpu', target_utilization_percent: 50 }), lines({ t: 0, ready: 5, metrics: { cpu: [10, 30, 50, 25, 25] } }));
    expect(first!.raw).toBe(3);
  });
});

describe('lab decide replays kubernetes horizontal_test.go', () => {
  it('the first sync records the current count (recordInitialRecommendation): no scale-down within the 30 s window (kept strictly after now - 30 s), then down', () => {
    const c = config({ policy: 'hpa', min_replicas: 1, max_replicas: 10, metrics: [{ type: 'pods', name: 'qps', target_value: 20 }], behavior: { scale_down: { stabilization_window_s: 30 } } });
    const out = decide(c, Array.from({ length: 46 }, (_, t) => JSON.stringify({ t, ready: 5, metrics: { qps: 60 } })).join('\n'));
    expect(out.filter((line) => line.decided).map((line) => [line.t, line.raw, line.desired])).toEqual([[0, 3, 5], [15, 3, 5], [30, 3, 3], [45, 3, 3]]);
  });
});

describe('lab decide replays knative autoscaler_test.go and ray test_autoscaling_policy.py', () => {
  it('TestAutoscalerStableModeIncreaseWithConcurrencyDefault: concurrency 50, target 10 -> 5; then 100 -> 10', () => {
    const c = config({ ...KPA_DEFAULTS, target: 10, target_utilization_percent: 100, stable_window_s: 6 });
    const out = decide(c, lines({ t: 0, ready: 1, metrics: { concurrency: 50 } }, { t: 1, ready: 1, metrics: { concurrency: 50 } }, { t: 2, ready: 1, metrics: { concurrency: 100 } }));
    expect(out.map((line) => line.desired)).toEqual([5, 5, 10]);
    expect(out.map((line) => line.decided)).toEqual([true, false, true]);
  });
  it('TestCalculateDesiredNumReplicas.test_bounds_checking: 10 replicas, 150 and 50 ongoing each, target 100 -> max 11, min 9', () => {
    const c = config({ policy: 'ray', min_replicas: 9, max_replicas: 11, initial_replicas: 10, target_ongoing_requests: 100, upscale_delay_s: 0, downscale_delay_s: 0 });
    expect(decide(c, lines({ t: 0, ready: 10, metrics: { ongoing_requests: 1500 } }))[0]).toMatchObject({ raw: 15, desired: 11 });
    expect(decide(c, lines({ t: 0, ready: 10, metrics: { ongoing_requests: 500 } }))[0]).toMatchObject({ raw: 5, desired: 9 });
  });
});

describe('lab decide agrees with a Lab run, second by second', () => {
  const platform = DEFAULT_PLATFORM;
  const policies: NamedPolicy[] = [
    { name: 'hpa', config: { ...HPA_DEFAULTS, max_replicas: 30, sync_period_s: 1, metrics: [{ type: 'pods', target_value: 6 }], behavior: { scale_down: { stabilization_window_s: 60 } } } },
    { name: 'kpa', config: { ...KPA_DEFAULTS, target: 3, max_scale: 30, tick_s: 1 } },
    { name: 'ray', config: { ...RAY_DEFAULTS, max_replicas: 30, upscale_delay_s: 5, downscale_delay_s: 60 } },
    { name: 'threshold', config: { ...THRESHOLD_TIME_DEFAULTS, period_s: 1, scale_in_cooldown_s: 30 } },
    { name: 'target tracking', config: { ...TARGET_TRACKING_TIME_DEFAULTS, period_s: 1, max_servers: 30 } },
  ];
  for (const policy of policies) {
    it(`${policy.name}: the run's observations fed to decide give the run's decisions`, () => {
      const [trace] = simulateTime({ traffic: scenarioProfile('spike', 900), seconds: 900, seed: 3, arrivals: 'poisson', platform, policies: [policy] });
      const observations = Array.from({ length: trace!.seconds }, (_, t) => {
        const ready = trace!.ready[t]!;
        const ongoing = trace!.queue[t]! + (trace!.served[t]! * platform.service_ms) / 1000;
        const busy = ready > 0 ? Math.min(1, trace!.served[t]! / (ready * platform.capacity)) : 0;
        const metrics = { requests_per_second: trace!.arrivals[t]!, rps: trace!.arrivals[t]!, load: trace!.arrivals[t]!, concurrency: ongoing, ongoing_requests: ongoing, cpu: busy * 100 * ready };
        return JSON.stringify({ t, ready, starting: trace!.provisioning[t]!, metrics });
      });
      const out = decide(policy.config, observations.join('\n'));
      expect(out.map((line) => line.desired)).toEqual(Array.from(trace!.desired));
      expect(out.map((line) => (line.decided ? 1 : 0))).toEqual(Array.from(trace!.decided));
      expect(out.filter((line) => line.decided).map((line) => line.raw)).toEqual(Array.from(trace!.desiredRaw).filter((_, t) => trace!.decided[t] === 1));
      expect(new Set(trace!.desired).size).toBeGreaterThan(2); // the run scaled both ways, so the agreement says something
    });
  }
});

describe('lab decide agrees with a SageMaker run (a 60 s period), fed from the run\'s first decision on', () => {
  it('makes the run\'s decisions second by second when the first minute is steady (its window is the same minute)', () => {
    const policy: NamedPolicy = { name: 'sagemaker', config: { ...SAGEMAKER_DEFAULTS, scale_in_cooldown_s: 120 } };
    const traffic = { points: [{ t: 0, rps: 4 }, { t: 120, rps: 40 }, { t: 1200, rps: 2 }] };
    const [trace] = simulateTime({ traffic, seconds: 3600, seed: 1, arrivals: 'exact', platform: DEFAULT_PLATFORM, policies: [policy] });
    const first = 59; // the run's controller first wakes at the end of its first minute
    const observations = [];
    for (let t = first; t < trace!.seconds; t++) {
      observations.push(JSON.stringify({ t, ready: trace!.ready[t]!, starting: trace!.provisioning[t]!, metrics: { invocations_per_instance: trace!.arrivals[t]! * 60 } }));
    }
    const out = decide(policy.config, observations.join('\n'));
    expect(out.map((line) => line.desired)).toEqual(Array.from(trace!.desired).slice(first));
    expect(out.map((line) => (line.decided ? 1 : 0))).toEqual(Array.from(trace!.decided).slice(first));
    expect(Math.max(...trace!.desired)).toBeGreaterThan(3);
    expect(trace!.desired[trace!.seconds - 1]).toBeLessThan(Math.max(...trace!.desired));
  });
});

describe('lab decide refuses a bad line at its place', () => {
  const c = config({ ...RAY_DEFAULTS });
  const error = (text: string) => {
    const result = decideLines(c, text);
    return result.ok ? undefined : result.errors[0];
  };
  it('names the line, what is wrong and what to do', () => {
    expect(error('{"t": 0, "ready": 1, "metrics": {"ongoing_requests": 2}}\n\n{"t": 0, "ready": 1}')).toEqual({
      path: 'stdin:3', message: 't must be 1 (one more than the line before), got 0', hint: 'give one line per second, in order, with no gap',
    });
    expect(error('{"t": 0, "ready": 1, "metrics": {}}')).toMatchObject({ path: 'stdin:1', message: 'metric "ongoing_requests" is missing' });
    expect(error('{"t": 0, "ready": 2, "metrics": {"ongoing_requests": [1]}}')?.message).toBe('metric "ongoing_requests" has 1 per-replica values for 2 ready replicas');
    expect(error('not json')?.message).toMatch(/^not JSON/);
    expect(error('{"t": 0, "redy": 1}')?.message).toBe('unknown key "redy"');
    expect(error('{"t": 0, "ready": -1}')?.path).toBe('stdin:1');
  });
});

describe('KPA initial-scale, as kpa.go (pkg/reconciler/autoscaling/kpa: computeActiveCondition after the scale)', () => {
  it('is marked reached after the bounds of the reconcile that sees it ready, so the lower bound lifts one decision later', () => {
    const config = { ...KPA_DEFAULTS, initial_scale: 3 };
    const lines = [0, 1, 2].map((t) => JSON.stringify({ t, ready: 3, metrics: { concurrency: 0 } })).join('\n');
    const out = decideLines(config, lines);
    expect(out.ok && out.value.filter((line) => line.decided).map((line) => line.desired)).toEqual([3, 1]);
  });
});
