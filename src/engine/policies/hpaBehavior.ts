/**
 * The HPA's normalization of a recommendation: stabilization windows and rate limits, on both of the controller's paths.
 * Follows kubernetes/kubernetes `pkg/controller/podautoscaler/horizontal.go`:
 * - with spec.behavior: `stabilizeRecommendationWithBehaviors`, `convertDesiredReplicasWithBehaviorRate`,
 *   `calculateScaleUpLimitWithScalingRules`, `calculateScaleDownLimitWithBehaviors`, `getReplicasChangePerPeriod`;
 * - without: `stabilizeRecommendation` (the --horizontal-pod-autoscaler-downscale-stabilization window) and
 *   `convertDesiredReplicasWithRules` with `calculateScaleUpLimit` = max(2 x current, 4).
 * Times are whole seconds of the run (the controller's time.Now()).
 */
import type { HpaScalingRule } from './types';
import { HPA_DOWNSCALE_STABILIZATION_S, HPA_SCALE_UP_LIMIT_FACTOR, HPA_SCALE_UP_LIMIT_MINIMUM } from './hpaConfig';

/** A value remembered with the second it was made: a recommendation, or a scale event's replica change. */
export interface Timed {
  readonly t: number;
  readonly value: number;
}

/** Which limit, if any, changed the stabilized recommendation (the controller's ScalingLimited reasons). */
export type HpaLimit = 'DesiredWithinRange' | 'ScaleUpLimit' | 'TooManyReplicas' | 'ScaleDownLimit' | 'TooFewReplicas';

export interface Stabilized {
  readonly recommendation: number;
  /** the remembered recommendations after this one is recorded (samples older than every window dropped) */
  readonly recommendations: readonly Timed[];
}

/**
 * With behavior: scale-up goes only to the lowest recommendation after `now - upWindow`, scale-down only to the highest
 * after `now - downWindow` (strictly after, as `timestamp.After(cutoff)`); the result starts from the current count.
 */
export function stabilizeWithBehavior(recs: readonly Timed[], now: number, desired: number, current: number, upWindowS: number, downWindowS: number): Stabilized {
  let up = desired;
  let down = desired;
  const keepFrom = now - Math.max(upWindowS, downWindowS);
  const kept: Timed[] = [];
  for (const rec of recs) {
    if (rec.t > now - upWindowS) up = Math.min(up, rec.value);
    if (rec.t > now - downWindowS) down = Math.max(down, rec.value);
    if (rec.t >= keepFrom) kept.push(rec);
  }
  let recommendation = current;
  if (recommendation < up) recommendation = up;
  if (recommendation > down) recommendation = down;
  kept.push({ t: now, value: desired });
  return { recommendation, recommendations: kept };
}

/** Without behavior: the highest recommendation not before `now - 300 s` (`rec.timestamp.Before(cutoff)` drops a sample). */
export function stabilizeLegacy(recs: readonly Timed[], now: number, desired: number, windowS: number = HPA_DOWNSCALE_STABILIZATION_S): Stabilized {
  let recommendation = desired;
  const kept: Timed[] = [];
  for (const rec of recs) {
    if (rec.t < now - windowS) continue;
    kept.push(rec);
    if (rec.value > recommendation) recommendation = rec.value;
  }
  kept.push({ t: now, value: desired });
  return { recommendation, recommendations: kept };
}

/** Replicas added (or removed) by the events strictly after `now - periodS`: `getReplicasChangePerPeriod`. */
export function changeInPeriod(events: readonly Timed[], now: number, periodS: number): number {
  let total = 0;
  for (const event of events) if (event.t > now - periodS) total += event.value;
  return total;
}

/** The most replicas the scale-up rule allows now; `selectPolicy` Max takes the largest proposal, Min the smallest. */
export function scaleUpLimit(current: number, upEvents: readonly Timed[], downEvents: readonly Timed[], rule: HpaScalingRule, now: number): number {
  if (rule.select_policy === 'Disabled') return current;
  let result = rule.select_policy === 'Min' ? Infinity : -Infinity;
  for (const policy of rule.policies) {
    const periodStart = current - changeInPeriod(upEvents, now, policy.period_s) + changeInPeriod(downEvents, now, policy.period_s);
    const proposed = policy.type === 'Pods' ? periodStart + policy.value : Math.ceil(periodStart * (1 + policy.value / 100));
    result = rule.select_policy === 'Min' ? Math.min(result, proposed) : Math.max(result, proposed);
  }
  return result;
}

/** The fewest replicas the scale-down rule allows now; Percent rounds down (Go's int32 truncation). */
export function scaleDownLimit(current: number, upEvents: readonly Timed[], downEvents: readonly Timed[], rule: HpaScalingRule, now: number): number {
  if (rule.select_policy === 'Disabled') return current;
  let result = rule.select_policy === 'Min' ? -Infinity : Infinity;
  for (const policy of rule.policies) {
    const periodStart = current + changeInPeriod(downEvents, now, policy.period_s) - changeInPeriod(upEvents, now, policy.period_s);
    const proposed = policy.type === 'Pods' ? periodStart - policy.value : Math.trunc(periodStart * (1 - policy.value / 100));
    result = rule.select_policy === 'Min' ? Math.max(result, proposed) : Math.min(result, proposed);
  }
  return result;
}

export interface Limited {
  readonly replicas: number;
  readonly limit: HpaLimit;
}

export interface BehaviorLimitInput {
  readonly desired: number;
  readonly current: number;
  readonly min: number;
  readonly max: number;
  readonly upEvents: readonly Timed[];
  readonly downEvents: readonly Timed[];
  readonly scaleUp: HpaScalingRule;
  readonly scaleDown: HpaScalingRule;
  readonly now: number;
}

/** `convertDesiredReplicasWithBehaviorRate`: the rate limits and the [min, max] clamp on the behavior path. */
export function limitWithBehavior(input: BehaviorLimitInput): Limited {
  const { desired, current, min, max } = input;
  if (desired > current) {
    const limit = Math.max(current, scaleUpLimit(current, input.upEvents, input.downEvents, input.scaleUp, input.now));
    const allowed = Math.min(max, limit);
    if (desired > allowed) return { replicas: allowed, limit: max > limit ? 'ScaleUpLimit' : 'TooManyReplicas' };
  } else if (desired < current) {
    const limit = Math.min(current, scaleDownLimit(current, input.upEvents, input.downEvents, input.scaleDown, input.now));
    const allowed = Math.max(min, limit);
    if (desired < allowed) return { replicas: allowed, limit: min < limit ? 'ScaleDownLimit' : 'TooFewReplicas' };
  }
  return { replicas: desired, limit: 'DesiredWithinRange' };
}

/** `calculateScaleUpLimit`: the older path's cap on one scale-up. */
export function legacyScaleUpLimit(current: number): number {
  return Math.trunc(Math.max(HPA_SCALE_UP_LIMIT_FACTOR * current, HPA_SCALE_UP_LIMIT_MINIMUM));
}

/** `convertDesiredReplicasWithRules`: the older path's cap and the [min, max] clamp. */
export function limitLegacy(desired: number, current: number, min: number, max: number): Limited {
  const cap = legacyScaleUpLimit(current);
  const allowed = Math.min(max, cap);
  if (desired < min) return { replicas: min, limit: 'TooFewReplicas' };
  if (desired > allowed) return { replicas: allowed, limit: max > cap ? 'ScaleUpLimit' : 'TooManyReplicas' };
  return { replicas: desired, limit: 'DesiredWithinRange' };
}

/** The longest policy period of both rules: no limit looks at an event older than this. */
export function longestPeriod(scaleUp: HpaScalingRule, scaleDown: HpaScalingRule): number {
  let most = 0;
  for (const policy of scaleUp.policies) most = Math.max(most, policy.period_s);
  for (const policy of scaleDown.policies) most = Math.max(most, policy.period_s);
  return most;
}

/**
 * Events still visible to some policy, plus the new one when `change` is not 0 (`storeScaleEvent`; the controller
 * reuses outdated slots instead of dropping them, which counts the same).
 */
export function keepEvents(events: readonly Timed[], now: number, keepS: number, change = 0): readonly Timed[] {
  let stale = 0;
  for (const event of events) if (!(event.t > now - keepS)) stale++;
  if (stale === 0 && !(change > 0)) return events;
  const kept: Timed[] = [];
  for (const event of events) if (event.t > now - keepS) kept.push(event);
  if (change > 0) kept.push({ t: now, value: change });
  return kept;
}
