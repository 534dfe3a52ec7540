/**
 * The rows recharts draws for the Lab's four charts, at most MAX_DRAWN points whatever the run's length: each point is
 * a span of seconds at its peak (labSelectors.bucketMax). The spans of each trace's columns (TraceSeries) are made
 * where the trace is made, in the worker, so a week-long run's results arrive without a long task on the page; the
 * page only lays the few hundred points out as rows, and each chart merges them to its plot's width (fitRows), since
 * recharts' cost grows with the points drawn. Only for drawing; numbers shown in words come from the trace.
 */
import type { TimeTrace } from '../../engine/time/types';
import { bucketMax, bucketStarts, perTrace } from './labSelectors';

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

const SERIES_COLUMNS = ['arrivals', 'served', 'ready', 'queue', 'p95', 'p50', 'p99', 'desiredRaw', 'desired'] as const;
type SeriesColumn = typeof SERIES_COLUMNS[number];

/** A trace's number columns, by name. */
type TraceColumnKey = { [K in keyof TimeTrace]: TimeTrace[K] extends ArrayLike<number> ? K : never }[keyof TimeTrace];

/** Some of a trace's columns cut into at most MAX_DRAWN spans, each at its peak (NaN: nothing served in the span). */
export interface Series<K extends string> {
  /** the first second of each span */
  readonly starts: Int32Array;
  readonly columns: Readonly<Record<K, Float64Array>>;
}
export type TraceSeries = Series<SeriesColumn>;

/** The spans of `keys` of a trace: where the trace is made (the worker), so the page only lays out a few hundred points. */
export function seriesOf<K extends TraceColumnKey>(trace: TimeTrace, keys: readonly K[]): Series<K> {
  const starts = bucketStarts(trace.seconds, MAX_DRAWN);
  const columns = {} as Record<K, Float64Array>;
  for (const key of keys) columns[key] = Float64Array.from(bucketMax(trace[key], starts, trace.seconds), (v) => (v === null ? Number.NaN : v));
  return { starts, columns };
}

/** A trace's series (cached per trace; the worker primes it with the one it made). */
export const selectTraceSeries = perTrace((trace: TimeTrace): TraceSeries => seriesOf(trace, SERIES_COLUMNS));

/** The buffers of some series, to transfer from the worker rather than copy. */
export function seriesBuffers<K extends string>(series: Series<K>): ArrayBuffer[] {
  return [series.starts.buffer as ArrayBuffer, ...Object.values<Float64Array>(series.columns).map((column) => column.buffer as ArrayBuffer)];
}

export const at = (column: Float64Array, i: number, scale = 1): number | null => {
  const value = column[i];
  return value === undefined || Number.isNaN(value) ? null : value * scale;
};

export function rows(starts: Int32Array, series: Readonly<Record<string, (i: number) => number | null>>): ChartRow[] {
  const entries = Object.entries(series);
  return Array.from(starts, (t, i) => {
    const row: ChartRow = { t };
    for (const [key, value] of entries) row[key] = value(i);
    return row;
  });
}

/**
 * What the demand chart sets against the arrivals: a web server's ready capacity (ready replicas x its requests per
 * second), or under the LLM replica the requests finished each second, since an LLM server has no fixed rate (it
 * depends on the batch and on each request's tokens; the LLM charts show the batch).
 */
export const demandComparison = (traces: readonly TimeTrace[]): 'capacity' | 'finished' => (traces[0]?.replica === 'llm' ? 'finished' : 'capacity');

/** Series keys: `p0`, `p1` ... per policy; the focused policy's replicas and percentiles have their own keys. */
export function labChartData(traces: readonly TimeTrace[], focus: number, capacity: number): LabChartData {
  const first = traces[0];
  if (!first) return { demand: [], queue: [], latency: [], replicas: [], span: 1 };
  const all = traces.map(selectTraceSeries);
  const { starts } = all[0]!;
  const per = (column: SeriesColumn, scale = 1) => Object.fromEntries(all.map((s, i) => [`p${i}`, (b: number) => at(s.columns[column], b, scale)]));
  const focused = (all[focus] ?? all[0]!).columns;
  const own = (column: SeriesColumn) => (b: number) => at(focused[column], b);
  return {
    demand: rows(starts, { arrivals: (b) => at(all[0]!.columns.arrivals, b), ...(demandComparison(traces) === 'finished' ? per('served') : per('ready', capacity)) }),
    queue: rows(starts, per('queue')),
    latency: rows(starts, { ...per('p95'), p50: own('p50'), p99: own('p99') }),
    replicas: rows(starts, { raw: own('desiredRaw'), desired: own('desired'), ready: own('ready') }),
    span: first.seconds / starts.length,
  };
}

/** Pixels of plot per drawn point: a step line's detail at 4 px is still finer than a reader tells apart, and recharts'
 * cost grows with the points it lays out (at 2 px a day-long LLM run's charts took 90-150 ms each to draw). */
export const PX_PER_POINT = 4;

/**
 * Rows merged so a plot `plotWidth` pixels wide draws at most one point per PX_PER_POINT pixels: each merged row starts
 * at its first row's second and holds each line at its peak (null when none of its rows has a value), so spikes stay.
 */
export function fitRows(rows: readonly ChartRow[], plotWidth: number): readonly ChartRow[] {
  const most = Math.max(1, Math.floor(plotWidth / PX_PER_POINT));
  if (rows.length <= most) return rows;
  const out: ChartRow[] = [];
  for (let b = 0; b < most; b++) {
    const from = Math.floor((b * rows.length) / most);
    const to = Math.floor(((b + 1) * rows.length) / most);
    const merged: ChartRow = { ...rows[from]! };
    for (let i = from + 1; i < to; i++) {
      for (const [key, value] of Object.entries(rows[i]!)) {
        if (key === 't' || value === null) continue;
        const kept = merged[key];
        if (kept === null || kept === undefined || value > kept) merged[key] = value;
      }
    }
    out.push(merged);
  }
  return out;
}
