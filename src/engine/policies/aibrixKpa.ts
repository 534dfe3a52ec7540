/**
 * AIBrix KPA (Knative-style, stable and panic windows), one reconciliation every 10 s.
 * Source: vllm-project/aibrix `pkg/controller/podautoscaler/algorithm/kpa.go` at e3e10f9 (ComputeRecommendation,
 * shouldEnterPanicMode, computeTargetReplicas), with the shared pieces in aibrix.ts.
 *
 * What the source does, modelled as it is: the metrics client stores the MEAN of the per-pod values (metrics/client.go
 * UpdateMetrics), and KPA computes desired pods = ceil(stable value / targetValue), Knative's formula for a TOTAL. So
 * its answer does not grow with the pod count: 8 pods at KV usage 0.9 against a target of 0.5 give ceil(1.8) = 2, and
 * KPA scales 8 down to 4 (then 2), the fleet's load piling onto fewer pods. Panic mode is decided afresh every time
 * (panic value / stable value > panic-threshold, or a stable value of 0), and the base scaling context's
 * GetMaxPanicPods always returns 0, so "no scale-down while panicking" never holds in the running controller (the
 * algorithm's own unit test, with a mock context that remembers, shows what it was meant to do).
 */
import { formatNumber, plural } from '../format';
import {
  AIBRIX_KNOBS, AIBRIX_KNOB_DEFAULTS, AIBRIX_KPA_EXTRA_KNOBS, AIBRIX_SOURCE, aibrixBounds, aibrixMetric, describeAibrixMetric, invalid,
  round2, validateAibrixKnobs,
} from './aibrix';
import { AIBRIX_LEAVES_OUT, aibrixFinish, type AibrixState } from './aibrixApa';
import { numberField } from './configCheck';
import type { Result, ValidationError } from '../lesson/validate';
import type { AibrixKnobs, AibrixKpaConfig, Decision, Observation, PolicyModel } from './types';

export const AIBRIX_KPA_DEFAULTS: AibrixKpaConfig = { policy: 'aibrix-kpa', ...AIBRIX_KNOB_DEFAULTS, panic_window_s: 60, panic_threshold: 2 };

export const AIBRIX_KPA_REASONS = ['stable', 'panic', 'withinTolerance', 'noMetrics', 'boundsFirst', 'clampedMax', 'clampedMin', 'upStabilized', 'downStabilized'] as const;
export type AibrixKpaReason = (typeof AIBRIX_KPA_REASONS)[number];
const CODE = Object.fromEntries(AIBRIX_KPA_REASONS.map((reason, i) => [reason, i])) as Readonly<Record<AibrixKpaReason, number>>;

/** kpa.go `shouldEnterPanicMode`. */
export function shouldEnterPanicMode(stableValue: number, panicValue: number, panicThreshold: number): boolean {
  if (stableValue <= 0) return true;
  return panicValue / stableValue > panicThreshold;
}

type KpaKnobs = Pick<AibrixKnobs, 'target_value' | 'scale_up_tolerance' | 'scale_down_tolerance' | 'max_scale_up_rate' | 'max_scale_down_rate'>;

/** kpa.go `computeTargetReplicas`, float for float (activation scale 1, as the base context returns). */
export function kpaTargetReplicas(
  currentPodCount: number, stableValue: number, panicValue: number, knobs: KpaKnobs, inPanicMode: boolean, maxPanicPods: number,
): { readonly replicas: number; readonly maxPanicPods: number; readonly withinTolerance: boolean } {
  const target = knobs.target_value;
  const readyPodsCount = Math.max(0, currentPodCount);
  const maxScaleUp = Math.max(1, Math.ceil(knobs.max_scale_up_rate * readyPodsCount));
  const maxScaleDown = Math.floor(readyPodsCount / knobs.max_scale_down_rate);
  const scaleUpThreshold = target * (1 + knobs.scale_up_tolerance);
  const scaleDownThreshold = target * (1 - knobs.scale_down_tolerance);
  const stableOut = stableValue > scaleUpThreshold || stableValue < scaleDownThreshold;
  const dspc = stableOut ? Math.ceil(stableValue / target) : currentPodCount;
  const dppc = panicValue > scaleUpThreshold || panicValue < scaleDownThreshold ? Math.ceil(panicValue / target) : currentPodCount;
  const desiredStable = Math.trunc(Math.min(Math.max(dspc, maxScaleDown), maxScaleUp));
  const desiredPanic = Math.trunc(Math.min(Math.max(dppc, maxScaleDown), maxScaleUp));
  if (!inPanicMode) return { replicas: desiredStable, maxPanicPods, withinTolerance: !stableOut };
  let desired = Math.max(desiredStable, desiredPanic);
  let kept = maxPanicPods;
  if (desired > kept) kept = desired;
  desired = kept;
  return { replicas: desired, maxPanicPods: kept, withinTolerance: false };
}

function decision(raw: number, desired: number, metric: number, reason: AibrixKpaReason, mode: number): Decision {
  return { raw, desired, metric, reason: CODE[reason], mode };
}

function decide(config: AibrixKpaConfig, state: AibrixState, obs: Observation): { state: AibrixState; decision: Decision } {
  const { current } = obs;
  const bound = aibrixBounds(config, current);
  if (bound !== undefined) return { state, decision: decision(current, bound, 0, 'boundsFirst', 0) };
  const stable = aibrixMetric(obs.history, config.target_metric, obs.t, config.stable_window_s);
  const panic = aibrixMetric(obs.history, config.target_metric, obs.t, config.panic_window_s);
  if (stable === undefined || panic === undefined) return { state, decision: decision(current, current, 0, 'noMetrics', 0) };
  const inPanic = shouldEnterPanicMode(stable, panic, config.panic_threshold);
  // the base scaling context's GetMaxPanicPods returns 0 and SetMaxPanicPods keeps nothing
  const kpa = kpaTargetReplicas(current, stable, panic, config, inPanic, 0);
  const done = aibrixFinish(config, state, obs.t, current, kpa.replicas);
  const reason: AibrixKpaReason = done.clamped === 'max' ? 'clampedMax' : done.clamped === 'min' ? 'clampedMin'
    : done.stabilized === 'up' ? 'upStabilized' : done.stabilized === 'down' ? 'downStabilized'
      : kpa.withinTolerance ? 'withinTolerance' : inPanic ? 'panic' : 'stable';
  return { state: done.state, decision: decision(kpa.replicas, done.desired, inPanic ? panic : stable, reason, inPanic ? 1 : 0) };
}

function explain(config: AibrixKpaConfig, d: Decision, obs: Pick<Observation, 't' | 'ready' | 'current'>): string {
  const reason = AIBRIX_KPA_REASONS[d.reason] ?? 'stable';
  if (reason === 'noMetrics') return `AIBrix KPA: no pod reported ${config.target_metric} in the window, so the controller cannot compute a recommendation; keeps ${plural(d.desired, 'replica')}`;
  if (reason === 'boundsFirst') return `AIBrix KPA: current replicas ${obs.current} are outside [${config.min_replicas}, ${config.max_replicas}]; set to ${d.desired}`;
  const mode = d.mode === 1 ? `panic mode (${formatNumber(config.panic_window_s)} s value)` : `stable mode (${formatNumber(config.stable_window_s)} s value)`;
  const head = `AIBrix KPA, ${mode}: ${describeAibrixMetric(config)} ${round2(d.metric)}, the MEAN per pod, divided by the per-pod target ${formatNumber(config.target_value)} as if it were a total -> ceil(${round2(d.metric / config.target_value)}) = ${Math.ceil(d.metric / config.target_value)} pods whatever the pod count`;
  switch (reason) {
    case 'withinTolerance': return `AIBrix KPA, ${mode}: ${describeAibrixMetric(config)} ${round2(d.metric)} per pod is within the tolerance of target ${formatNumber(config.target_value)}: keeps ${d.desired}`;
    case 'stable':
    case 'panic': {
      const wanted = Math.ceil(d.metric / config.target_value);
      const limit = d.raw > wanted && d.raw < obs.current ? `; held by max-scale-down-rate ${formatNumber(config.max_scale_down_rate)} at floor(${obs.current} / ${formatNumber(config.max_scale_down_rate)}) = ${d.raw}`
        : d.raw < wanted && d.raw > obs.current ? `; capped by max-scale-up-rate ${formatNumber(config.max_scale_up_rate)} at ${d.raw}` : '';
      const move = d.desired === obs.current ? '; no change' : d.desired > obs.current ? `; scale up to ${d.desired}` : `; scale down to ${d.desired}`;
      return `${head}${limit}${move}`;
    }
    case 'clampedMax': return `${head}; -> ${d.raw}, clamped to maxReplicas ${config.max_replicas}`;
    case 'clampedMin': return `${head}; -> ${d.raw}, clamped to minReplicas ${config.min_replicas}`;
    case 'upStabilized': return `${head}; -> ${d.raw}, the scale-up cooldown window holds a higher recent recommendation: ${d.desired}`;
    case 'downStabilized': return `${head}; -> ${d.raw}, the scale-down cooldown window (${formatNumber(config.scale_down_cooldown_window_s)} s) picks the lowest recent recommendation: ${d.desired}`;
  }
}

export function validateAibrixKpaConfig(input: unknown): Result<AibrixKpaConfig> {
  const errors: ValidationError[] = [];
  const checked = validateAibrixKnobs(errors, input, 'aibrix-kpa', ['panic_window_s', 'panic_threshold']);
  if (checked === undefined) return invalid(errors);
  const d = AIBRIX_KPA_DEFAULTS;
  const panicWindow = numberField(errors, checked.raw, 'panic_window_s', '', { integer: true, min: 1, max: 3600, what: 'whole seconds from 1 to 3600, e.g. 60' }, d.panic_window_s);
  const threshold = numberField(errors, checked.raw, 'panic_threshold', '', { min: 0, minExclusive: true, max: 100, what: 'a factor above 0, e.g. 2' }, d.panic_threshold);
  if (errors.length > 0 || panicWindow === undefined || threshold === undefined) return invalid(errors);
  return { ok: true, value: { policy: 'aibrix-kpa', ...checked.knobs, panic_window_s: panicWindow, panic_threshold: threshold } };
}

export const aibrixKpaModel: PolicyModel<AibrixKpaConfig, AibrixState> = {
  kind: 'aibrix-kpa',
  title: 'AIBrix KPA (PodAutoscaler)',
  source: `vllm-project/aibrix pkg/controller/podautoscaler/algorithm/kpa.go (ComputeRecommendation, shouldEnterPanicMode, computeTargetReplicas) and its kpa_test.go; ${AIBRIX_SOURCE}`,
  leavesOut: `${AIBRIX_LEAVES_OUT} At e3e10f9 KPA divides the per-pod MEAN by the per-pod target as if it were a total, so its count does not grow with the load spread over more pods; the Lab models that, as the source does.`,
  defaults: AIBRIX_KPA_DEFAULTS,
  knobs: [...AIBRIX_KNOBS, ...AIBRIX_KPA_EXTRA_KNOBS],
  metricUnit: (config) => `${config.target_metric} (mean per pod)`,
  periodS: (config) => config.reconcile_interval_s,
  bounds: (config) => ({ min: config.min_replicas, max: config.max_replicas, initial: config.initial_replicas }),
  zeroBehaviour: () => 'fail',
  init: () => ({ recommendations: [] }),
  decide,
  explain,
};
