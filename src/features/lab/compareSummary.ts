/**
 * The compare table's rows from the runs' summaries: one row per policy, one column per measure, and for each column
 * which policies are best (lowest wins everywhere; ties share it; a missing p95 is never best). Pure.
 */
import { formatCount, formatDecimal } from '../../engine/format';
import type { TimeSummary } from '../../engine/time/types';

export type CompareColumn = 'slo_violation_s' | 'dropped' | 'failed' | 'p95_ms' | 'cost' | 'scale_events_per_hour' | 'ttft_p95_ms' | 'itl_p95_ms' | 'goodput';

export interface CompareColumnDoc {
  readonly key: CompareColumn;
  readonly label: string;
  /** what the number means, for the header's description */
  readonly doc: string;
  /** higher is better (goodput); every other column: lower is better */
  readonly higher?: boolean;
}

export const COMPARE_COLUMNS: readonly CompareColumnDoc[] = [
  { key: 'slo_violation_s', label: 'SLO violation (s)', doc: 'seconds whose p95 was above the SLO, or that dropped or failed requests' },
  { key: 'dropped', label: 'Dropped', doc: 'requests refused because the queue was full' },
  { key: 'failed', label: 'Failed', doc: 'requests that waited past the timeout or found no replica on a policy that refuses at zero' },
  { key: 'p95_ms', label: 'p95 (ms)', doc: 'p95 latency over every request served in the run (a model estimate)' },
  { key: 'cost', label: 'Cost ($)', doc: 'instance-seconds, provisioning and draining included, times the price per hour' },
  { key: 'scale_events_per_hour', label: 'Scale events / h', doc: 'changes of the desired replica count per hour of the run' },
];

/** Under the LLM replica the table adds what an LLM endpoint is judged by. */
export const LLM_COMPARE_COLUMNS: readonly CompareColumnDoc[] = [
  { key: 'ttft_p95_ms', label: 'TTFT p95 (ms)', doc: 'p95 time to first token over the run (wait + prefill)' },
  { key: 'itl_p95_ms', label: 'ITL p95 (ms)', doc: 'p95 of the finished requests\' mean inter-token latency' },
  { key: 'goodput', label: 'Goodput (%, higher is better)', doc: 'share of finished requests that met both the TTFT and the ITL objective', higher: true },
];

/** The columns for some runs: the LLM ones too when the runs have them. */
export function compareColumnsFor(summaries: readonly TimeSummary[]): readonly CompareColumnDoc[] {
  return summaries.some((s) => s.goodput !== undefined) ? [...COMPARE_COLUMNS, ...LLM_COMPARE_COLUMNS] : COMPARE_COLUMNS;
}

export interface CompareRow {
  readonly name: string;
  readonly values: Readonly<Record<CompareColumn, number | null>>;
  /** the columns this row is best (or tied best) in */
  readonly best: ReadonlySet<CompareColumn>;
}

export function compareValues(summary: TimeSummary, seconds: number): Record<CompareColumn, number | null> {
  return {
    slo_violation_s: summary.slo_violation_s,
    dropped: summary.dropped,
    failed: summary.failed,
    p95_ms: summary.p95_ms,
    cost: summary.cost,
    scale_events_per_hour: seconds > 0 ? summary.scale_events / (seconds / 3600) : 0,
    ttft_p95_ms: summary.ttft_p95_ms ?? null,
    itl_p95_ms: summary.itl_p95_ms ?? null,
    goodput: summary.goodput ?? null,
  };
}

/** Rows with the best of each column marked; rows that tie for it share the mark (all of them when every row ties). */
export function compareRows(runs: readonly { readonly name: string; readonly summary: TimeSummary; readonly seconds: number }[]): CompareRow[] {
  const values = runs.map((run) => compareValues(run.summary, run.seconds));
  const best = runs.map(() => new Set<CompareColumn>());
  if (runs.length > 1) {
    for (const { key, higher } of compareColumnsFor(runs.map((run) => run.summary))) {
      const present = values.map((v) => v[key]).filter((v): v is number => v !== null && Number.isFinite(v));
      if (present.length === 0) continue;
      const lowest = higher ? Math.max(...present) : Math.min(...present);
      values.forEach((v, i) => { if (v[key] === lowest) best[i]!.add(key); });
    }
  }
  return runs.map((run, i) => ({ name: run.name, values: values[i]!, best: best[i]! }));
}

/** A number as the table shows it: money with cents, rates with one decimal, counts whole, missing as a dash. */
export function formatCompareValue(key: CompareColumn, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  switch (key) {
    case 'cost': return formatDecimal(value, 2, 2);
    case 'scale_events_per_hour': return formatDecimal(value, 1);
    case 'p95_ms':
    case 'ttft_p95_ms':
    case 'itl_p95_ms': return formatCount(Math.round(value));
    case 'goodput': return formatDecimal(Math.round(value * 1000) / 10, 1);
    case 'slo_violation_s':
    case 'dropped':
    case 'failed': return formatCount(Math.round(value));
  }
}
