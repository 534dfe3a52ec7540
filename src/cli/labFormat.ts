/** Text renderings of Lab runs for the command line: JSON (one tick a line), CSV and a summary table. Pure. */
import { formatNumber, type TimeSummary, type TimeTrace } from '../engine/lab';
import { formatCsv, formatPlainTable } from './format';
import type { LabOutputFormat } from './labArgs';

/** One tick of `--format json`, in the issue's field order. */
export interface LabJsonTick {
  readonly t: number;
  readonly arrivals: number;
  readonly served: number;
  readonly dropped: number;
  readonly failed: number;
  readonly queue: number;
  readonly ready: number;
  readonly provisioning: number;
  readonly desired_raw: number;
  readonly desired: number;
  /** p95 latency of the requests served in this second, ms; null if none */
  readonly p95_ms: number | null;
}

export interface LabJson {
  /** the policy's name */
  readonly policy: string;
  readonly seconds: number;
  readonly ticks: readonly LabJsonTick[];
  readonly summary: TimeSummary;
}

export function labTick(trace: TimeTrace, t: number): LabJsonTick {
  const p95 = trace.p95[t]!;
  return {
    t, arrivals: trace.arrivals[t]!, served: trace.served[t]!, dropped: trace.dropped[t]!, failed: trace.failed[t]!,
    queue: trace.queue[t]!, ready: trace.ready[t]!, provisioning: trace.provisioning[t]!,
    desired_raw: trace.desiredRaw[t]!, desired: trace.desired[t]!, p95_ms: Number.isNaN(p95) ? null : p95,
  };
}

export function labJson(trace: TimeTrace): LabJson {
  return { policy: trace.policy.name, seconds: trace.seconds, ticks: Array.from({ length: trace.seconds }, (_, t) => labTick(trace, t)), summary: trace.summary };
}

/** A run as JSON text with one tick a line (a day is 86,400 lines, not a million); an array when several ran. */
function jsonText(traces: readonly TimeTrace[]): string {
  const one = (trace: TimeTrace, indent: string) => {
    const ticks: string[] = [];
    for (let t = 0; t < trace.seconds; t++) ticks.push(`${indent}    ${JSON.stringify(labTick(trace, t))}`);
    return `${indent}{\n${indent}  "policy": ${JSON.stringify(trace.policy.name)},\n${indent}  "seconds": ${trace.seconds},\n` +
      `${indent}  "ticks": [\n${ticks.join(',\n')}\n${indent}  ],\n${indent}  "summary": ${JSON.stringify(trace.summary)}\n${indent}}`;
  };
  if (traces.length === 1) return `${one(traces[0]!, '')}\n`;
  return `[\n${traces.map((trace) => one(trace, '  ')).join(',\n')}\n]\n`;
}

const TICK_COLUMNS = ['policy', 't', 'arrivals', 'served', 'dropped', 'failed', 'queue', 'ready', 'provisioning', 'desired_raw', 'desired', 'p95_ms'];

function csvText(traces: readonly TimeTrace[]): string {
  const rows: string[][] = [];
  for (const trace of traces) {
    for (let t = 0; t < trace.seconds; t++) {
      const tick = labTick(trace, t);
      rows.push([trace.policy.name, ...Object.values(tick).map((value) => (value === null ? '' : formatNumber(value)))]);
    }
  }
  return formatCsv(TICK_COLUMNS, rows);
}

const SUMMARY_COLUMNS = ['policy', 'arrivals', 'served', 'dropped', 'failed', 'queue_end', 'p95_ms', 'slo_violation_s', 'instance_seconds', 'cost', 'scale_events'];

/** The compare table: one row per policy. */
export function summaryText(traces: readonly TimeTrace[], preamble: readonly string[] = []): string {
  const rows = traces.map(({ policy, summary: s }) => [
    policy.name, formatNumber(s.arrivals), formatNumber(s.served), formatNumber(s.dropped), formatNumber(s.failed),
    formatNumber(s.queue_end), s.p95_ms === null ? '-' : formatNumber(s.p95_ms), formatNumber(s.slo_violation_s),
    formatNumber(s.instance_seconds), `$${s.cost.toFixed(2)}`, formatNumber(s.scale_events),
  ]);
  return `${preamble.map((line) => `${line}\n`).join('')}${formatPlainTable(SUMMARY_COLUMNS, rows)}`;
}

/** The whole stdout for a format, ending in a newline. */
export function renderLab(traces: readonly TimeTrace[], format: LabOutputFormat, preamble: readonly string[] = []): string {
  switch (format) {
    case 'json': return jsonText(traces);
    case 'csv': return csvText(traces);
    case 'summary': return summaryText(traces, preamble);
  }
}
