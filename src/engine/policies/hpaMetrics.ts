/**
 * The HPA's per-metric replica proposals, after kubernetes/kubernetes `pkg/controller/podautoscaler/replica_calculator.go`:
 * - `pods` (and `cpu`): `calcPlainMetricReplicas` / `GetResourceReplicas`: ratio = per-pod value / target over the ready
 *   pods; within tolerance keep the current count, else ceil(ratio x ready). Pods not ready yet (the Lab's provisioning
 *   replicas, Pending in Kubernetes) are left out; on a scale-up they are counted back in at 0 % of the target, the
 *   ratio recomputed, and a proposal that flips direction or falls within tolerance keeps the current count. On a
 *   scale-down they stay left out, as in the source.
 * - `object` / `external` with an AverageValue target: `GetObjectPerPodMetricReplicas` / `GetExternalPerPodMetricReplicas`:
 *   ratio = total / (target x current replicas); outside tolerance the proposal is ceil(total / target), whatever is ready.
 * - `object` / `external` with a Value target: `GetObjectMetricReplicas` / `GetExternalMetricReplicas` through
 *   `getUsageRatioReplicaCount`: ratio = value / target; within tolerance the current count, else ceil(ratio x ready pods)
 *   (ceil(ratio) at 0 replicas).
 * The Lab reads `pods`/`object`/`external` as requests per second (arrivals averaged over the last sync period, as a
 * Prometheus `rate()` over that span would), and `cpu` as the busy share of ready capacity over the same span, which
 * cannot exceed 100 % however far demand is over capacity. A metric named after one of the LLM signals (signals.ts:
 * `vllm:num_requests_waiting`, `avg(vllm:kv_cache_usage_perc)`, ...) reads that signal instead: per pod for `pods`, the
 * total (or the mean, for `avg(...)`) for `object`/`external`, as the adapter would return it.
 */
import { metricSignal, metricValue, signalMean } from './signals';
import { windowMean, type HpaConfig, type HpaMetric, type Observation } from './types';

export interface Proposal {
  /** the proposed replica count */
  readonly replicas: number;
  /** the metric value in its own unit: requests/s per pod, or CPU percent */
  readonly value: number;
  readonly ratio: number;
  /** the proposal is the current count because the ratio was within tolerance */
  readonly withinTolerance: boolean;
  /** the proposal is the current count because, with the pods not ready counted at 0, the scale-up vanished */
  readonly notReadyHeld: boolean;
  /** a cpu metric at 100 %: the load may be far above capacity, and the ratio cannot say how far */
  readonly saturated: boolean;
}

/** ceil that ignores float noise below 1e-9 (the controller computes in milli-units, so 2.0000000001 is 2 there). */
export function ceilReplicas(value: number): number {
  return Math.ceil(value - 1e-9);
}

/** A proposal from `plainMetricReplicas`' answer, built field by field (an object spread is a slow path in V8). */
function plainProposal(plain: { replicas: number; withinTolerance: boolean; notReadyHeld: boolean }, value: number, ratio: number, saturated: boolean): Proposal {
  return { replicas: plain.replicas, value, ratio, withinTolerance: plain.withinTolerance, notReadyHeld: plain.notReadyHeld, saturated };
}

/** `calcPlainMetricReplicas` for metrics averaged over the ready pods, with pending pods per the source. */
export function plainMetricReplicas(ratio: number, ready: number, unready: number, current: number, tolerance: number): { replicas: number; withinTolerance: boolean; notReadyHeld: boolean } {
  if (unready === 0 || ratio <= 1) {
    if (Math.abs(1 - ratio) <= tolerance) return { replicas: current, withinTolerance: true, notReadyHeld: false };
    return { replicas: ceilReplicas(ratio * ready), withinTolerance: false, notReadyHeld: false };
  }
  if (Math.abs(1 - ratio) <= tolerance) return { replicas: current, withinTolerance: true, notReadyHeld: false };
  const newRatio = (ratio * ready) / (ready + unready);
  if (Math.abs(1 - newRatio) <= tolerance || newRatio < 1) return { replicas: current, withinTolerance: false, notReadyHeld: true };
  const replicas = ceilReplicas(newRatio * (ready + unready));
  return { replicas: Math.max(replicas, current), withinTolerance: false, notReadyHeld: replicas < current };
}

/** One metric's proposal, or undefined when it has no data (no ready pod reports a per-pod metric). */
export function proposeFor(metric: HpaMetric, config: HpaConfig, obs: Observation): Proposal | undefined {
  const window = config.sync_period_s;
  const { ready, provisioning, current } = obs;
  switch (metric.type) {
    case 'pods': {
      if (ready === 0) return undefined;
      const signal = metricSignal(metric.name);
      const value = signal !== undefined ? signalMean(obs.history, signal.signal, obs.t, window) : windowMean(obs.history.cumArrivals, obs.t, window) / ready;
      const ratio = value / metric.target_value;
      return plainProposal(plainMetricReplicas(ratio, ready, provisioning, current, config.tolerance), value, ratio, false);
    }
    case 'cpu': {
      if (ready === 0) return undefined;
      // not capped at 1: the Lab's own column cannot pass 100 %, but a real pod's usage can pass its request (lab decide)
      const busy = Math.max(0, windowMean(obs.history.cumBusy, obs.t, window));
      const value = busy * 100;
      const ratio = value / metric.target_utilization_percent;
      return plainProposal(plainMetricReplicas(ratio, ready, provisioning, current, config.tolerance), value, ratio, busy >= 0.999 && busy <= 1);
    }
    case 'object':
    case 'external': {
      const total = (metric.name !== undefined ? metricValue(obs.history, metric.name, obs.t, window) : undefined) ?? windowMean(obs.history.cumArrivals, obs.t, window);
      if (metric.target_type === 'value') {
        const ratio = total / metric.target_value;
        const within = current !== 0 && Math.abs(1 - ratio) <= config.tolerance;
        const replicas = within ? current : ceilReplicas(current === 0 ? ratio : ratio * ready);
        return { replicas, value: total, ratio, withinTolerance: within, notReadyHeld: false, saturated: false };
      }
      if (current === 0) return undefined;
      const ratio = total / (metric.target_value * current);
      const within = Math.abs(1 - ratio) <= config.tolerance;
      return { replicas: within ? current : ceilReplicas(total / metric.target_value), value: total / current, ratio, withinTolerance: within, notReadyHeld: false, saturated: false };
    }
  }
}

/** The largest proposal wins (the first of equals), as `computeReplicasForMetrics`. */
export function bestProposal(config: HpaConfig, obs: Observation): { readonly proposal: Proposal; readonly index: number } | undefined {
  let best: Proposal | undefined;
  let bestIndex = -1;
  for (let index = 0; index < config.metrics.length; index++) {
    const proposal = proposeFor(config.metrics[index]!, config, obs);
    if (proposal !== undefined && (best === undefined || proposal.replicas > best.replicas)) { best = proposal; bestIndex = index; }
  }
  return best === undefined ? undefined : { proposal: best, index: bestIndex };
}
