/**
 * Which metric names a policy reads, and from which column of the MetricHistory: the one place that maps a config's
 * metric names (an HPA's `metric.name`, Knative's `concurrency` / `rps`, Ray's `ongoing_requests` ...) to the columns the
 * tick loop fills. `lab decide` writes an observation's metrics through it, so a policy reads a fed value exactly where
 * it reads a simulated one. A new gauge is one line in GAUGES (e.g. `vllm:num_requests_waiting` -> cumWaiting).
 */
import { SIGNALS, metricSignal, signalNamed, type Signal } from './signals';
import type { LabPolicyConfig, MetricHistory } from './types';

/** The name of an HPA rate metric that has none (what an HPA/KEDA export writes, and an import leaves out again). */
export const DEFAULT_RATE_NAME = 'requests_per_second';

/** A prefix-summed column of the history a metric can be written to. */
export type HistoryColumn = {
  readonly [K in keyof MetricHistory]: K extends `cum${string}` ? K : never
}[keyof MetricHistory];

/** How an observed metric becomes one second of a column. */
export interface MetricColumn {
  readonly column: HistoryColumn;
  /** 'total': the value summed over the ready replicas; 'mean': averaged over them (CPU percent) */
  readonly per: 'total' | 'mean';
  /** column entry = (total or mean) x scale, e.g. percent -> share (0.01), per minute -> per second (1 / 60) */
  readonly scale: number;
  /** what the value is, for messages */
  readonly unit: string;
}

const RATE: MetricColumn = { column: 'cumArrivals', per: 'total', scale: 1, unit: 'requests per second, summed over the ready replicas' };

/** Named gauges and the column each is read from. */
export const GAUGES: Readonly<Record<string, MetricColumn>> = {
  cpu: { column: 'cumBusy', per: 'mean', scale: 0.01, unit: 'percent of the CPU request per pod' },
  concurrency: { column: 'cumOngoing', per: 'total', scale: 1, unit: 'requests in flight (the activator\'s buffered ones too), summed over the pods' },
  rps: RATE,
  ongoing_requests: { column: 'cumOngoing', per: 'total', scale: 1, unit: 'ongoing requests (queued plus running), summed over the replicas' },
  invocations_per_instance: { column: 'cumArrivals', per: 'total', scale: 1 / 60, unit: 'invocations per minute, summed over the instances' },
  load: RATE,
};

/** An LLM signal's column: a total over the ready replicas or their mean, in the column's unit (DCGM percent -> share). */
function signalColumn(signal: Signal): MetricColumn {
  return { column: signal.column, per: signal.column_holds === 'sum' ? 'total' : 'mean', scale: 1 / signal.scale, unit: `${signal.unit} (${signal.doc})` };
}

/** The LLM signals by their real names (signals.ts). */
export const SIGNAL_GAUGES: Readonly<Record<string, MetricColumn>> = Object.fromEntries(SIGNALS.map((signal) => [signal.name, signalColumn(signal)]));

/** What an HPA or AIBrix metric name reads: an LLM signal's column, or the request rate. */
function namedInput(name: string): MetricColumn {
  const signal = metricSignal(name)?.signal ?? signalNamed(name);
  return signal === undefined ? RATE : signalColumn(signal);
}

/** Every metric a config reads, by the name an observation gives it, with its column (first name wins a column). */
export function metricInputs(config: LabPolicyConfig): readonly { readonly name: string; readonly input: MetricColumn }[] {
  switch (config.policy) {
    case 'hpa':
      // a Pods / Object / External metric is the request rate whatever its name (the Lab has one rate signal)
      return config.metrics.map((metric) => (metric.type === 'cpu'
        ? { name: 'cpu', input: GAUGES.cpu! }
        : { name: metric.name ?? DEFAULT_RATE_NAME, input: metric.name === undefined ? RATE : namedInput(metric.name) }));
    case 'kpa': return [{ name: config.metric, input: GAUGES[config.metric]! }];
    case 'ray': return [{ name: 'ongoing_requests', input: GAUGES.ongoing_requests! }];
    case 'sagemaker': return [{ name: 'invocations_per_instance', input: GAUGES.invocations_per_instance! }];
    case 'threshold':
    case 'target_tracking': return [{ name: 'load', input: RATE }];
    case 'aibrix-apa':
    case 'aibrix-kpa': return [{ name: config.target_metric, input: namedInput(config.target_metric) }];
    case 'llm-d-saturation': return ['vllm:kv_cache_usage_perc', 'vllm:num_requests_waiting'].map((name) => ({ name, input: SIGNAL_GAUGES[name]! }));
    case 'dynamo-planner': return ['vllm:num_requests_running', 'vllm:num_requests_waiting', 'vllm:kv_cache_usage_perc'].map((name) => ({ name, input: SIGNAL_GAUGES[name]! }));
  }
}
