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
  /** accepted requests not yet running (gateway + replica queues); queue = waiting + running */
  readonly waiting: number;
  /** sequences in running batches (web server: mean requests in service) */
  readonly running: number;
  /** KV-cache usage, mean over ready replicas, 0..1 */
  readonly kv_usage: number;
  /** share of the second a ready replica had work running, mean, 0..1 (DCGM's duty cycle) */
  readonly gpu_util: number;
  readonly tokens_out: number;
  /** p95 time to first token of the requests that got it this second, ms; null if none */
  readonly ttft_p95_ms: number | null;
  /** p95 inter-token latency of the requests that finished this second, ms; null if none */
  readonly itl_p95_ms: number | null;
  /** provisioning replicas by cold-start stage (0 with a one-stage cold start) */
  readonly stage_node: number;
  readonly stage_image: number;
  readonly stage_weights: number;
  readonly stage_warmup: number;
}

export interface LabJson {
  /** the policy's name */
  readonly policy: string;
  readonly seconds: number;
  readonly ticks: readonly LabJsonTick[];
  readonly summary: TimeSummary;
}

const orNull = (value: number) => (Number.isNaN(value) ? null : value);
/** float32 columns as the nearest short decimal (0.4000000059604645 -> 0.4) */
const f32 = (value: number) => (Number.isNaN(value) ? value : Number(value.toPrecision(7)));

export function labTick(trace: TimeTrace, t: number): LabJsonTick {
  return {
    t, arrivals: trace.arrivals[t]!, served: trace.served[t]!, dropped: trace.dropped[t]!, failed: trace.failed[t]!,
    queue: trace.queue[t]!, ready: trace.ready[t]!, provisioning: trace.provisioning[t]!,
    desired_raw: trace.desiredRaw[t]!, desired: trace.desired[t]!, p95_ms: orNull(trace.replica === 'llm' ? f32(trace.p95[t]!) : trace.p95[t]!),
    waiting: trace.waiting[t]!, running: trace.running[t]!, kv_usage: f32(trace.kvUsage[t]!), gpu_util: f32(trace.gpuUtil[t]!),
    tokens_out: trace.tokensOut[t]!, ttft_p95_ms: orNull(f32(trace.ttftP95[t]!)), itl_p95_ms: orNull(f32(trace.itlP95[t]!)),
    stage_node: trace.stageNode[t]!, stage_image: trace.stageImage[t]!, stage_weights: trace.stageWeights[t]!, stage_warmup: trace.stageWarmup[t]!,
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

const TICK_COLUMNS = [
  'policy', 't', 'arrivals', 'served', 'dropped', 'failed', 'queue', 'ready', 'provisioning', 'desired_raw', 'desired', 'p95_ms',
  'waiting', 'running', 'kv_usage', 'gpu_util', 'tokens_out', 'ttft_p95_ms', 'itl_p95_ms', 'stage_node', 'stage_image', 'stage_weights', 'stage_warmup',
];

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

const LLM_SUMMARY_COLUMNS = ['ttft_p95_ms', 'itl_p95_ms', 'goodput', 'tokens_out'];
const maybe = (value: number | null | undefined, digits?: number) => (value === null || value === undefined ? '-' : formatNumber(digits === undefined ? value : Number(value.toFixed(digits))));

/** The compare table: one row per policy (with TTFT, ITL, goodput and tokens under the LLM replica). */
export function summaryText(traces: readonly TimeTrace[], preamble: readonly string[] = []): string {
  const llm = traces.some((trace) => trace.replica === 'llm');
  const rows = traces.map(({ policy, summary: s }) => [
    policy.name, formatNumber(s.arrivals), formatNumber(s.served), formatNumber(s.dropped), formatNumber(s.failed),
    formatNumber(s.queue_end), maybe(s.p95_ms, llm ? 1 : undefined), formatNumber(s.slo_violation_s),
    formatNumber(s.instance_seconds), `$${s.cost.toFixed(2)}`, formatNumber(s.scale_events),
    ...(llm ? [maybe(s.ttft_p95_ms, 1), maybe(s.itl_p95_ms, 2), maybe(s.goodput, 3), maybe(s.tokens_out)] : []),
  ]);
  return `${preamble.map((line) => `${line}\n`).join('')}${formatPlainTable(llm ? [...SUMMARY_COLUMNS, ...LLM_SUMMARY_COLUMNS] : SUMMARY_COLUMNS, rows)}`;
}

/** The whole stdout for a format, ending in a newline. */
export function renderLab(traces: readonly TimeTrace[], format: LabOutputFormat, preamble: readonly string[] = []): string {
  switch (format) {
    case 'json': return jsonText(traces);
    case 'csv': return csvText(traces);
    case 'summary': return summaryText(traces, preamble);
  }
}
