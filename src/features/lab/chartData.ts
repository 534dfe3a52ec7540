/**
 * The rows recharts draws for the Lab's four charts, at most MAX_DRAWN points whatever the run's length: each point is
 * a span of seconds at its peak (labSelectors.bucketMax). Only for drawing; numbers shown in words come from the trace.
 */
import type { TimeTrace } from '../../engine/time/types';
import { bucketMax, bucketStarts } from './labSelectors';

export const MAX_DRAWN = 600;

export type ChartRow = Record<string, number | null>;

export interface LabChartData {
  readonly demand: readonly ChartRow[];
  readonly queue: readonly ChartRow[];
  readonly latency: readonly ChartRow[];
  readonly replicas: readonly ChartRow[];
  /** seconds per drawn point (1 when every second is drawn) */
  readonly span: number;
}

const capacityOf = (trace: TimeTrace, capacity: number) => Float64Array.from(trace.ready, (ready) => ready * capacity);

function rows(starts: Int32Array, series: Readonly<Record<string, (number | null)[]>>): ChartRow[] {
  return Array.from(starts, (t, i) => {
    const row: ChartRow = { t };
    for (const [key, values] of Object.entries(series)) row[key] = values[i] ?? null;
    return row;
  });
}

/** Series keys: `p0`, `p1` ... per policy; the focused policy's replicas and percentiles have their own keys. */
export function labChartData(traces: readonly TimeTrace[], focus: number, capacity: number): LabChartData {
  const first = traces[0];
  if (!first) return { demand: [], queue: [], latency: [], replicas: [], span: 1 };
  const seconds = first.seconds;
  const starts = bucketStarts(seconds, MAX_DRAWN);
  const max = (column: ArrayLike<number>) => bucketMax(column, starts, seconds);
  const per = (pick: (trace: TimeTrace) => ArrayLike<number>) => Object.fromEntries(traces.map((trace, i) => [`p${i}`, max(pick(trace))]));
  const focused = traces[focus] ?? first;
  return {
    demand: rows(starts, { arrivals: max(first.arrivals), ...per((trace) => capacityOf(trace, capacity)) }),
    queue: rows(starts, per((trace) => trace.queue)),
    latency: rows(starts, { ...per((trace) => trace.p95), p50: max(focused.p50), p99: max(focused.p99) }),
    replicas: rows(starts, { raw: max(focused.desiredRaw), desired: max(focused.desired), ready: max(focused.ready) }),
    span: seconds / starts.length,
  };
}
