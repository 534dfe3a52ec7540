/**
 * Ray Serve's default autoscaling policy for a deployment.
 * Source: ray-project/ray `python/ray/serve/autoscaling_policy.py`: `replica_queue_length_autoscaling_policy` /
 * `_core_replica_queue_length_policy` (desired = total ongoing requests / target_ongoing_requests),
 * `_get_cold_start_scale_up_replicas` (from zero with requests: scale up at once, bypassing the delays),
 * `_apply_scaling_factors`, `_apply_bounds`, `_apply_delay_logic` (the decision counter); `python/ray/serve/config.py`
 * (AutoscalingConfig defaults).
 *
 * The controller's loop runs every CONTROL_LOOP_INTERVAL_S (0.1 s) and counts consecutive decisions; the Lab wakes it
 * once a second and counts seconds, with the source's test `counter > int(delay / interval)`: a scale-up happens on the
 * 31st second in a row that points up with the default 30 s delay. "Ongoing requests" are those queued for the deployment
 * plus those running on its replicas (the cumOngoing column) averaged over look_back_period_s; requests wait at the
 * proxy while no replica exists.
 */
import { formatNumber, plural } from '../format';
import { RAY_DEFAULTS, RAY_KNOBS } from './rayConfig';
import { windowMean, type Decision, type Observation, type PolicyModel, type RayServeConfig } from './types';

export { RAY_DEFAULTS, validateRayConfig } from './rayConfig';

/** Seconds between two decisions in the Lab (Ray's own loop is 0.1 s; metrics here change once a second). */
export const RAY_PERIOD_S = 1;

export const RAY_REASONS = [
  'steady', 'waitUp', 'waitDown', 'scaleUp', 'scaleDown', 'coldStart', 'starting', 'atMax', 'atMin',
] as const;
export type RayReason = (typeof RAY_REASONS)[number];

export interface RayState {
  /** decisions in a row pointing up (> 0) or down (< 0), as SERVE_AUTOSCALING_DECISION_COUNTERS_KEY */
  readonly counter: number;
}

/** `_apply_scaling_factors`: move `factor` of the way from the running count; a stuck scale-down still drops one. */
export function applyScalingFactors(desired: number, running: number, config: RayServeConfig): number {
  const delta = desired - running;
  const factor = delta > 0 ? config.upscaling_factor : config.downscaling_factor;
  let scaled = Math.ceil(running + factor * delta - 1e-9);
  if (Math.ceil(desired - 1e-9) < running && scaled === running) scaled -= 1;
  return scaled;
}

/** Reason codes by name; decide reads them as named constants (`CODE.scaleUp`), not looked up by a string per decision. */
const CODE = Object.fromEntries(RAY_REASONS.map((reason, i) => [reason, i])) as Readonly<Record<RayReason, number>>;

function decision(raw: number, desired: number, metric: number, reason: number): Decision {
  return { raw, desired, metric, reason, mode: 0 };
}

function bound(config: RayServeConfig, n: number): number {
  return Math.max(config.min_replicas, Math.min(config.max_replicas, n));
}

function decide(config: RayServeConfig, state: RayState, obs: Observation): { state: RayState; decision: Decision } {
  const ongoing = windowMean(obs.history.cumOngoing, obs.t, config.look_back_period_s);
  const raw = ongoing / config.target_ongoing_requests;
  const running = obs.ready;
  const target = obs.current;
  if (running === 0) {
    // `_get_cold_start_scale_up_replicas`: no running replica; requests waiting -> at least ceil(1 x upscaling_factor) now.
    const desired = ongoing > 0 ? bound(config, Math.max(Math.ceil(config.upscaling_factor - 1e-9), target)) : target;
    return { state, decision: decision(raw, desired, ongoing, desired > target ? CODE.coldStart : target > 0 ? CODE.starting : CODE.steady) };
  }
  const scaled = applyScalingFactors(raw, running, config);
  const bounded = bound(config, scaled);
  // `_apply_delay_logic`, against the current target count.
  let counter = state.counter;
  let result = target;
  let reason: number;
  if (bounded > target) {
    counter = Math.max(counter, 0) + 1;
    reason = CODE.waitUp;
    if (counter > Math.floor(config.upscale_delay_s / RAY_PERIOD_S)) { counter = 0; result = bounded; reason = CODE.scaleUp; }
  } else if (bounded < target) {
    counter = Math.min(counter, 0) - 1;
    reason = CODE.waitDown;
    const wanted = target === 1 ? bounded : Math.max(1, bounded);
    if (counter < -Math.floor(config.downscale_delay_s / RAY_PERIOD_S)) { counter = 0; result = wanted; reason = CODE.scaleDown; }
  } else {
    counter = 0;
    reason = scaled > bounded ? CODE.atMax : scaled < bounded ? CODE.atMin : CODE.steady;
  }
  return { state: counter === state.counter ? state : { counter }, decision: decision(raw, result, ongoing, reason) };
}

function explain(config: RayServeConfig, d: Decision, obs: Pick<Observation, 't' | 'ready' | 'current'>): string {
  const reason = RAY_REASONS[d.reason] ?? 'steady';
  const head = `Ray Serve: ${formatNumber(Math.round(d.metric * 10) / 10)} ongoing requests (queued + running, over ${formatNumber(config.look_back_period_s)} s) / target ${formatNumber(config.target_ongoing_requests)} per replica -> ${formatNumber(Math.round(d.raw * 100) / 100)} replicas`;
  const tail = ((): string => {
    switch (reason) {
      case 'steady': return `; keeps ${d.desired}`;
      case 'waitUp': return `; points up from ${obs.current}, but scales only after upscale_delay_s = ${formatNumber(config.upscale_delay_s)} s of decisions in a row pointing up`;
      case 'waitDown': return `; points down from ${obs.current}, but scales only after downscale_delay_s = ${formatNumber(config.downscale_delay_s)} s of decisions in a row pointing down`;
      case 'scaleUp': return `; pointed up for upscale_delay_s = ${formatNumber(config.upscale_delay_s)} s: scales up to ${d.desired}${config.upscaling_factor !== 1 ? ` (upscaling_factor ${formatNumber(config.upscaling_factor)})` : ''}`;
      case 'scaleDown': return `; pointed down for downscale_delay_s = ${formatNumber(config.downscale_delay_s)} s: scales down to ${d.desired}${config.downscaling_factor !== 1 ? ` (downscaling_factor ${formatNumber(config.downscaling_factor)})` : ''}`;
      case 'coldStart': return `; no replica and requests waiting at the proxy: starts ${plural(d.desired, 'replica')} at once, without the delay`;
      case 'starting': return `; no replica running yet, ${plural(d.desired, 'replica')} starting: waits`;
      case 'atMax': return `; max_replicas ${config.max_replicas} caps it at ${d.desired}`;
      case 'atMin': return `; min_replicas ${config.min_replicas} keeps ${d.desired}`;
    }
  })();
  return head + tail;
}

export const rayModel: PolicyModel<RayServeConfig, RayState> = {
  kind: 'ray',
  title: 'Ray Serve autoscaling',
  source: 'ray-project/ray python/ray/serve/autoscaling_policy.py (replica_queue_length_autoscaling_policy, _core_replica_queue_length_policy, _get_cold_start_scale_up_replicas, _apply_scaling_factors, _apply_bounds, _apply_delay_logic) and python/ray/serve/config.py (AutoscalingConfig); Ray docs "Ray Serve Autoscaling"',
  leavesOut: 'This model leaves out how replicas and handles report their metrics (metrics_interval_s, the push to the controller), downscale_to_zero_delay_s, max_ongoing_requests as a per-replica cap, custom and application-level policies, and the 0.1 s control loop (the Lab decides once a second).',
  defaults: RAY_DEFAULTS,
  knobs: RAY_KNOBS,
  metricUnit: () => 'ongoing requests',
  periodS: () => RAY_PERIOD_S,
  bounds: (config) => ({ min: config.min_replicas, max: config.max_replicas, initial: config.initial_replicas }),
  zeroBehaviour: () => 'hold',
  init: () => ({ counter: 0 }),
  decide,
  explain,
};
