/**
 * Kubernetes HorizontalPodAutoscaler (autoscaling/v2), one reconciliation every sync period.
 * Source: kubernetes/kubernetes `pkg/controller/podautoscaler/horizontal.go` (`reconcileAutoscaler`,
 * `normalizeDesiredReplicas`, `normalizeDesiredReplicasWithBehaviors`) and `replica_calculator.go`; the k8s docs
 * "Horizontal Pod Autoscaling". Proposals per metric are in hpaMetrics.ts, stabilization and rate limits in hpaBehavior.ts.
 *
 * Order per sync, as in the controller: the current count outside [min, max] is brought back first; otherwise each metric
 * proposes a count (largest wins, Decision.raw), then the older path (no behavior) keeps the highest recommendation of
 * the last 300 s and caps a scale-up at max(2 x current, 4), or the behavior path stabilizes both ways and applies the
 * Pods/Percent policies from the replica count at each period's start; then [min, max].
 */
import { formatNumber, plural } from '../format';
import {
  keepEvents, limitLegacy, limitWithBehavior, longestPeriod, stabilizeLegacy, stabilizeWithBehavior, type HpaLimit, type Timed,
} from './hpaBehavior';
import { HPA_DEFAULTS, HPA_DEFAULT_SCALE_DOWN, HPA_DEFAULT_SCALE_UP, HPA_DOWNSCALE_STABILIZATION_S, HPA_KNOBS } from './hpaConfig';
import { bestProposal, ceilReplicas } from './hpaMetrics';
import { metricUnitOf } from './signals';
import type { Decision, HpaConfig, HpaMetric, HpaScalingRule, Observation, PolicyModel } from './types';

export { HPA_DEFAULTS, validateHpaConfig } from './hpaConfig';

/** Decision.reason for the HPA; the index is the code. */
export const HPA_REASONS = [
  'withinTolerance', 'scaleUp', 'scaleDown', 'noChange', 'upStabilized', 'downStabilized',
  'upRateLimited', 'downRateLimited', 'clampedMax', 'clampedMin', 'noMetrics', 'notReadyHeld',
] as const;
export type HpaReason = (typeof HPA_REASONS)[number];
const REASON_CODE = Object.fromEntries(HPA_REASONS.map((reason, i) => [reason, i])) as Readonly<Record<HpaReason, number>>;

/** The controller's memory: unstabilized recommendations and scale events (behavior path only), with their seconds. */
export interface HpaState {
  readonly recommendations: readonly Timed[];
  readonly scaleUpEvents: readonly Timed[];
  readonly scaleDownEvents: readonly Timed[];
}

/** The rules in force on the behavior path (the validator fills them; a hand-made partial config gets the API defaults). */
export function hpaRules(config: HpaConfig): { readonly scaleUp: HpaScalingRule; readonly scaleDown: HpaScalingRule } | undefined {
  if (config.behavior === undefined) return undefined;
  return {
    scaleUp: { ...HPA_DEFAULT_SCALE_UP, ...config.behavior.scale_up },
    scaleDown: { ...HPA_DEFAULT_SCALE_DOWN, ...config.behavior.scale_down },
  };
}

function decision(raw: number, desired: number, metric: number, reason: HpaReason, mode = 0): Decision {
  return { raw, desired, metric, reason: REASON_CODE[reason], mode };
}

function limitReason(limit: HpaLimit): HpaReason | undefined {
  switch (limit) {
    case 'ScaleUpLimit': return 'upRateLimited';
    case 'ScaleDownLimit': return 'downRateLimited';
    case 'TooManyReplicas': return 'clampedMax';
    case 'TooFewReplicas': return 'clampedMin';
    case 'DesiredWithinRange': return undefined;
  }
}

function decide(config: HpaConfig, prior: HpaState, obs: Observation): { state: HpaState; decision: Decision } {
  const { current } = obs;
  const now = obs.t;
  const min = config.min_replicas;
  const max = config.max_replicas;
  // `recordInitialRecommendation`: the first sync remembers the current count as a recommendation, so no scale-down
  // happens within the first scale-down stabilization window
  const state = prior.recommendations.length === 0 ? { ...prior, recommendations: [{ t: now, value: current }] } : prior;
  if (current > max) return { state, decision: decision(current, max, 0, 'clampedMax') };
  if (current < min) return { state, decision: decision(current, min, 0, 'clampedMin') };
  const best = bestProposal(config, obs);
  if (best === undefined) return { state, decision: decision(current, current, 0, 'noMetrics') };
  const { proposal } = best;
  const raw = proposal.replicas;
  const mode = proposal.saturated ? 1 : 0;
  const rules = hpaRules(config);

  let stabilized: number;
  let limited: { replicas: number; limit: HpaLimit };
  let next: HpaState;
  if (rules === undefined) {
    const s = stabilizeLegacy(state.recommendations, now, raw, HPA_DOWNSCALE_STABILIZATION_S);
    stabilized = s.recommendation;
    limited = limitLegacy(stabilized, current, min, max);
    next = { recommendations: s.recommendations, scaleUpEvents: state.scaleUpEvents, scaleDownEvents: state.scaleDownEvents };
  } else {
    const s = stabilizeWithBehavior(state.recommendations, now, raw, current, rules.scaleUp.stabilization_window_s, rules.scaleDown.stabilization_window_s);
    stabilized = s.recommendation;
    limited = limitWithBehavior({ desired: stabilized, current, min, max, upEvents: state.scaleUpEvents, downEvents: state.scaleDownEvents, scaleUp: rules.scaleUp, scaleDown: rules.scaleDown, now });
    const keepS = longestPeriod(rules.scaleUp, rules.scaleDown);
    next = {
      recommendations: s.recommendations,
      scaleUpEvents: keepEvents(state.scaleUpEvents, now, keepS, limited.replicas - current),
      scaleDownEvents: keepEvents(state.scaleDownEvents, now, keepS, current - limited.replicas),
    };
  }
  const desired = limited.replicas;
  let reason: HpaReason | undefined = limitReason(limited.limit);
  if (reason === undefined && stabilized !== raw) reason = stabilized > raw ? 'downStabilized' : 'upStabilized';
  if (reason === undefined && proposal.withinTolerance) reason = 'withinTolerance';
  if (reason === undefined && proposal.notReadyHeld) reason = 'notReadyHeld';
  if (reason === undefined) reason = desired > current ? 'scaleUp' : desired < current ? 'scaleDown' : 'noChange';
  return { state: next, decision: decision(raw, desired, proposal.value, reason, mode) };
}

function describeRule(rule: HpaScalingRule): string {
  const policies = rule.policies.map((p) => `${p.type} ${formatNumber(p.value)} per ${formatNumber(p.period_s)} s`).join(', ');
  return rule.policies.length > 1 ? `${policies}; selectPolicy ${rule.select_policy}` : policies;
}

/** Which metric the decision came from: the only one, or the first whose proposal reproduces raw from the value. */
function actingMetric(config: HpaConfig, d: Decision, ready: number, current: number): HpaMetric {
  const first = config.metrics[0] ?? { type: 'cpu', target_utilization_percent: 80 };
  if (config.metrics.length < 2) return first;
  const matches = (m: HpaMetric): boolean => {
    const target = m.type === 'cpu' ? m.target_utilization_percent : m.target_value;
    const ratio = d.metric / target;
    if (Math.abs(1 - ratio) <= config.tolerance) return d.raw === current;
    const perPod = m.type === 'pods' || m.type === 'cpu' || m.target_type === 'value';
    return ceilReplicas(ratio * (perPod ? ready : current)) === d.raw;
  };
  return config.metrics.find(matches) ?? first;
}

function explain(config: HpaConfig, d: Decision, obs: Pick<Observation, 't' | 'ready' | 'current'>): string {
  const reason = HPA_REASONS[d.reason] ?? 'noChange';
  const hpa = config.behavior === undefined ? 'HPA (no behavior: the older path)' : 'HPA';
  if (reason === 'noMetrics') return `${hpa}: no ready pod reports a metric yet, so it keeps ${plural(d.desired, 'replica')}`;
  if (d.raw === d.desired && (reason === 'clampedMax' || reason === 'clampedMin') && d.metric === 0) {
    return `${hpa}: the current count is outside [${config.min_replicas}, ${config.max_replicas}], so it is set to ${d.desired}`;
  }
  const metric = actingMetric(config, d, obs.ready, obs.current);
  const target = metric.type === 'cpu' ? metric.target_utilization_percent : metric.target_value;
  const ratio = formatNumber(Math.round((d.metric / target) * 100) / 100);
  const value = formatNumber(Math.round(d.metric * 10) / 10);
  const head = metric.type === 'cpu'
    ? `${hpa}: ${plural(obs.ready, 'ready pod')} at ${value} % CPU vs target ${formatNumber(target)} %`
    : metric.type === 'pods'
      ? `${hpa}: ${plural(obs.ready, 'ready pod')} at ${value} ${metricUnitOf(metric.name)} each vs target ${formatNumber(target)}`
      : metric.target_type === 'value'
        ? `${hpa}: ${metric.type} metric at ${value} vs target value ${formatNumber(target)} (type Value) over ${plural(obs.ready, 'ready pod')}`
        : `${hpa}: ${metric.type} metric at ${value} ${metricUnitOf(metric.name)} per pod over ${plural(obs.current, 'replica')} vs target ${formatNumber(target)}`;
  const rules = hpaRules(config);
  const tail = ((): string => {
    switch (reason) {
      case 'withinTolerance': return ` -> ratio ${ratio}, within the ${formatNumber(config.tolerance * 100)} % tolerance -> keep ${d.desired}`;
      case 'notReadyHeld': {
        const notReady = Math.max(0, obs.current - obs.ready);
        const counted = formatNumber(Math.round(((d.metric / target) * obs.ready * 100) / Math.max(1, obs.current)) / 100);
        return ` -> ratio ${ratio}, but counting the ${plural(notReady, 'pod')} not ready yet at 0 the ratio is ${counted} -> keep ${d.desired}`;
      }
      case 'scaleUp': return ` -> ratio ${ratio} -> raw ${d.raw}; scale up to ${d.desired}`;
      case 'scaleDown': return ` -> ratio ${ratio} -> raw ${d.raw}; scale down to ${d.desired}`;
      case 'noChange': return ` -> ratio ${ratio} -> raw ${d.raw}; no change`;
      case 'upStabilized': return ` -> ratio ${ratio} -> raw ${d.raw}; held at ${d.desired} by the ${formatNumber(rules?.scaleUp.stabilization_window_s ?? 0)} s scale-up stabilization window (lowest recent recommendation)`;
      case 'downStabilized': return ` -> ratio ${ratio} -> raw ${d.raw}; held at ${d.desired} by the ${formatNumber(rules?.scaleDown.stabilization_window_s ?? HPA_DOWNSCALE_STABILIZATION_S)} s scale-down stabilization window (highest recent recommendation)`;
      case 'upRateLimited': return rules === undefined
        ? ` -> ratio ${ratio} -> raw ${d.raw}; scale-up capped at ${d.desired}, twice the current count (at least 4) per sync`
        : ` -> ratio ${ratio} -> raw ${d.raw}; scale-up limited by behavior to ${d.desired} (${rules.scaleUp.select_policy === 'Disabled' ? 'selectPolicy Disabled' : describeRule(rules.scaleUp)})`;
      case 'downRateLimited': return ` -> ratio ${ratio} -> raw ${d.raw}; scale-down limited by behavior to ${d.desired} (${rules === undefined || rules.scaleDown.select_policy === 'Disabled' ? 'selectPolicy Disabled' : describeRule(rules.scaleDown)})`;
      case 'clampedMax': return ` -> ratio ${ratio} -> raw ${d.raw}; clamped to maxReplicas ${config.max_replicas}`;
      case 'clampedMin': return ` -> ratio ${ratio} -> raw ${d.raw}; clamped to minReplicas ${config.min_replicas}`;
    }
  })();
  const pinned = d.mode === 1 ? '; CPU pinned at 100 % hides how far over capacity the load is' : '';
  return `${head}${tail}${pinned}`;
}

export const hpaModel: PolicyModel<HpaConfig, HpaState> = {
  kind: 'hpa',
  title: 'Kubernetes HPA (autoscaling/v2)',
  source: 'kubernetes/kubernetes pkg/controller/podautoscaler/horizontal.go (reconcileAutoscaler, normalizeDesiredReplicas, normalizeDesiredReplicasWithBehaviors, stabilizeRecommendationWithBehaviors, convertDesiredReplicasWithBehaviorRate) and replica_calculator.go (calcPlainMetricReplicas, GetExternalPerPodMetricReplicas); Kubernetes docs "Horizontal Pod Autoscaling"',
  leavesOut: 'This model leaves out the metrics pipeline (metrics-server scrape intervals, a Prometheus adapter\'s rate window: the Lab averages over the sync period), the CPU initialization period and readiness delay, pods missing metrics, per-pod CPU requests and limits (CPU is the busy share of capacity and saturates at 100 %), the alpha scale-to-zero gate and the newer per-rule tolerance.',
  defaults: HPA_DEFAULTS,
  knobs: HPA_KNOBS,
  metricUnit: (config) => {
    const cpu = config.metrics.filter((metric) => metric.type === 'cpu').length;
    return cpu === config.metrics.length ? '% CPU' : cpu === 0 ? 'requests/s per pod' : '% CPU or requests/s per pod (the winning metric\'s)';
  },
  periodS: (config) => config.sync_period_s,
  bounds: (config) => ({ min: config.min_replicas, max: config.max_replicas, initial: config.initial_replicas }),
  zeroBehaviour: () => 'fail',
  init: () => ({ recommendations: [], scaleUpEvents: [], scaleDownEvents: [] }),
  decide,
  explain,
};
