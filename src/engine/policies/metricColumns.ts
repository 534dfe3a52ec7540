/**
 * Which metric names a policy reads, and from which column of the MetricHistory: the one place that maps a config's
 * metric names (an HPA's `metric.name`, Knative's `concurrency` / `rps`, Ray's `ongoing_requests` ...) to the columns the
 * tick loop fills. `lab decide` writes an observation's metrics through it, so a policy reads a fed value exactly where
 * it reads a simulated one. A new gauge is one line in GAUGES (e.g. `vllm:num_requests_waiting` -> cumWaiting).
 */
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

/** Every metric a config reads, by the name an observation gives it, with its column (first name wins a column). */
export function metricInputs(config: LabPolicyConfig): readonly { readonly name: string; readonly input: MetricColumn }[] {
  switch (config.policy) {
    case 'hpa':
      // a Pods / Object / External metric is the request rate whatever its name (the Lab has one rate signal)
      return config.metrics.map((metric) => (metric.type === 'cpu'
        ? { name: 'cpu', input: GAUGES.cpu! }
        : { name: metric.name ?? DEFAULT_RATE_NAME, input: RATE }));
    case 'kpa': return [{ name: config.metric, input: GAUGES[config.metric]! }];
    case 'ray': return [{ name: 'ongoing_requests', input: GAUGES.ongoing_requests! }];
    case 'sagemaker': return [{ name: 'invocations_per_instance', input: GAUGES.invocations_per_instance! }];
    case 'threshold':
    case 'target_tracking': return [{ name: 'load', input: RATE }];
  }
}
