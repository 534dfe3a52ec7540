/**
 * AIBrix APA (Application-specific Pod Autoscaling), one reconciliation every 10 s.
 * Source: vllm-project/aibrix `pkg/controller/podautoscaler/algorithm/apa.go` (computeTargetReplicas, at e3e10f9), with
 * the shared pieces in aibrix.ts. With r = per-pod value / targetValue:
 *   r > 1 + up-tolerance:   desired = min(ceil(current x r), ceil(current x max-scale-up-rate))
 *   r < 1 - down-tolerance: desired = max(ceil(current x r), floor(current / max-scale-down-rate))
 *   otherwise:              keep the current count.
 * The per-pod value is the metrics client's stable window (180 s) average of each scrape's mean over pods.
 * At zero replicas ceil(0 x r) = 0: APA never scales up from zero on a metric its pods report.
 */
import { formatNumber, plural } from '../format';
import {
  AIBRIX_KNOBS, AIBRIX_KNOB_DEFAULTS, AIBRIX_SOURCE, aibrixBounds, aibrixMetric, describeAibrixMetric, invalid, round2,
  stabilizeRecommendation, validateAibrixKnobs, type AibrixRecommendation,
} from './aibrix';
import type { Result, ValidationError } from '../lesson/validate';
import type { AibrixApaConfig, AibrixKnobs, Decision, Observation, PolicyModel } from './types';

export const AIBRIX_APA_DEFAULTS: AibrixApaConfig = { policy: 'aibrix-apa', ...AIBRIX_KNOB_DEFAULTS };

export const APA_REASONS = [
  'withinTolerance', 'scaleUp', 'scaleUpCapped', 'scaleDown', 'scaleDownCapped', 'noMetrics', 'boundsFirst',
  'clampedMax', 'clampedMin', 'upStabilized', 'downStabilized',
] as const;
export type ApaReason = (typeof APA_REASONS)[number];
const CODE = Object.fromEntries(APA_REASONS.map((reason, i) => [reason, i])) as Readonly<Record<ApaReason, number>>;

export interface AibrixState {
  readonly recommendations: readonly AibrixRecommendation[];
}

/** apa.go `computeTargetReplicas`, float for float. */
export function apaTargetReplicas(
  currentPodCount: number, currentUsePerPod: number, knobs: Pick<AibrixKnobs, 'target_value' | 'scale_up_tolerance' | 'scale_down_tolerance' | 'max_scale_up_rate' | 'max_scale_down_rate'>,
): { readonly replicas: number; readonly reason: ApaReason } {
  const expectedUse = knobs.target_value;
  if (currentUsePerPod / expectedUse > 1 + knobs.scale_up_tolerance) {
    const maxScaleUp = Math.ceil(knobs.max_scale_up_rate * currentPodCount);
    const expectedPods = Math.ceil(currentPodCount * (currentUsePerPod / expectedUse));
    return expectedPods > maxScaleUp ? { replicas: maxScaleUp, reason: 'scaleUpCapped' } : { replicas: expectedPods, reason: 'scaleUp' };
  }
  if (currentUsePerPod / expectedUse < 1 - knobs.scale_down_tolerance) {
    const maxScaleDown = Math.floor(currentPodCount / knobs.max_scale_down_rate);
    const expectedPods = Math.ceil(currentPodCount * (currentUsePerPod / expectedUse));
    return expectedPods < maxScaleDown ? { replicas: maxScaleDown, reason: 'scaleDownCapped' } : { replicas: expectedPods, reason: 'scaleDown' };
  }
  return { replicas: currentPodCount, reason: 'withinTolerance' };
}

function decision(raw: number, desired: number, metric: number, reason: ApaReason, mode = 0): Decision {
  return { raw, desired, metric, reason: CODE[reason], mode };
}

/** applyConstraints, then stabilizeRecommendation, then [min, max], as computeScaleDecision does after the algorithm. */
export function aibrixFinish(
  knobs: AibrixKnobs, state: AibrixState, now: number, current: number, recommended: number,
): { readonly state: AibrixState; readonly desired: number; readonly stabilized: 'up' | 'down' | undefined; readonly clamped: 'max' | 'min' | undefined } {
  const constrained = Math.min(knobs.max_replicas, Math.max(knobs.min_replicas, recommended));
  const s = stabilizeRecommendation(state.recommendations, now, constrained, current, knobs.scale_up_cooldown_window_s, knobs.scale_down_cooldown_window_s);
  const desired = Math.min(knobs.max_replicas, Math.max(knobs.min_replicas, s.replicas));
  const clamped = recommended > knobs.max_replicas ? 'max' : recommended < knobs.min_replicas ? 'min' : undefined;
  const stabilized = s.replicas === constrained ? undefined : s.replicas > constrained ? 'up' : 'down';
  return { state: { recommendations: s.history }, desired, stabilized, clamped };
}

function decide(config: AibrixApaConfig, state: AibrixState, obs: Observation): { state: AibrixState; decision: Decision } {
  const { current } = obs;
  const bound = aibrixBounds(config, current);
  if (bound !== undefined) return { state, decision: decision(current, bound, 0, 'boundsFirst') };
  const value = aibrixMetric(obs.history, config.target_metric, obs.t, config.stable_window_s);
  if (value === undefined) return { state, decision: decision(current, current, 0, 'noMetrics') };
  const apa = apaTargetReplicas(current, value, config);
  const done = aibrixFinish(config, state, obs.t, current, apa.replicas);
  const reason: ApaReason = done.clamped === 'max' ? 'clampedMax' : done.clamped === 'min' ? 'clampedMin'
    : done.stabilized === 'up' ? 'upStabilized' : done.stabilized === 'down' ? 'downStabilized' : apa.reason;
  return { state: done.state, decision: decision(apa.replicas, done.desired, value, reason) };
}

function explain(config: AibrixApaConfig, d: Decision, obs: Pick<Observation, 't' | 'ready' | 'current'>): string {
  const reason = APA_REASONS[d.reason] ?? 'withinTolerance';
  if (reason === 'noMetrics') return `AIBrix APA: no pod reported ${config.target_metric} in the last ${formatNumber(config.stable_window_s)} s, so the controller cannot compute a recommendation; keeps ${plural(d.desired, 'replica')}`;
  if (reason === 'boundsFirst') return `AIBrix APA: current replicas ${obs.current} are outside [${config.min_replicas}, ${config.max_replicas}]; set to ${d.desired}`;
  const ratio = d.metric / config.target_value;
  const head = `AIBrix APA: ${describeAibrixMetric(config)} ${round2(d.metric)} per pod (mean over ${formatNumber(config.stable_window_s)} s) / target ${formatNumber(config.target_value)} = ${round2(ratio)}`;
  const up = `ceil(${obs.current} x ${round2(ratio)}) = ${Math.ceil(obs.current * ratio)}`;
  switch (reason) {
    case 'withinTolerance': return `${head}, within [1 - ${formatNumber(config.scale_down_tolerance)}, 1 + ${formatNumber(config.scale_up_tolerance)}]: keeps ${d.desired}`;
    case 'scaleUp': return `${head} > 1 + scale-up tolerance ${formatNumber(config.scale_up_tolerance)} -> ${up}; scale up to ${d.desired}`;
    case 'scaleUpCapped': return `${head} -> ${up}, capped by max-scale-up-rate ${formatNumber(config.max_scale_up_rate)} at ceil(${formatNumber(config.max_scale_up_rate)} x ${obs.current}) = ${d.raw}; scale up to ${d.desired}`;
    case 'scaleDown': return `${head} < 1 - scale-down tolerance ${formatNumber(config.scale_down_tolerance)} -> ${up}; scale down to ${d.desired}`;
    case 'scaleDownCapped': return `${head} -> ${up}, held by max-scale-down-rate ${formatNumber(config.max_scale_down_rate)} at floor(${obs.current} / ${formatNumber(config.max_scale_down_rate)}) = ${d.raw}; scale down to ${d.desired}`;
    case 'clampedMax': return `${head} -> ${d.raw}; clamped to maxReplicas ${config.max_replicas}`;
    case 'clampedMin': return `${head} -> ${d.raw}; clamped to minReplicas ${config.min_replicas}`;
    case 'upStabilized': return `${head} -> ${d.raw}; the scale-up cooldown window (${formatNumber(config.scale_up_cooldown_window_s)} s) holds a higher recent recommendation: ${d.desired}`;
    case 'downStabilized': return `${head} -> ${d.raw}; the scale-down cooldown window (${formatNumber(config.scale_down_cooldown_window_s)} s) picks the lowest recent recommendation: ${d.desired}`;
  }
}

export function validateAibrixApaConfig(input: unknown): Result<AibrixApaConfig> {
  const errors: ValidationError[] = [];
  const checked = validateAibrixKnobs(errors, input, 'aibrix-apa', []);
  if (checked === undefined || errors.length > 0) return invalid(errors);
  return { ok: true, value: { policy: 'aibrix-apa', ...checked.knobs } };
}

export const AIBRIX_LEAVES_OUT = 'This model leaves out the metric fetch itself (the controller scrapes each pod\'s /metrics; the Lab reads the gauge every second), the spec.metricsSources beyond the first, the HPA strategy (a plain HPA), scaling schedules, the activation scale and the older annotations AIBrix\'s samples still carry (up-fluctuation-tolerance, apa.autoscaling.aibrix.ai/window, kpa.autoscaling.aibrix.ai/scale-down-delay), which the controller at e3e10f9 no longer reads; the scale-to-zero annotation is parsed but nothing reads it.';

export const aibrixApaModel: PolicyModel<AibrixApaConfig, AibrixState> = {
  kind: 'aibrix-apa',
  title: 'AIBrix APA (PodAutoscaler)',
  source: `vllm-project/aibrix pkg/controller/podautoscaler/algorithm/apa.go (ComputeRecommendation, computeTargetReplicas) and its apa_test.go; ${AIBRIX_SOURCE}`,
  leavesOut: AIBRIX_LEAVES_OUT,
  defaults: AIBRIX_APA_DEFAULTS,
  knobs: AIBRIX_KNOBS,
  metricUnit: (config) => `${config.target_metric} per pod`,
  periodS: (config) => config.reconcile_interval_s,
  bounds: (config) => ({ min: config.min_replicas, max: config.max_replicas, initial: config.initial_replicas }),
  zeroBehaviour: () => 'fail',
  init: () => ({ recommendations: [] }),
  decide,
  explain,
};
