/**
 * llm-d's workload-variant-autoscaler in saturation mode, for one variant (one kind of replica).
 * Sources: llm-d/llm-d-workload-variant-autoscaler `docs/saturation-analyzer.md`, `docs/saturation-scaling-config.md`
 * and the analyzer (`internal/capacity/analyzer.go`: AnalyzeModelCapacity, analyzeVariant, shouldScaleUp,
 * isScaleDownSafe, CalculateCapacityTargets). Per reconcile (typically every 60 s), per replica, the peak over the last
 * minute (Prometheus max_over_time[1m]) of vllm:kv_cache_usage_perc and vllm:num_requests_waiting:
 * - a replica is saturated at KV >= kvCacheThreshold (0.80) or queue >= queueLengthThreshold (5);
 * - spare KV = 0.80 - KV, spare queue = 5 - queue, averaged over the non-saturated replicas (0 when there are none);
 * - scale up (+1 over the replicas that report) when avg spare KV < kvSpareTrigger (0.1) or avg spare queue <
 *   queueSpareTrigger (3);
 * - else scale down (-1) only if at least 2 replicas are non-saturated and, with their total load spread over one fewer,
 *   both spares stay at or above their triggers; never below 1;
 * - no scale-up while a replica is still starting (no cascade: the replicas that report are the ones counted).
 * The Lab's replicas share load evenly except for the hottest: it reads the hottest replica's 1-minute peak
 * (kvUsageMax, waitingMax) and gives the other N-1 the 1-minute peak of the rest's mean.
 */
import { formatNumber, plural } from '../format';
import type { Result, ValidationError } from '../lesson/validate';
import { LAB_MAX_REPLICAS, checkInitial, checkKeys, checkMinMax, checkTopLevel, numberField } from './configCheck';
import type { Decision, KnobDoc, LlmdSaturationConfig, MetricHistory, Observation, PolicyModel } from './types';

export const LLMD_SATURATION_DEFAULTS: LlmdSaturationConfig = {
  policy: 'llm-d-saturation', min_replicas: 1, max_replicas: 10, initial_replicas: 1,
  kv_cache_threshold: 0.8, queue_length_threshold: 5, kv_spare_trigger: 0.1, queue_spare_trigger: 3,
  metrics_window_s: 60, reconcile_interval_s: 60,
};

export const LLMD_SATURATION_KNOBS: readonly KnobDoc[] = [
  { key: 'min_replicas', native: 'the HPA/KEDA that applies wva_desired_replicas: minReplicas', default: 1, min: 1, max: LAB_MAX_REPLICAS, step: 1, doc: 'The fewest replicas (the analyzer never goes below 1).' },
  { key: 'max_replicas', native: 'the HPA/KEDA that applies wva_desired_replicas: maxReplicas', default: 10, min: 1, max: LAB_MAX_REPLICAS, step: 1, doc: 'The most replicas.' },
  { key: 'initial_replicas', native: 'the Deployment\'s spec.replicas', default: 1, min: 1, max: LAB_MAX_REPLICAS, step: 1, doc: 'Replicas at the start.' },
  { key: 'kv_cache_threshold', native: 'kvCacheThreshold', default: 0.8, min: 0.01, max: 1, step: 0.01, doc: 'A replica at this KV-cache usage or more is saturated.' },
  { key: 'queue_length_threshold', native: 'queueLengthThreshold', default: 5, min: 1, max: 10000, step: 1, doc: 'A replica with this many requests waiting or more is saturated.' },
  { key: 'kv_spare_trigger', native: 'kvSpareTrigger', default: 0.1, min: 0, max: 1, step: 0.01, doc: 'Scale up when the average spare KV of non-saturated replicas is below this.' },
  { key: 'queue_spare_trigger', native: 'queueSpareTrigger', default: 3, min: 0, max: 10000, step: 1, doc: 'Scale up when their average spare queue is below this.' },
  { key: 'metrics_window_s', native: 'max_over_time[1m] in the Prometheus queries', default: 60, unit: 's', min: 1, max: 3600, step: 1, doc: 'Each replica\'s peak over this many seconds is what the analyzer sees.' },
  { key: 'reconcile_interval_s', native: 'the controller\'s reconcile loop (typically 60 s)', default: 60, unit: 's', min: 1, max: 3600, step: 1, doc: 'Seconds between decisions.' },
];

export interface ReplicaLoad {
  readonly kv: number;
  readonly queue: number;
}

export interface SaturationAnalysis {
  readonly nonSaturated: number;
  readonly avgSpareKv: number;
  readonly avgSpareQueue: number;
  readonly kvTriggered: boolean;
  readonly queueTriggered: boolean;
  readonly scaleUp: boolean;
  readonly scaleDownSafe: boolean;
  /** the spares after spreading the non-saturated load over one fewer (NaN when fewer than 2 are non-saturated) */
  readonly remainingSpareKv: number;
  readonly remainingSpareQueue: number;
}

type Thresholds = Pick<LlmdSaturationConfig, 'kv_cache_threshold' | 'queue_length_threshold' | 'kv_spare_trigger' | 'queue_spare_trigger'>;

/** AnalyzeModelCapacity for one variant: the replicas' 1-minute peaks -> scale up, scale-down safe, neither. */
export function analyzeSaturation(replicas: readonly ReplicaLoad[], c: Thresholds): SaturationAnalysis {
  let spareKv = 0;
  let spareQueue = 0;
  let kvLoad = 0;
  let queueLoad = 0;
  let nonSaturated = 0;
  for (const r of replicas) {
    if (r.kv >= c.kv_cache_threshold || r.queue >= c.queue_length_threshold) continue;
    spareKv += c.kv_cache_threshold - r.kv;
    spareQueue += c.queue_length_threshold - r.queue;
    kvLoad += r.kv;
    queueLoad += r.queue;
    nonSaturated++;
  }
  const avgSpareKv = nonSaturated > 0 ? spareKv / nonSaturated : 0;
  const avgSpareQueue = nonSaturated > 0 ? spareQueue / nonSaturated : 0;
  const kvTriggered = avgSpareKv < c.kv_spare_trigger;
  const queueTriggered = avgSpareQueue < c.queue_spare_trigger;
  const remainingSpareKv = nonSaturated >= 2 ? c.kv_cache_threshold - kvLoad / (nonSaturated - 1) : Number.NaN;
  const remainingSpareQueue = nonSaturated >= 2 ? c.queue_length_threshold - queueLoad / (nonSaturated - 1) : Number.NaN;
  const scaleDownSafe = nonSaturated >= 2 && remainingSpareKv >= c.kv_spare_trigger && remainingSpareQueue >= c.queue_spare_trigger;
  return { nonSaturated, avgSpareKv, avgSpareQueue, kvTriggered, queueTriggered, scaleUp: kvTriggered || queueTriggered, scaleDownSafe, remainingSpareKv, remainingSpareQueue };
}

/** The ready replicas' 1-minute peaks: the hottest one as measured, the others at the peak of the rest's mean. */
export function replicaPeaks(history: MetricHistory, t: number, ready: number, seconds: number): ReplicaLoad[] {
  if (ready <= 0) return [];
  const start = Math.max(0, t + 1 - Math.max(1, Math.round(seconds)));
  let hotKv = 0;
  let hotQueue = 0;
  let restKv = 0;
  let restQueue = 0;
  for (let k = start; k <= t; k++) {
    const n = history.cumReady[k + 1]! - history.cumReady[k]!;
    if (n <= 0) continue;
    const kvMean = history.cumKvUsage[k + 1]! - history.cumKvUsage[k]!;
    const waiting = history.cumWaiting[k + 1]! - history.cumWaiting[k]!;
    // a replica's max is never below the mean: a source that gives no max (lab decide) reads as an even fleet
    const kvMax = Math.max(history.kvUsageMax[k]!, kvMean);
    const waitingMax = Math.max(history.waitingMax[k]!, waiting / n);
    hotKv = Math.max(hotKv, kvMax);
    hotQueue = Math.max(hotQueue, waitingMax);
    if (n > 1) {
      restKv = Math.max(restKv, Math.max(0, (kvMean * n - kvMax) / (n - 1)));
      restQueue = Math.max(restQueue, Math.max(0, (waiting - waitingMax) / (n - 1)));
    }
  }
  return [{ kv: hotKv, queue: hotQueue }, ...Array.from({ length: ready - 1 }, () => ({ kv: restKv, queue: restQueue }))];
}

export const SATURATION_REASONS = ['steady', 'scaleUp', 'scaleDown', 'starting', 'noReplicas', 'atMax', 'atMin', 'unsafeDown'] as const;
export type SaturationReason = (typeof SATURATION_REASONS)[number];
const CODE = Object.fromEntries(SATURATION_REASONS.map((reason, i) => [reason, i])) as Readonly<Record<SaturationReason, number>>;

/** The analyzer keeps no memory between reconciles. */
type Memo = Readonly<Record<string, never>>;

function decide(config: LlmdSaturationConfig, state: Memo, obs: Observation): { state: Memo; decision: Decision } {
  const { current, ready } = obs;
  const clamp = (n: number) => Math.min(config.max_replicas, Math.max(config.min_replicas, n));
  const make = (raw: number, desired: number, a: SaturationAnalysis | undefined, reason: SaturationReason): { state: Memo; decision: Decision } => ({
    state,
    decision: { raw, desired, metric: a?.avgSpareKv ?? 0, reason: CODE[reason], mode: a?.scaleUp ? 1 : 0 },
  });
  if (ready === 0) return make(current, clamp(current), undefined, 'noReplicas');
  const analysis = analyzeSaturation(replicaPeaks(obs.history, obs.t, ready, config.metrics_window_s), config);
  if (analysis.scaleUp) {
    if (obs.provisioning > 0) return make(ready + 1, clamp(current), analysis, 'starting');
    const desired = clamp(ready + 1);
    return make(ready + 1, desired, analysis, desired > current ? 'scaleUp' : 'atMax');
  }
  if (analysis.scaleDownSafe && ready > 1) {
    const desired = clamp(ready - 1);
    return make(ready - 1, desired, analysis, desired < current ? 'scaleDown' : 'atMin');
  }
  return make(current, clamp(current), analysis, analysis.nonSaturated >= 2 ? 'unsafeDown' : 'steady');
}

function explain(config: LlmdSaturationConfig, d: Decision, obs: Pick<Observation, 't' | 'ready' | 'current'>): string {
  const reason = SATURATION_REASONS[d.reason] ?? 'steady';
  if (reason === 'noReplicas') return `WVA saturation: no replica reports KV-cache usage or queue length, so there is nothing to analyze; keeps ${plural(d.desired, 'replica')}`;
  const spare = `avg spare KV ${formatNumber(Math.round(d.metric * 1000) / 1000)} (trigger ${formatNumber(config.kv_spare_trigger)})`;
  switch (reason) {
    case 'scaleUp': return `WVA saturation: ${spare} or the avg spare queue is below its trigger (${formatNumber(config.queue_spare_trigger)}) over the non-saturated replicas -> readyReplicas + 1 = ${d.raw}; wva_desired_replicas ${d.desired}`;
    case 'starting': return `WVA saturation: capacity needs scale-up (${spare}), but a replica is still starting: no scale-up until it reports (no cascade); keeps ${d.desired}`;
    case 'atMax': return `WVA saturation: capacity needs scale-up to ${d.raw}, but maxReplicas ${config.max_replicas} holds ${d.desired}`;
    case 'scaleDown': return `WVA saturation: ${spare}; with the load of the non-saturated replicas spread over one fewer both spares stay at or above their triggers: scale-down safe -> readyReplicas - 1 = ${d.desired}`;
    case 'atMin': return `WVA saturation: scale-down would be safe, but minReplicas ${config.min_replicas} holds ${d.desired}`;
    case 'unsafeDown': return `WVA saturation: ${spare}, no scale-up needed; scale-down unsafe (insufficient headroom after redistribution over ${obs.ready - 1}): keeps ${d.desired}`;
    case 'steady': return `WVA saturation: ${spare}, no scale-up needed; scale-down needs at least 2 non-saturated replicas: keeps ${d.desired}`;
  }
}

export function validateLlmdSaturationConfig(input: unknown): Result<LlmdSaturationConfig> {
  const errors: ValidationError[] = [];
  const raw = checkTopLevel(errors, input, 'llm-d-saturation', '{"policy": "llm-d-saturation", "max_replicas": 10}');
  if (raw === undefined) return { ok: false, errors };
  checkKeys(errors, raw, ['policy', ...LLMD_SATURATION_KNOBS.map((knob) => knob.key)], '');
  const d = LLMD_SATURATION_DEFAULTS;
  const count = (what: string) => ({ integer: true, min: 1, max: LAB_MAX_REPLICAS, what });
  const min = numberField(errors, raw, 'min_replicas', '', count(`a whole number of replicas from 1 to ${LAB_MAX_REPLICAS}`), d.min_replicas);
  const max = numberField(errors, raw, 'max_replicas', '', count(`a whole number of replicas from 1 to ${LAB_MAX_REPLICAS}`), Math.max(d.max_replicas, min ?? 1));
  const ordered = checkMinMax(errors, 'min_replicas', min, 'max_replicas', max);
  const initial = numberField(errors, raw, 'initial_replicas', '', count('a whole number between min_replicas and max_replicas'), min ?? d.min_replicas);
  if (ordered && min !== undefined && max !== undefined) checkInitial(errors, 'initial_replicas', initial, min, max, 'min_replicas', 'max_replicas');
  const kv = numberField(errors, raw, 'kv_cache_threshold', '', { min: 0, minExclusive: true, max: 1, what: 'a share above 0 up to 1, e.g. 0.8' }, d.kv_cache_threshold);
  const queue = numberField(errors, raw, 'queue_length_threshold', '', { min: 0, minExclusive: true, max: 10000, what: 'requests waiting above 0, e.g. 5' }, d.queue_length_threshold);
  const kvSpare = numberField(errors, raw, 'kv_spare_trigger', '', { min: 0, max: 1, what: 'a share from 0 to 1, e.g. 0.1' }, d.kv_spare_trigger);
  const queueSpare = numberField(errors, raw, 'queue_spare_trigger', '', { min: 0, max: 10000, what: 'requests from 0, e.g. 3' }, d.queue_spare_trigger);
  const window = numberField(errors, raw, 'metrics_window_s', '', { integer: true, min: 1, max: 3600, what: 'whole seconds from 1 to 3600, e.g. 60' }, d.metrics_window_s);
  const interval = numberField(errors, raw, 'reconcile_interval_s', '', { integer: true, min: 1, max: 3600, what: 'whole seconds from 1 to 3600, e.g. 60' }, d.reconcile_interval_s);
  if (errors.length > 0 || min === undefined || max === undefined || initial === undefined || kv === undefined || queue === undefined
    || kvSpare === undefined || queueSpare === undefined || window === undefined || interval === undefined) return { ok: false, errors };
  return {
    ok: true,
    value: {
      policy: 'llm-d-saturation', min_replicas: min, max_replicas: max, initial_replicas: initial, kv_cache_threshold: kv,
      queue_length_threshold: queue, kv_spare_trigger: kvSpare, queue_spare_trigger: queueSpare, metrics_window_s: window, reconcile_interval_s: interval,
    },
  };
}

export const llmdSaturationModel: PolicyModel<LlmdSaturationConfig, Memo> = {
  kind: 'llm-d-saturation',
  title: 'llm-d workload-variant-autoscaler (saturation)',
  source: 'llm-d/llm-d-workload-variant-autoscaler docs/saturation-analyzer.md, docs/saturation-scaling-config.md and internal/capacity/analyzer.go (AnalyzeModelCapacity, analyzeVariant, shouldScaleUp, isScaleDownSafe, CalculateCapacityTargets)',
  leavesOut: 'This model leaves out several variants of one model (cost-aware choice of the cheapest to grow and the dearest to shrink: the Lab has one variant), the model-based optimizer it can arbitrate with, per-model ConfigMap overrides, and the HPA or KEDA that applies wva_desired_replicas (the Lab applies it at once). Its replicas are even except the hottest, whose 1-minute peak is measured.',
  defaults: LLMD_SATURATION_DEFAULTS,
  knobs: LLMD_SATURATION_KNOBS,
  metricUnit: () => 'average spare KV-cache share',
  periodS: (config) => config.reconcile_interval_s,
  bounds: (config) => ({ min: config.min_replicas, max: config.max_replicas, initial: config.initial_replicas }),
  zeroBehaviour: () => 'fail',
  init: () => ({}),
  decide,
  explain,
};
