/**
 * The `hpa` policy as the registry runs it: the HPA (hpa.ts) alone, or, when the config has a `keda` block, KEDA's
 * activation phase around the HPA that KEDA creates. Source: kedacore/keda `pkg/scaling/executor/scale_scaledobjects.go`
 * (RequestScale, scaleFromZero, scaleToZero) and the prometheus scaler (an empty result reads 0).
 * Every pollingInterval KEDA asks each trigger whether it is active (its value above activationThreshold):
 * - 0 replicas and a trigger active: scale to max(minReplicaCount, 1), and remember the time (LastActiveTime);
 * - no trigger active, replicas > 0 and minReplicaCount 0: scale to 0 once LastActiveTime + cooldownPeriod has passed
 *   (at once when there was never an active poll);
 * - a trigger active: LastActiveTime = now.
 * Between 1 and N the HPA decides on its own sync period, with minReplicas max(1, minReplicaCount); at 0 replicas it
 * does nothing. A metric the replicas report has no series at 0 replicas and reads 0: it never activates (the 0 -> 1
 * deadlock, kedacore/keda#6040); the gateway's queue exists at 0 replicas and wakes it.
 */
import { formatNumber, plural } from '../format';
import { hpaModel, type HpaState } from './hpa';
import { metricSignal, metricValue } from './signals';
import { windowMean, type Decision, type HpaConfig, type Observation, type PolicyModel } from './types';

export interface KedaHpaState {
  readonly hpa: HpaState;
  /** the ScaledObject's status.lastActiveTime, as a second; undefined before any active poll */
  readonly lastActive: number | undefined;
}

/** Decision.reason codes of KEDA's own phase, beyond the HPA's reasons. */
export const KEDA_REASON = { activate: 100, toZero: 101, idleAtZero: 102, hold: 103 } as const;

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** The HPA KEDA creates: minReplicas is max(1, minReplicaCount). */
function createdHpa(config: HpaConfig): HpaConfig {
  return config.min_replicas >= 1 ? config : { ...config, min_replicas: 1 };
}

/** The largest trigger value relative to its activation threshold, and whether any trigger is active. */
export function triggerActivity(config: HpaConfig, obs: Observation): { readonly active: boolean; readonly value: number; readonly threshold: number } {
  let best = { active: false, value: 0, threshold: 0 };
  let first = true;
  for (const metric of config.metrics) {
    if (metric.type === 'cpu') continue;
    const value = (metric.name !== undefined ? metricValue(obs.history, metric.name, obs.t, 1) : undefined)
      ?? windowMean(obs.history.cumArrivals, obs.t, config.keda?.polling_interval_s ?? 30);
    const threshold = metric.activation_threshold ?? 0;
    const active = value > threshold;
    if (first || (active && !best.active)) best = { active, value, threshold };
    first = false;
  }
  return best;
}

function decide(config: HpaConfig, state: KedaHpaState, obs: Observation): { state: KedaHpaState; decision: Decision } {
  const keda = config.keda;
  if (keda === undefined) {
    const r = hpaModel.decide(config, state.hpa, obs);
    return { state: r.state === state.hpa ? state : { hpa: r.state, lastActive: undefined }, decision: r.decision };
  }
  const end = obs.t + 1;
  const { current } = obs;
  let lastActive = state.lastActive;
  let value = 0;
  if (end % keda.polling_interval_s === 0) {
    const activity = triggerActivity(config, obs);
    value = activity.value;
    if (current === 0 && activity.active) {
      const desired = Math.max(1, config.min_replicas);
      return { state: { hpa: state.hpa, lastActive: obs.t }, decision: { raw: desired, desired, metric: value, reason: KEDA_REASON.activate, mode: 0 } };
    }
    if (!activity.active && current > 0 && config.min_replicas === 0) {
      if (lastActive === undefined || lastActive + keda.cooldown_period_s < obs.t) {
        return { state, decision: { raw: 0, desired: 0, metric: value, reason: KEDA_REASON.toZero, mode: 0 } };
      }
    } else if (activity.active) {
      lastActive = obs.t;
    }
  }
  if (current > 0 && end % config.sync_period_s === 0) {
    const r = hpaModel.decide(createdHpa(config), state.hpa, obs);
    return { state: r.state === state.hpa && lastActive === state.lastActive ? state : { hpa: r.state, lastActive }, decision: r.decision };
  }
  const next = lastActive === state.lastActive ? state : { hpa: state.hpa, lastActive };
  return { state: next, decision: { raw: current, desired: current, metric: value, reason: current === 0 ? KEDA_REASON.idleAtZero : KEDA_REASON.hold, mode: 0 } };
}

function triggerName(config: HpaConfig): string {
  const metric = config.metrics.find((m) => m.type !== 'cpu');
  return metric === undefined ? 'the trigger' : metric.name ?? 'the request rate';
}

function explain(config: HpaConfig, d: Decision, obs: Pick<Observation, 't' | 'ready' | 'current'>): string {
  const keda = config.keda;
  if (keda === undefined) return hpaModel.explain(config, d, obs);
  const name = triggerName(config);
  const metric = config.metrics.find((m) => m.type !== 'cpu');
  const threshold = metric?.activation_threshold ?? 0;
  const value = `${name} = ${formatNumber(Math.round(d.metric * 100) / 100)}`;
  switch (d.reason) {
    case KEDA_REASON.activate:
      return `KEDA: a trigger is active (${value} > activationThreshold ${formatNumber(threshold)}) with 0 replicas -> scale from zero to ${d.desired}; the HPA it created takes over from there`;
    case KEDA_REASON.toZero:
      return `KEDA: no trigger active (${value} <= activationThreshold ${formatNumber(threshold)}) for cooldownPeriod ${formatNumber(keda.cooldown_period_s)} s -> scale to 0`;
    case KEDA_REASON.idleAtZero: {
      const signal = metricSignal(metric?.name);
      const deadlock = signal?.signal.per_replica === true ? `; ${signal.signal.name} is reported by the replicas, so with none it has no series and reads 0: it can never activate (the 0 -> 1 deadlock)` : '';
      return `KEDA: 0 replicas, no trigger active (${value} <= activationThreshold ${formatNumber(threshold)}), polled every ${formatNumber(keda.polling_interval_s)} s${deadlock}`;
    }
    case KEDA_REASON.hold:
      return `KEDA: between KEDA's polls and the HPA's syncs; keeps ${plural(d.desired, 'replica')}`;
    default:
      return hpaModel.explain(createdHpa(config), d, obs);
  }
}

export const kedaHpaModel: PolicyModel<HpaConfig, KedaHpaState> = {
  ...hpaModel,
  source: `${hpaModel.source}; with keda: kedacore/keda pkg/scaling/executor/scale_scaledobjects.go (RequestScale, scaleFromZero, scaleToZero) and pkg/scalers/prometheus_scaler.go`,
  leavesOut: `${hpaModel.leavesOut} With keda: KEDA's fallback, idleReplicaCount, scalingModifiers, paused replicas and the metrics server's own cache; a cpu trigger never activates from zero.`,
  periodS: (config) => (config.keda === undefined ? config.sync_period_s : gcd(config.sync_period_s, config.keda.polling_interval_s)),
  zeroBehaviour: (config) => (config.keda !== undefined && config.metrics.some((m) => m.type !== 'cpu' && metricSignal(m.name)?.signal.per_replica === false) ? 'hold' : 'fail'),
  init: (config) => ({ hpa: hpaModel.init(config), lastActive: undefined }),
  decide,
  explain,
};
