/**
 * The LLM endpoint's signals by their real names: which column of the run holds each, how it aggregates over
 * replicas, and whether it exists while no replica does. An HPA Pods/External metric, a KEDA prometheus trigger or an
 * AIBrix PodAutoscaler naming one of these reads it; any other name keeps the Lab's older meaning (requests per second).
 *
 * Sources: vllm-project/vllm `vllm/v1/metrics/loggers.py` (the vLLM gauges; `vllm:gpu_cache_usage_perc` was renamed
 * `vllm:kv_cache_usage_perc` in 0.9 and is kept here as an alias), NVIDIA dcgm-exporter (`DCGM_FI_DEV_GPU_UTIL`, a
 * percent duty cycle), kubernetes-sigs/gateway-api-inference-extension (the gateway's flow-control queue).
 */
import type { MetricHistory } from './types';

export type SignalName =
  | 'vllm:num_requests_waiting' | 'vllm:num_requests_running' | 'vllm:kv_cache_usage_perc'
  | 'DCGM_FI_DEV_GPU_UTIL' | 'inference_extension_flow_control_queue_size';

export interface Signal {
  readonly name: SignalName;
  /** the prefix-summed column of MetricHistory that holds it */
  readonly column: 'cumWaiting' | 'cumRunning' | 'cumKvUsage' | 'cumGpuUtil' | 'cumGatewayQueue';
  /** the column holds the total over ready replicas (sum) or their mean (mean) */
  readonly column_holds: 'sum' | 'mean';
  /** the column's unit times this is the metric's own unit (DCGM reports percent, the column a share) */
  readonly scale: number;
  /** reported by each replica, so it vanishes at zero replicas (a scale-from-zero on it never wakes) */
  readonly per_replica: boolean;
  readonly unit: string;
  readonly doc: string;
}

export const SIGNALS: readonly Signal[] = [
  { name: 'vllm:num_requests_waiting', column: 'cumWaiting', column_holds: 'sum', scale: 1, per_replica: true, unit: 'requests waiting', doc: 'requests a vLLM server accepted that wait for a place in the running batch' },
  { name: 'vllm:num_requests_running', column: 'cumRunning', column_holds: 'sum', scale: 1, per_replica: true, unit: 'requests running', doc: 'sequences in a vLLM server\'s running batch (never above max_num_seqs)' },
  { name: 'vllm:kv_cache_usage_perc', column: 'cumKvUsage', column_holds: 'mean', scale: 1, per_replica: true, unit: 'KV-cache usage (0-1)', doc: 'share of the KV cache in use, 0 to 1 despite the name' },
  { name: 'DCGM_FI_DEV_GPU_UTIL', column: 'cumGpuUtil', column_holds: 'mean', scale: 100, per_replica: true, unit: '% GPU utilisation', doc: 'the share of time any kernel runs (a duty cycle): near 100 % with one sequence running' },
  { name: 'inference_extension_flow_control_queue_size', column: 'cumGatewayQueue', column_holds: 'sum', scale: 1, per_replica: false, unit: 'requests queued at the gateway', doc: 'requests the llm-d inference gateway holds; it exists while no replica does' },
];

/** Old names still seen in manifests, and the signal they mean now. */
export const SIGNAL_ALIASES: Readonly<Record<string, SignalName>> = {
  // vLLM before 0.9 (and AIBrix's samples, without the prefix)
  'vllm:gpu_cache_usage_perc': 'vllm:kv_cache_usage_perc',
  gpu_cache_usage_perc: 'vllm:kv_cache_usage_perc',
  kv_cache_usage_perc: 'vllm:kv_cache_usage_perc',
  num_requests_waiting: 'vllm:num_requests_waiting',
  num_requests_running: 'vllm:num_requests_running',
};

/** The signal a metric name means (its real name or an alias), or undefined (then it means requests per second). */
export function signalNamed(name: string | undefined): Signal | undefined {
  if (name === undefined) return undefined;
  const bare = name.trim();
  const real = SIGNAL_ALIASES[bare] ?? bare;
  return SIGNALS.find((signal) => signal.name === real);
}

export type QueryAggregation = 'sum' | 'avg' | 'bare';

export interface SignalQuery {
  readonly signal: Signal;
  readonly aggregation: QueryAggregation;
  /** the name as written, when it is an alias (the deprecated vLLM name) */
  readonly alias?: string;
  /** the label selector, e.g. `{model_name="x"}`, which the Lab reads as "this endpoint" */
  readonly labels?: string;
}

const QUERY = /^\s*(?:(sum|avg)\s*(?:by\s*\([^)]*\)\s*)?\(\s*([A-Za-z_:][A-Za-z0-9_:]*)\s*(\{[^}]*\})?\s*\)|([A-Za-z_:][A-Za-z0-9_:]*)\s*(\{[^}]*\})?)\s*$/;

/** Reads a PromQL query that is one of the signals, bare or in sum(...)/avg(...), with label selectors. */
export function parseSignalQuery(query: string): SignalQuery | undefined {
  const match = QUERY.exec(query);
  if (!match) return undefined;
  const name = match[2] ?? match[4]!;
  const signal = signalNamed(name);
  if (signal === undefined) return undefined;
  const aggregation = (match[1] as QueryAggregation | undefined) ?? 'bare';
  const labels = match[3] ?? match[5];
  return { signal, aggregation, ...(name !== signal.name ? { alias: name } : {}), ...(labels !== undefined ? { labels } : {}) };
}

/** How the signal a metric name stands for is read: `avg(x)` is the mean over replicas, `x` or `sum(x)` the total. */
export function metricSignal(name: string | undefined): { readonly signal: Signal; readonly mean: boolean } | undefined {
  if (name === undefined) return undefined;
  const query = parseSignalQuery(name);
  if (query === undefined) return undefined;
  return { signal: query.signal, mean: query.aggregation === 'avg' };
}

function columnAt(history: MetricHistory, signal: Signal, k: number): number {
  const cum = history[signal.column];
  return cum[k + 1]! - cum[k]!;
}

function readyAt(history: MetricHistory, k: number): number {
  return history.cumReady[k + 1]! - history.cumReady[k]!;
}

/**
 * The signal summed over the replicas, averaged over the `seconds` ending with second t, in its own unit (a Prometheus
 * `sum(x)` averaged as an HPA sync sees it). A replica's metric is 0 in a second without ready replicas: no series.
 */
export function signalTotal(history: MetricHistory, signal: Signal, t: number, seconds: number): number {
  const start = Math.max(0, t + 1 - Math.max(1, Math.round(seconds)));
  let total = 0;
  for (let k = start; k <= t; k++) {
    const value = columnAt(history, signal, k);
    total += signal.column_holds === 'sum' ? value : value * readyAt(history, k);
  }
  return (total / (t + 1 - start)) * signal.scale;
}

/** The signal's mean over the ready replicas (an `avg(x)`), averaged over the window; seconds with none count 0. */
export function signalMean(history: MetricHistory, signal: Signal, t: number, seconds: number): number {
  const start = Math.max(0, t + 1 - Math.max(1, Math.round(seconds)));
  let total = 0;
  for (let k = start; k <= t; k++) {
    const value = columnAt(history, signal, k);
    const ready = readyAt(history, k);
    total += signal.column_holds === 'mean' ? value : ready > 0 ? value / ready : signal.per_replica ? 0 : value;
  }
  return (total / (t + 1 - start)) * signal.scale;
}

/**
 * The mean over the window of the per-pod mean, counting only seconds in which a replica reported (what a metrics
 * client that stores the mean of each scrape's per-pod values holds); undefined when none did.
 */
export function signalPodMeanWhileReported(history: MetricHistory, signal: Signal, t: number, seconds: number): number | undefined {
  const start = Math.max(0, t + 1 - Math.max(1, Math.round(seconds)));
  let total = 0;
  let count = 0;
  for (let k = start; k <= t; k++) {
    const ready = readyAt(history, k);
    if (ready <= 0 && signal.per_replica) continue;
    const value = columnAt(history, signal, k);
    total += signal.column_holds === 'mean' ? value : value / Math.max(1, ready);
    count++;
  }
  return count === 0 ? undefined : (total / count) * signal.scale;
}

/** The value of a metric name as an HPA External metric or a KEDA query returns it: the total, or the mean for avg(...). */
export function metricValue(history: MetricHistory, name: string, t: number, seconds: number): number | undefined {
  const read = metricSignal(name);
  if (read === undefined) return undefined;
  return read.mean ? signalMean(history, read.signal, t, seconds) : signalTotal(history, read.signal, t, seconds);
}

/** The unit an HPA sentence gives a metric by this name: the signal's, or requests per second. */
export function metricUnitOf(name: string | undefined): string {
  const read = metricSignal(name);
  return read === undefined ? 'req/s' : `${read.signal.unit}${read.mean ? ' (mean)' : ''}`;
}
