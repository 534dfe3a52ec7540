/**
 * Knative Pod Autoscaler (KPA), the default autoscaler of Knative Serving and of KServe's serverless mode.
 * Source: knative/serving `pkg/autoscaler/scaling/autoscaler.go` (`Scale`: stable and panic windows, rate limits, panic
 * mode, scale-down delay), `pkg/autoscaler/config/config.go` (defaults), `pkg/reconciler/autoscaling/kpa/scaler.go`
 * (`applyBounds`, `handleScaleToZero`: the stable window and grace period before zero, initial-scale).
 *
 * Per tick (2 s): observed stable / panic values = the metric averaged over the stable window and the panic window;
 * desired = ceil(value / (target x utilization)), kept within [floor(ready / max-scale-down-rate),
 * ceil(max-scale-up-rate x ready)] (ready counted as at least 1). Panic starts when the panic count / ready >= the
 * threshold, is extended while it holds, and ends a full stable window after the last time it held; while panicking the
 * larger of the two counts is used and the count never goes down. Then scale-down-delay (the highest count of that span),
 * the min/max bounds (min raised to initial-scale until it has been reached once), and scale to zero: only after the
 * revision has been active a stable window, and the grace period after the autoscaler first wanted zero.
 * The concurrency metric includes requests the activator holds while no pod is ready, as in Knative.
 */
import { formatNumber, plural } from '../format';
import { LAB_MAX_REPLICAS } from './configCheck';
import type { Timed } from './hpaBehavior';
import { KPA_DEFAULTS, KPA_KNOBS } from './kpaConfig';
import { windowMean, type Decision, type KpaConfig, type Observation, type PolicyModel } from './types';

export { KPA_DEFAULTS, validateKpaConfig } from './kpaConfig';

export const KPA_REASONS = [
  'stable', 'panicUp', 'panicHold', 'rateUpLimited', 'rateDownLimited', 'scaleDownDelay', 'zeroGrace', 'scaledToZero',
  'fromZero', 'clampedMin', 'clampedMax', 'initialScale', 'keepOne',
] as const;
export type KpaReason = (typeof KPA_REASONS)[number];

/** Reason codes by name; decide reads them as named constants (`CODE.panicUp`), not looked up by a string per decision. */
const CODE = Object.fromEntries(KPA_REASONS.map((reason, i) => [reason, i])) as Readonly<Record<KpaReason, number>>;

export interface KpaState {
  /** the last second the panic threshold was crossed, null when not panicking */
  readonly panicTime: number | null;
  /** the count panic mode has ratcheted up to */
  readonly maxPanicPods: number;
  /** scale-down-delay's window of recent counts */
  readonly delayWindow: readonly Timed[];
  /** the second the autoscaler first wanted zero (the PA went inactive), null while it wants pods */
  readonly inactiveSince: number | null;
  /** the second the revision last became active (left zero), for "active at least a stable window" */
  readonly activeSince: number;
  /** initial-scale has been reached once */
  readonly initialReached: boolean;
}

/** Per-pod target the autoscaler divides by: target x target-utilization-percentage. */
export function kpaTargetPerPod(config: KpaConfig): number {
  return (config.target * config.target_utilization_percent) / 100;
}

export function kpaPanicWindowS(config: KpaConfig): number {
  return Math.max(1, Math.round((config.stable_window_s * config.panic_window_percent) / 100));
}

function ceilPods(value: number): number {
  return Math.ceil(value - 1e-9);
}

function decide(config: KpaConfig, state: KpaState, obs: Observation): { state: KpaState; decision: Decision } {
  const now = obs.t;
  const column = config.metric === 'rps' ? obs.history.cumArrivals : obs.history.cumOngoing;
  const stableValue = windowMean(column, now, config.stable_window_s);
  const panicValue = windowMean(column, now, kpaPanicWindowS(config));
  const target = kpaTargetPerPod(config);
  const readyPods = Math.max(1, obs.ready);
  const maxScaleUp = Math.ceil(config.max_scale_up_rate * readyPods);
  const maxScaleDown = Math.floor(readyPods / config.max_scale_down_rate);
  const dspc = ceilPods(stableValue / target);
  const dppc = ceilPods(panicValue / target);
  const desiredStable = Math.min(Math.max(dspc, maxScaleDown), maxScaleUp);
  const desiredPanic = Math.min(Math.max(dppc, maxScaleDown), maxScaleUp);
  const over = dppc / readyPods >= config.panic_threshold_percent / 100;

  let panicTime = state.panicTime;
  let maxPanicPods = state.maxPanicPods;
  if (over) panicTime = now;
  else if (panicTime !== null && panicTime + config.stable_window_s < now) {
    panicTime = null;
    maxPanicPods = 0;
  }
  const panicking = panicTime !== null;
  let count = desiredStable;
  let reason = desiredStable !== dspc ? (desiredStable > dspc ? CODE.rateDownLimited : CODE.rateUpLimited) : CODE.stable;
  if (panicking) {
    const wanted = Math.max(desiredStable, desiredPanic);
    reason = wanted < maxPanicPods ? CODE.panicHold : CODE.panicUp;
    maxPanicPods = Math.max(maxPanicPods, wanted);
    count = maxPanicPods;
  }
  let delayWindow = state.delayWindow;
  if (config.scale_down_delay_s > 0) {
    const kept: Timed[] = [];
    let delayed = 0;
    for (const rec of delayWindow) {
      if (rec.t > now - config.scale_down_delay_s) { kept.push(rec); delayed = Math.max(delayed, rec.value); }
    }
    kept.push({ t: now, value: count });
    delayed = Math.max(delayed, count);
    delayWindow = kept;
    if (delayed !== count) { count = delayed; reason = CODE.scaleDownDelay; }
  }

  // The reconciler: bounds (initial-scale acts as min until reached once), then the scale-to-zero gate. As kpa.go, the
  // bounds use the status before this reconcile; the ready pods mark initial-scale reached after them (computeStatus),
  // so the lower bound is lifted one decision later.
  const initialReached = state.initialReached || obs.ready >= config.initial_scale;
  const max = config.max_scale === 0 ? LAB_MAX_REPLICAS : config.max_scale;
  const min = !state.initialReached && config.initial_scale > 1 ? Math.max(config.min_scale, config.initial_scale) : config.min_scale;
  if (count < min) { count = min; reason = min > config.min_scale ? CODE.initialScale : CODE.clampedMin; }
  else if (count > max) { count = max; reason = CODE.clampedMax; }
  let inactiveSince = state.inactiveSince;
  let activeSince = state.activeSince;
  if (count === 0) {
    if (!config.enable_scale_to_zero) { count = 1; reason = CODE.keepOne; }
    else if (obs.current > 0 && now - activeSince < config.stable_window_s) { count = 1; reason = CODE.keepOne; }
    else if (obs.current > 0) {
      if (inactiveSince === null) inactiveSince = now;
      if (now - inactiveSince >= config.scale_to_zero_grace_period_s) reason = CODE.scaledToZero;
      else { count = obs.current; reason = CODE.zeroGrace; }
    }
  } else {
    inactiveSince = null;
    if (obs.current === 0) { activeSince = now; if (reason === CODE.stable || reason === CODE.panicUp) reason = CODE.fromZero; }
  }
  const raw = panicking ? Math.max(dspc, dppc) : dspc;
  const unchanged = panicTime === state.panicTime && maxPanicPods === state.maxPanicPods && delayWindow === state.delayWindow
    && inactiveSince === state.inactiveSince && activeSince === state.activeSince && initialReached === state.initialReached;
  return {
    state: unchanged ? state : { panicTime, maxPanicPods, delayWindow, inactiveSince, activeSince, initialReached },
    decision: { raw, desired: count, metric: panicking ? panicValue : stableValue, reason, mode: panicking ? 1 : 0 },
  };
}

function explain(config: KpaConfig, d: Decision, obs: Pick<Observation, 't' | 'ready' | 'current'>): string {
  const reason = KPA_REASONS[d.reason] ?? 'stable';
  const unit = config.metric === 'rps' ? 'req/s' : 'concurrent requests';
  const window = d.mode === 1 ? `${kpaPanicWindowS(config)} s panic window` : `${config.stable_window_s} s stable window`;
  const head = `KPA${d.mode === 1 ? ' (panic)' : ''}: ${formatNumber(Math.round(d.metric * 10) / 10)} ${unit} over the ${window} / ${formatNumber(kpaTargetPerPod(config))} per pod (${formatNumber(config.target)} x ${formatNumber(config.target_utilization_percent)} %) -> raw ${d.raw}`;
  const ready = plural(obs.ready, 'ready pod');
  const tail = ((): string => {
    switch (reason) {
      case 'stable': return d.desired === obs.current ? `; keeps ${d.desired}` : `; ${d.desired > obs.current ? 'scales up' : 'scales down'} to ${d.desired}`;
      case 'panicUp': return `; panicking (the panic window wants ${formatNumber(config.panic_threshold_percent)} % or more of ${obs.ready === 0 ? 'one pod, as none is ready' : `the ${ready}`}): ${d.desired === obs.current ? 'keeps' : 'scales up to'} ${d.desired}`;
      case 'panicHold': return `; panicking, so it never scales down: holds ${d.desired} until a stable window (${config.stable_window_s} s) passes below the panic threshold`;
      case 'rateUpLimited': return `; limited to ${d.desired} by max-scale-up-rate ${formatNumber(config.max_scale_up_rate)} x ${ready}`;
      case 'rateDownLimited': return `; limited to ${d.desired} by max-scale-down-rate ${formatNumber(config.max_scale_down_rate)} (at least ${ready} / ${formatNumber(config.max_scale_down_rate)} kept)`;
      case 'scaleDownDelay': return `; scale-down-delay keeps the highest count of the last ${config.scale_down_delay_s} s: ${d.desired}`;
      case 'zeroGrace': return `; wants zero, waits the ${config.scale_to_zero_grace_period_s} s scale-to-zero grace period with ${plural(d.desired, 'pod')}`;
      case 'scaledToZero': return `; no traffic for the stable window and the ${config.scale_to_zero_grace_period_s} s grace period: scales to zero (the activator will hold new requests)`;
      case 'fromZero': return `; at zero with requests held by the activator: scales up to ${d.desired}`;
      case 'clampedMin': return `; min-scale ${config.min_scale} keeps ${d.desired}`;
      case 'clampedMax': return `; max-scale caps it at ${d.desired}`;
      case 'initialScale': return `; initial-scale ${config.initial_scale} has not been reached yet: keeps ${d.desired}`;
      case 'keepOne': return config.enable_scale_to_zero
        ? `; keeps one pod: a revision goes to zero only after being active for a stable window (${config.stable_window_s} s)`
        : '; keeps one pod: enable-scale-to-zero is false';
    }
  })();
  return head + tail;
}

export const kpaModel: PolicyModel<KpaConfig, KpaState> = {
  kind: 'kpa',
  title: 'Knative Pod Autoscaler (KPA)',
  source: 'knative/serving pkg/autoscaler/scaling/autoscaler.go (Scale), pkg/autoscaler/config/config.go (defaultConfig, validate), pkg/reconciler/autoscaling/kpa/scaler.go (applyBounds, handleScaleToZero); Knative docs "Configuring scale bounds", "Scale to zero"',
  leavesOut: 'This model leaves out the metric collection itself (per-pod scraping and the queue-proxy\'s sampling: the Lab averages its own per-second columns), target-burst-capacity and when the activator leaves the request path, activation-scale, scale-to-zero-pod-retention-period, the activation timeout, and containerConcurrency as a hard per-pod limit.',
  defaults: KPA_DEFAULTS,
  knobs: KPA_KNOBS,
  metricUnit: (config) => (config.metric === 'rps' ? 'requests/s' : 'concurrent requests'),
  periodS: (config) => config.tick_s,
  bounds: (config) => ({ min: config.min_scale, max: config.max_scale === 0 ? LAB_MAX_REPLICAS : config.max_scale, initial: config.initial_scale }),
  zeroBehaviour: () => 'hold',
  init: (config) => ({ panicTime: null, maxPanicPods: 0, delayWindow: [], inactiveSince: null, activeSince: 0, initialReached: config.initial_scale <= 1 }),
  decide,
  explain,
};
