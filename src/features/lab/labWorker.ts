/**
 * The Lab's Web Worker: runs the time engine off the page's thread, one policy after the other so the page can show
 * progress, and hands the traces' typed arrays back by transfer (no copy). The engine knows nothing of this.
 */
import * as Comlink from 'comlink';
import { parseTrafficCsv, type TimeRunInput, type TimeTrace } from './labEngine';
import { loadLlmTrace } from '../../engine/time/traffic/traces';
import { runPolicies, withRequests, type TraceChoice } from './llm/runInput';
import { selectTraceSeries, seriesBuffers, type TraceSeries } from './chartData';
import { selectChangeSeconds, selectDecisionSeconds } from './labSelectors';
import { selectLlmSeries, type LlmSeries } from './llm/llmChartData';

/** What the views derive from a trace by scanning all of its seconds, made here so the page never scans a week. */
export interface TraceDerived {
  readonly series: TraceSeries;
  readonly decisions: Int32Array<ArrayBuffer>;
  readonly changes: Int32Array<ArrayBuffer>;
  /** the LLM charts' series, for a trace of the LLM replica */
  readonly llm?: LlmSeries;
}

export interface LabRunResult {
  readonly traces: TimeTrace[];
  readonly derived: TraceDerived[];
}

/** The typed-array buffers of some traces, to transfer rather than copy. */
export function traceBuffers(traces: readonly TimeTrace[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const trace of traces) {
    for (const value of Object.values(trace)) {
      if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer) buffers.add(value.buffer);
    }
  }
  return [...buffers];
}

const api = {
  /**
   * Every policy sees the same arrivals (the engine draws them from the seed, or replays the trace); progress is
   * reported per policy.
   */
  async run(given: TimeRunInput, onProgress?: (done: number) => void, replay?: TraceChoice): Promise<LabRunResult> {
    const input = replay ? withRequests(given, await loadLlmTrace(replay.name), replay.rate_scale) : given;
    const traces = runPolicies(input, onProgress);
    const derived: TraceDerived[] = traces.map((trace) => ({
      series: selectTraceSeries(trace), decisions: selectDecisionSeconds(trace), changes: selectChangeSeconds(trace),
      ...(trace.replica === 'llm' ? { llm: selectLlmSeries(trace) } : {}),
    }));
    const buffers = [...traceBuffers(traces), ...derived.flatMap((d) => [...seriesBuffers(d.series), ...(d.llm ? seriesBuffers(d.llm) : []), d.decisions.buffer, d.changes.buffer])];
    return Comlink.transfer({ traces, derived }, buffers);
  },
  /** A CSV read off the page's thread (a week of seconds is over half a million lines). */
  parseCsv(text: string, file: string, cutAtMaxSeconds: boolean) {
    return parseTrafficCsv(text, file, { cutAtMaxSeconds });
  },
};

export type LabWorkerApi = typeof api;

Comlink.expose(api);
