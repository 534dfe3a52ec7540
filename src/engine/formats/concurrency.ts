/**
 * The other correspondence: policies that hold requests *in flight* per replica. Ray Serve's target_ongoing_requests
 * (queued at the proxy plus running) and Knative's KPA on `concurrency` (requests at the pod, queue-proxy included,
 * target x utilization) measure nearly the same thing, so each exports to the other; their windows and delays map
 * onto each other approximately, and every such mapping, and every knob dropped, is a note.
 */
import type { Result } from '../lesson/validate';
import type { KpaConfig, RayServeConfig } from '../policies/types';
import { LAB_MAX_REPLICAS } from '../policies/configCheck';
import { validateKpaConfig } from '../policies/kpaConfig';
import { validateRayConfig } from '../policies/rayConfig';
import type { Converted } from './correspond';

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const round = (value: number) => Math.round(value * 1e6) / 1e6;

/** A KPA on concurrency as a Ray Serve autoscaling_config. */
export function kpaToRay(config: KpaConfig): Result<Converted<RayServeConfig>> {
  const target = round((config.target * config.target_utilization_percent) / 100);
  const notes = [
    `target ${config.target} x ${config.target_utilization_percent} % became target_ongoing_requests ${target} (Ray counts requests queued at its proxy as well as running; Knative counts those at the pod)`,
    `approximated: the stable window ${config.stable_window_s} s became look_back_period_s`,
    `Ray Serve has no panic mode: the panic window (${config.panic_window_percent} %) and threshold (${config.panic_threshold_percent} %) were dropped`,
    `Ray Serve has no rate limits: max_scale_up_rate ${config.max_scale_up_rate} and max_scale_down_rate ${config.max_scale_down_rate} were dropped`,
    `approximated: scale-down-delay ${config.scale_down_delay_s} s became downscale_delay_s, and upscale_delay_s is 0 (Knative scales up at its next tick)`,
  ];
  if (config.min_scale === 0) notes.push(`Ray Serve scales to zero when its downscale delay has passed: the grace period ${config.scale_to_zero_grace_period_s} s was dropped`);
  if (config.max_scale === 0) notes.push(`max-scale 0 (unbounded) became max_replicas ${LAB_MAX_REPLICAS}, the Lab's cap`);
  const result = validateRayConfig({
    policy: 'ray', min_replicas: config.min_scale, max_replicas: config.max_scale === 0 ? LAB_MAX_REPLICAS : config.max_scale,
    initial_replicas: config.initial_scale, target_ongoing_requests: target, look_back_period_s: config.stable_window_s,
    upscale_delay_s: 0, downscale_delay_s: config.scale_down_delay_s,
  });
  return result.ok ? { ok: true, value: { config: result.value, notes } } : result;
}

/** A Ray Serve autoscaling_config as a KPA on concurrency (utilization 100 %, so the target is the count itself). */
export function rayToKpa(config: RayServeConfig): Result<Converted<KpaConfig>> {
  const window = clamp(Math.round(config.look_back_period_s), 6, 3600);
  const delay = clamp(Math.round(config.downscale_delay_s), 0, 3600);
  const notes = [
    `target_ongoing_requests ${config.target_ongoing_requests} became the concurrency target with target-utilization-percentage 100 (Knative counts requests at the pod, Ray also those queued at its proxy)`,
    `approximated: look_back_period_s ${config.look_back_period_s} s became the stable window ${window} s${window === config.look_back_period_s ? '' : ' (Knative takes whole seconds from 6 to 3600)'}; Knative adds a panic window Ray does not have`,
    `approximated: downscale_delay_s ${config.downscale_delay_s} s became scale-down-delay ${delay} s`,
  ];
  if (config.upscale_delay_s > 0) notes.push(`Knative has no scale-up delay: upscale_delay_s ${config.upscale_delay_s} was dropped`);
  if (config.upscaling_factor !== 1 || config.downscaling_factor !== 1) {
    notes.push(`Knative has no smoothing factors: upscaling_factor ${config.upscaling_factor} and downscaling_factor ${config.downscaling_factor} were dropped`);
  }
  const result = validateKpaConfig({
    policy: 'kpa', metric: 'concurrency', target: config.target_ongoing_requests, target_utilization_percent: 100,
    min_scale: config.min_replicas, max_scale: config.max_replicas, initial_scale: config.initial_replicas,
    stable_window_s: window, scale_down_delay_s: delay,
  });
  return result.ok ? { ok: true, value: { config: result.value, notes } } : result;
}
