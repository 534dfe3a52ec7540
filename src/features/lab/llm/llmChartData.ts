/**
 * The rows the LLM charts draw (at most MAX_DRAWN points, each span at its peak, as the Lab's other charts): TTFT and
 * ITL p95 per policy, the focused policy's serving gauges, and its replicas by cold-start stage.
 */
import type { TimeTrace } from '../../../engine/time/types';
import { MAX_DRAWN, type ChartRow } from '../chartData';
import { bucketMax, bucketStarts } from '../labSelectors';

export interface LlmChartData {
  readonly ttft: readonly ChartRow[];
  readonly itl: readonly ChartRow[];
  readonly gauges: readonly ChartRow[];
  readonly shares: readonly ChartRow[];
  readonly stages: readonly ChartRow[];
}

function rows(starts: Int32Array, series: Readonly<Record<string, (number | null)[]>>): ChartRow[] {
  return Array.from(starts, (t, i) => {
    const row: ChartRow = { t };
    for (const [key, values] of Object.entries(series)) row[key] = values[i] ?? null;
    return row;
  });
}

const percent = (column: Float32Array) => Float32Array.from(column, (share) => share * 100);

export function llmChartData(traces: readonly TimeTrace[], focus: number): LlmChartData {
  const first = traces[0];
  if (!first) return { ttft: [], itl: [], gauges: [], shares: [], stages: [] };
  const seconds = first.seconds;
  const starts = bucketStarts(seconds, MAX_DRAWN);
  const max = (column: ArrayLike<number>) => bucketMax(column, starts, seconds);
  const per = (pick: (trace: TimeTrace) => ArrayLike<number>) => Object.fromEntries(traces.map((trace, i) => [`p${i}`, max(pick(trace))]));
  const f = traces[focus] ?? first;
  return {
    ttft: rows(starts, per((trace) => trace.ttftP95)),
    itl: rows(starts, per((trace) => trace.itlP95)),
    gauges: rows(starts, { waiting: max(f.waiting), running: max(f.running) }),
    shares: rows(starts, { kv: max(percent(f.kvUsage)), gpu: max(percent(f.gpuUtil)) }),
    stages: rows(starts, { ready: max(f.ready), node: max(f.stageNode), image: max(f.stageImage), weights: max(f.stageWeights), warmup: max(f.stageWarmup) }),
  };
}
