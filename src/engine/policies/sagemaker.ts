/**
 * SageMaker endpoint auto scaling: Application Auto Scaling target tracking on SageMakerVariantInvocationsPerInstance.
 * Sources: SageMaker Developer Guide, "Automatic scaling of Amazon SageMaker AI models" (target-tracking policy,
 * MinCapacity/MaxCapacity, ScaleOutCooldown/ScaleInCooldown, scale to zero with inference components);
 * Application Auto Scaling User Guide, "Target tracking scaling policies" (cooldowns; a scale-out may interrupt a
 * scale-in cooldown; the policy scales out fast and in slowly).
 *
 * THIS IS A MODEL: AWS publishes no formula. It uses the usual one, desired = ceil(instances x metric / target), where
 * metric = invocations in the last minute / ready instances, and the CloudWatch alarms users commonly report for target
 * tracking: scale out after 3 of 3 one-minute datapoints above target, scale in after 15 of 15 below 90 % of target.
 * With no instance (MinCapacity 0), invocations fail (no buffering) and one datapoint with traffic scales out to at
 * least 1, as the step-scaling policy AWS pairs with scale-to-zero does.
 */
import { formatNumber } from '../format';
import type { Decision, PolicyModel, SageMakerConfig } from './types';
import { windowMean } from './types';

/** One CloudWatch datapoint per minute. */
const MINUTE = 60;
/** Datapoints above target before the high alarm fires (commonly reported, not an AWS contract). */
export const HIGH_DATAPOINTS = 3;
/** Datapoints below the low threshold before the low alarm fires. */
export const LOW_DATAPOINTS = 15;
/** The low alarm's threshold as a share of the target (commonly reported as 90 %). */
export const LOW_SHARE = 0.9;

export const SAGEMAKER_REASONS = [
  'initial', 'in_band', 'high_pending', 'scale_out', 'out_cooldown', 'at_max', 'low_pending', 'scale_in', 'in_cooldown',
  'at_min', 'scale_in_disabled', 'from_zero',
] as const;
type Reason = (typeof SAGEMAKER_REASONS)[number];
const code = (reason: Reason) => SAGEMAKER_REASONS.indexOf(reason);

export interface SageMakerState {
  /** consecutive one-minute datapoints above target */
  readonly high: number;
  /** consecutive one-minute datapoints below LOW_SHARE x target */
  readonly low: number;
  /** second of the last scale-out / scale-in (-Infinity = never) */
  readonly lastOut: number;
  readonly lastIn: number;
}

/** target_value 360 = 60 % of the default platform's 10 requests/s (600 a minute) per instance. */
export const SAGEMAKER_DEFAULTS: SageMakerConfig = {
  policy: 'sagemaker',
  min_capacity: 1,
  max_capacity: 10,
  initial_capacity: 1,
  target_value: 360,
  scale_out_cooldown_s: 300,
  scale_in_cooldown_s: 300,
  disable_scale_in: false,
};

/** ceil of a ratio that should be a whole number but is off by a rounding error (140 / 70 = 2, not 3). */
function ceilRatio(value: number): number {
  const nearest = Math.round(value);
  return Math.abs(value - nearest) <= 1e-9 * Math.max(1, nearest) ? nearest : Math.ceil(value);
}

export const sagemakerModel: PolicyModel<SageMakerConfig, SageMakerState> = {
  kind: 'sagemaker',
  title: 'SageMaker target tracking (invocations per instance)',
  source: 'AWS SageMaker Developer Guide, "Automatic scaling of Amazon SageMaker AI models"; Application Auto Scaling User Guide, "Target tracking scaling policies" (a model: AWS publishes no formula)',
  leavesOut:
    'AWS publishes no formula: this is the usual model (ceil(instances x metric / target)) with the commonly reported alarms ' +
    '(3 of 3 minutes high, 15 of 15 low at 90 % of target). It leaves out CloudWatch\'s metric delay, gradual scale-in ' +
    'steps, metric math and the other metrics (CPU, GPU, concurrency); scale to zero really needs inference components.',
  defaults: SAGEMAKER_DEFAULTS,
  knobs: [
    { key: 'min_capacity', native: 'MinCapacity', default: 1, required: true, unit: 'instances', min: 0, max: 1000, step: 1, doc: 'Fewest instances; 0 lets the endpoint scale to zero, where invocations fail until an instance is ready.' },
    { key: 'max_capacity', native: 'MaxCapacity', default: 10, required: true, unit: 'instances', min: 1, max: 1000, step: 1, doc: 'Most instances (required by RegisterScalableTarget; 10 is an example).' },
    { key: 'initial_capacity', native: 'InitialInstanceCount', default: 1, unit: 'instances', min: 0, max: 1000, step: 1, doc: 'Instances in service at t = 0.' },
    { key: 'target_value', native: 'TargetValue (SageMakerVariantInvocationsPerInstance)', default: 360, required: true, unit: 'invocations per instance per minute', min: 1, step: 1, doc: 'Invocations per instance per minute the policy steers to. TargetValue is required by AWS (its docs\' example is 70, for its own model); the Lab\'s 360 is 60 % of the default platform\'s 10 requests/s per instance.' },
    { key: 'scale_out_cooldown_s', native: 'ScaleOutCooldown', default: 300, unit: 's', min: 0, max: 3600, step: 1, doc: 'After a scale-out, no further scale-out for this long.' },
    { key: 'scale_in_cooldown_s', native: 'ScaleInCooldown', default: 300, unit: 's', min: 0, max: 3600, step: 1, doc: 'After a scale-in, no further scale-in for this long; a scale-out may still happen.' },
    { key: 'disable_scale_in', native: 'DisableScaleIn', default: false, doc: 'Never scale in: the policy only adds instances.' },
  ],
  metricUnit: () => 'invocations per instance per minute',
  periodS: () => MINUTE,
  bounds: (config) => ({ min: config.min_capacity, max: config.max_capacity, initial: config.initial_capacity }),
  zeroBehaviour: () => 'fail',
  init: () => ({ high: 0, low: 0, lastOut: -Infinity, lastIn: -Infinity }),
  decide(config, state, obs) {
    const { t, current } = obs;
    const perMinute = windowMean(obs.history.cumArrivals, t, MINUTE) * MINUTE;
    const metric = perMinute / Math.max(1, obs.ready);
    const raw = perMinute > 0 ? ceilRatio(perMinute / config.target_value) : 0;
    const high = metric > config.target_value ? state.high + 1 : 0;
    const low = metric < LOW_SHARE * config.target_value ? state.low + 1 : 0;
    let desired = current;
    let reason: Reason = 'in_band';
    let { lastOut, lastIn } = state;
    if (current === 0 && perMinute > 0) {
      desired = Math.min(config.max_capacity, Math.max(1, raw));
      reason = 'from_zero';
    } else if (high > 0) {
      if (high < HIGH_DATAPOINTS) reason = 'high_pending';
      else if (raw <= current) reason = 'in_band';
      else if (current >= config.max_capacity) reason = 'at_max';
      else if (t - lastOut < config.scale_out_cooldown_s) reason = 'out_cooldown';
      else { desired = Math.min(config.max_capacity, raw); reason = 'scale_out'; }
    } else if (low > 0) {
      if (low < LOW_DATAPOINTS) reason = 'low_pending';
      else if (config.disable_scale_in) reason = 'scale_in_disabled';
      else if (raw >= current) reason = 'in_band';
      else if (current <= config.min_capacity) reason = 'at_min';
      else if (t - lastIn < config.scale_in_cooldown_s) reason = 'in_cooldown';
      else { desired = Math.max(config.min_capacity, raw); reason = 'scale_in'; }
    }
    desired = Math.min(config.max_capacity, Math.max(config.min_capacity, desired));
    if (desired > current) lastOut = t;
    if (desired < current) lastIn = t;
    const decision: Decision = { raw, desired, metric, reason: code(reason), mode: 0 };
    return { state: { high, low, lastOut, lastIn }, decision };
  },
  explain(config, decision, obs) {
    const metric = formatNumber(Math.round(decision.metric * 10) / 10);
    const target = formatNumber(config.target_value);
    const head = `SageMaker: ${metric} invocations per instance in the last minute (${obs.ready} in service) vs target ${target}`;
    switch (SAGEMAKER_REASONS[decision.reason] ?? 'initial') {
      case 'initial': return `SageMaker: no datapoint yet (one a minute); ${obs.current} instances as configured.`;
      case 'in_band': return `${head}: no alarm, keep ${decision.desired}.`;
      case 'high_pending': return `${head}: above target, waiting for ${HIGH_DATAPOINTS} of ${HIGH_DATAPOINTS} datapoints before scaling out.`;
      case 'scale_out': return `${head}: high alarm, scale out to ceil(${formatNumber(decision.raw)}) = ${decision.desired} instances.`;
      case 'out_cooldown': return `${head}: high alarm, but within the ${formatNumber(config.scale_out_cooldown_s)} s scale-out cooldown.`;
      case 'at_max': return `${head}: high alarm, but already at MaxCapacity (${config.max_capacity}).`;
      case 'low_pending': return `${head}: below ${formatNumber(LOW_SHARE * 100)} % of target, waiting for ${LOW_DATAPOINTS} of ${LOW_DATAPOINTS} datapoints before scaling in.`;
      case 'scale_in': return `${head}: low alarm, scale in to ${decision.desired} instances.`;
      case 'in_cooldown': return `${head}: low alarm, but within the ${formatNumber(config.scale_in_cooldown_s)} s scale-in cooldown.`;
      case 'at_min': return `${head}: low alarm, but already at MinCapacity (${config.min_capacity}).`;
      case 'scale_in_disabled': return `${head}: low alarm, but DisableScaleIn is set.`;
      case 'from_zero': return `SageMaker: no instance, invocations are failing: scale out to ${decision.desired}.`;
    }
  },
};
