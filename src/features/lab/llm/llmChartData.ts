/**
 * The rows the LLM charts draw (at most MAX_DRAWN points, each span at its peak, as the Lab's other charts): TTFT and
 * ITL p95 per policy, the focused policy's serving gauges, and its replicas by cold-start stage. The spans are made with
 * the trace, in the worker (selectLlmSeries, primed by labRunner), so a day-long run lands without a long task on the page.
 */
import type { TimeTrace } from '../../../engine/time/types';
import { at, rows, selectTraceSeries, seriesOf, type ChartRow, type Series } from '../chartData';
import { perTrace } from '../labSelectors';

export interface LlmChartData {
  readonly ttft: readonly ChartRow[];
  readonly itl: readonly ChartRow[];
  readonly gauges: readonly ChartRow[];
  readonly shares: readonly ChartRow[];
  readonly stages: readonly ChartRow[];
}

const LLM_SERIES_COLUMNS = ['ttftP95', 'itlP95', 'waiting', 'running', 'kvUsage', 'gpuUtil', 'stageNode', 'stageImage', 'stageWeights', 'stageWarmup'] as const;
export type LlmSeries = Series<typeof LLM_SERIES_COLUMNS[number]>;

/** An LLM trace's series (cached per trace; the worker primes it). */
export const selectLlmSeries = perTrace((trace: TimeTrace): LlmSeries => seriesOf(trace, LLM_SERIES_COLUMNS));

export function llmChartData(traces: readonly TimeTrace[], focus: number): LlmChartData {
  const first = traces[0];
  if (!first) return { ttft: [], itl: [], gauges: [], shares: [], stages: [] };
  const all = traces.map(selectLlmSeries);
  const { starts } = all[0]!;
  const f = (all[focus] ?? all[0]!).columns;
  const ready = selectTraceSeries(traces[focus] ?? first).columns.ready;
  const per = (column: typeof LLM_SERIES_COLUMNS[number]) => Object.fromEntries(all.map((s, i) => [`p${i}`, (b: number) => at(s.columns[column], b)]));
  const own = (column: Float64Array, scale = 1) => (b: number) => at(column, b, scale);
  return {
    ttft: rows(starts, per('ttftP95')),
    itl: rows(starts, per('itlP95')),
    gauges: rows(starts, { waiting: own(f.waiting), running: own(f.running) }),
    // x100 after the peak is taken: it keeps the order, so the peak is the same second's
    shares: rows(starts, { kv: own(f.kvUsage, 100), gpu: own(f.gpuUtil, 100) }),
    stages: rows(starts, { ready: own(ready), node: own(f.stageNode), image: own(f.stageImage), weights: own(f.stageWeights), warmup: own(f.stageWarmup) }),
  };
}
