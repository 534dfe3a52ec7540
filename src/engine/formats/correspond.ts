/**
 * How policies correspond across formats. Every one of these targets a per-replica request rate: an HPA on a single
 * Pods/Object/External rate metric (requests per second per pod), Knative's KPA on `rps` (target x utilization), the
 * lesson's target tracking (capacity x target utilization) and SageMaker on invocations per instance per *minute*
 * (/ 60). Such a policy becomes a `RateTracking` view, which each target format writes with its own knobs; what the
 * source has and the target lacks is returned as a note, and what has no counterpart at all is refused with the reason.
 */
import { metricSignal } from '../policies/signals';
import type { Result } from '../lesson/validate';
import type { HpaConfig, HpaScalingRule, KpaConfig, LabPolicyConfig, SageMakerConfig } from '../policies/types';
import { LAB_MAX_REPLICAS } from '../policies/configCheck';
import { HPA_DEFAULTS, HPA_DOWNSCALE_STABILIZATION_S, validateHpaConfig } from '../policies/hpaConfig';
import { validateKpaConfig } from '../policies/kpaConfig';
import { validateSageMakerLabConfig } from './validators';

/** A policy that holds each replica at a request rate, in the terms every rate-tracking format shares. */
export interface RateTracking {
  readonly min: number;
  readonly max: number;
  readonly initial: number;
  /** requests per second per replica the policy aims at */
  readonly target_rps: number;
  readonly metric_name?: string;
  /** relative deviation tolerated without acting (HPA, the lesson's target tracking) */
  readonly tolerance?: number;
  /** seconds the source waits before acting again upward / downward (cooldowns, stabilization windows, delays) */
  readonly scale_out_delay_s: number;
  readonly scale_in_delay_s: number;
  /** what the source calls those delays, for the notes: "ScaleInCooldown" */
  readonly delay_names: { readonly out: string; readonly in: string };
  readonly disable_scale_in: boolean;
  /** an HPA's own behavior, carried whole to HPA and KEDA */
  readonly hpa_behavior?: HpaConfig['behavior'];
  /** knobs of the source no rate-tracking format has, with their values */
  readonly lost: readonly string[];
  readonly from: LabPolicyConfig['policy'];
}

export type Correspondence = { readonly ok: true; readonly view: RateTracking } | { readonly ok: false; readonly reason: string };

function rule(behavior: HpaConfig['behavior'], key: 'scale_up' | 'scale_down'): Partial<HpaScalingRule> | undefined {
  return behavior?.[key];
}

const LLM_SIGNAL_OF = {
  'aibrix-apa': 'a vLLM gauge per pod', 'aibrix-kpa': 'a vLLM gauge per pod', 'llm-d-saturation': 'KV-cache usage and queue length',
  'dynamo-planner': 'predicted TTFT and ITL',
} as const;

/** The request-rate view of a policy, or why it has none. */
export function rateTracking(config: LabPolicyConfig): Correspondence {
  switch (config.policy) {
    case 'hpa': {
      const metric = config.metrics[0];
      if (config.metrics.length !== 1 || metric === undefined) {
        return { ok: false, reason: `this HPA has ${config.metrics.length} metrics; only an HPA on a single request-rate metric corresponds to a policy in that format` };
      }
      if (metric.type === 'cpu') {
        return { ok: false, reason: 'this HPA tracks CPU utilization, not a per-replica request rate, and that format has no counterpart for it' };
      }
      if (metric.target_type === 'value') {
        return { ok: false, reason: `this HPA's ${metric.type} metric has a Value target (the whole value against the target, scaled by the ready pods), not a per-replica request rate, and that format has no counterpart for it` };
      }
      if (config.keda !== undefined) {
        return { ok: false, reason: 'this HPA runs under KEDA\'s activation phase (scale to and from zero by activationThreshold and cooldownPeriod), which that format has no counterpart for' };
      }
      if (metricSignal(metric.name) !== undefined) {
        return { ok: false, reason: `this HPA tracks ${metric.name ?? ''}, an LLM server's gauge, not a per-replica request rate, and that format has no counterpart for it` };
      }
      const up = rule(config.behavior, 'scale_up');
      const down = rule(config.behavior, 'scale_down');
      const lost = config.sync_period_s === HPA_DEFAULTS.sync_period_s ? [] : [`sync_period_s ${config.sync_period_s} (the HPA controller's sync period)`];
      if (config.behavior !== undefined) lost.push('the behavior rate policies (pods or percent per period)');
      else lost.push('the older path\'s scale-up limit of max(2 x current, 4) per sync');
      return {
        ok: true,
        view: {
          from: 'hpa', min: config.min_replicas, max: config.max_replicas, initial: config.initial_replicas, target_rps: metric.target_value,
          ...(metric.name === undefined ? {} : { metric_name: metric.name }),
          tolerance: config.tolerance,
          scale_out_delay_s: up?.stabilization_window_s ?? 0,
          scale_in_delay_s: down?.stabilization_window_s ?? HPA_DOWNSCALE_STABILIZATION_S,
          delay_names: { out: 'the scale-up stabilization window', in: 'the scale-down stabilization window' },
          disable_scale_in: down?.select_policy === 'Disabled',
          ...(config.behavior === undefined ? {} : { hpa_behavior: config.behavior }),
          lost,
        },
      };
    }
    case 'kpa': {
      if (config.metric !== 'rps') {
        return { ok: false, reason: 'this KPA scales on concurrency (requests in flight per pod), not on a request rate, and that format has no counterpart for it' };
      }
      const lost = [
        `stable_window_s ${config.stable_window_s} and the panic mode (${config.panic_window_percent} % window, ${config.panic_threshold_percent} % threshold)`,
        `max_scale_up_rate ${config.max_scale_up_rate} and max_scale_down_rate ${config.max_scale_down_rate}`,
      ];
      if (config.min_scale === 0 && config.enable_scale_to_zero) lost.push(`scale to zero after a ${config.scale_to_zero_grace_period_s} s grace period, with the activator holding requests`);
      return {
        ok: true,
        view: {
          from: 'kpa', min: config.min_scale, max: config.max_scale === 0 ? LAB_MAX_REPLICAS : config.max_scale, initial: config.initial_scale,
          target_rps: (config.target * config.target_utilization_percent) / 100,
          scale_out_delay_s: 0, scale_in_delay_s: config.scale_down_delay_s,
          delay_names: { out: 'no scale-up delay', in: 'scale-down-delay' }, disable_scale_in: false, lost,
        },
      };
    }
    case 'target_tracking':
      return {
        ok: true,
        view: {
          from: 'target_tracking', min: config.min_servers, max: config.max_servers, initial: config.initial_servers,
          target_rps: config.capacity_per_server * config.target_utilization, tolerance: config.tolerance,
          scale_out_delay_s: config.scale_out_cooldown_s, scale_in_delay_s: config.scale_in_cooldown_s,
          delay_names: { out: 'scale_out_cooldown_s', in: 'scale_in_cooldown_s' }, disable_scale_in: false,
          lost: [`period_s ${config.period_s} (seconds between decisions)`],
        },
      };
    case 'sagemaker':
      return {
        ok: true,
        view: {
          from: 'sagemaker', min: config.min_capacity, max: config.max_capacity, initial: config.initial_capacity,
          target_rps: config.target_value / 60,
          scale_out_delay_s: config.scale_out_cooldown_s, scale_in_delay_s: config.scale_in_cooldown_s,
          delay_names: { out: 'ScaleOutCooldown', in: 'ScaleInCooldown' }, disable_scale_in: config.disable_scale_in, lost: [],
        },
      };
    case 'threshold':
      return { ok: false, reason: 'the lesson\'s threshold rule adds or removes a fixed step when the load crosses a line; the real autoscalers track a target instead, so it has no counterpart there' };
    case 'ray':
      return { ok: false, reason: 'Ray Serve scales on ongoing requests per replica (queued plus running: a concurrency), not on a request rate, so it has no counterpart there' };
    case 'aibrix-apa':
    case 'aibrix-kpa':
    case 'llm-d-saturation':
    case 'dynamo-planner':
      return { ok: false, reason: `it scales on an LLM server's own gauges or its objectives (${LLM_SIGNAL_OF[config.policy]}), not on a request rate per replica, and that format has no counterpart for it` };
  }
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

export interface Converted<C> {
  readonly config: C;
  readonly notes: readonly string[];
}

function lostNotes(view: RateTracking, target: string): string[] {
  return view.lost.map((knob) => `${target} has no counterpart for ${knob}: dropped`);
}

function checked<C>(result: Result<C>, notes: string[]): Result<Converted<C>> {
  return result.ok ? { ok: true, value: { config: result.value, notes } } : result;
}

/** The view as an HPA on a Pods metric of requests per second per pod. */
export function toHpaConfig(view: RateTracking, target = 'An HPA'): Result<Converted<HpaConfig>> {
  const notes = lostNotes(view, target);
  const min = Math.max(1, view.min);
  if (view.min < 1) notes.push(`${target} cannot scale to zero (that needs the HPAScaleToZero alpha gate): the minimum 0 became 1`);
  let behavior: Record<string, unknown> | undefined;
  if (view.hpa_behavior !== undefined) behavior = { ...view.hpa_behavior };
  else if (view.from !== 'hpa' && (view.scale_in_delay_s > 0 || view.scale_out_delay_s > 0 || view.disable_scale_in)) {
    const down: Record<string, unknown> = { stabilization_window_s: view.scale_in_delay_s };
    if (view.disable_scale_in) down.select_policy = 'Disabled';
    behavior = { scale_up: { stabilization_window_s: view.scale_out_delay_s }, scale_down: down };
    notes.push(`approximated: ${view.delay_names.out} ${view.scale_out_delay_s} s and ${view.delay_names.in} ${view.scale_in_delay_s} s became the HPA's stabilization windows (${target} holds the extreme recommendation over a window instead of waiting after each change)`);
  }
  const metric = view.metric_name === undefined ? { type: 'pods', target_value: round(view.target_rps) } : { type: 'pods', target_value: round(view.target_rps), name: view.metric_name };
  const draft: Record<string, unknown> = {
    policy: 'hpa', min_replicas: min, max_replicas: view.max, initial_replicas: Math.max(min, view.initial), metrics: [metric],
  };
  if (view.tolerance !== undefined) draft.tolerance = view.tolerance;
  if (behavior !== undefined) draft.behavior = behavior;
  return checked(validateHpaConfig(draft), notes);
}

/** The view as a Knative KPA on `rps`, target utilization 100 % so the target is the rate itself. */
export function toKpaConfig(view: RateTracking): Result<Converted<KpaConfig>> {
  const notes = lostNotes(view, 'Knative');
  if (view.tolerance !== undefined && view.tolerance > 0) notes.push(`Knative has no tolerance band: tolerance ${view.tolerance} was dropped`);
  if (view.scale_out_delay_s > 0) notes.push(`Knative has no scale-up delay: ${view.delay_names.out} ${view.scale_out_delay_s} s was dropped`);
  if (view.disable_scale_in) notes.push('Knative cannot disable scale-in: DisableScaleIn was dropped');
  const delay = Math.min(3600, Math.round(view.scale_in_delay_s));
  if (view.scale_in_delay_s > 0) notes.push(`approximated: ${view.delay_names.in} ${view.scale_in_delay_s} s became scale-down-delay ${delay} s (Knative waits that long at a lower demand before removing pods)`);
  return checked(validateKpaConfig({
    policy: 'kpa', min_scale: view.min, max_scale: view.max, initial_scale: view.initial, metric: 'rps',
    target: round(view.target_rps), target_utilization_percent: 100, scale_down_delay_s: delay,
  }), notes);
}

/** The view as a SageMaker policy on invocations per instance per minute (x 60). */
export function toSageMakerConfig(view: RateTracking): Result<Converted<SageMakerConfig>> {
  const notes = lostNotes(view, 'SageMaker');
  if (view.tolerance !== undefined && view.tolerance > 0) notes.push(`SageMaker target tracking has no tolerance band: tolerance ${view.tolerance} was dropped`);
  if (view.from !== 'target_tracking') {
    notes.push(`approximated: ${view.delay_names.out} ${view.scale_out_delay_s} s and ${view.delay_names.in} ${view.scale_in_delay_s} s became ScaleOutCooldown and ScaleInCooldown (SageMaker waits after each change instead)`);
  }
  return checked(validateSageMakerLabConfig({
    policy: 'sagemaker', min_capacity: view.min, max_capacity: view.max, initial_capacity: view.initial,
    target_value: round(view.target_rps * 60), scale_out_cooldown_s: Math.round(view.scale_out_delay_s),
    scale_in_cooldown_s: Math.round(view.scale_in_delay_s), disable_scale_in: view.disable_scale_in,
  }), notes);
}
