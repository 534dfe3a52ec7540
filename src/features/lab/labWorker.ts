/**
 * The Lab's Web Worker: runs the time engine off the page's thread, one policy after the other so the page can show
 * progress, and hands the traces' typed arrays back by transfer (no copy). The engine knows nothing of this.
 */
import * as Comlink from 'comlink';
import { parseTrafficCsv, simulateTime, type TimeRunInput, type TimeTrace } from './labEngine';
import { loadAzureTrace } from './llm/azureTraces';
import { withRequests, type TraceChoice } from './llm/runInput';

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
  async run(given: TimeRunInput, onProgress?: (done: number) => void, trace?: TraceChoice): Promise<TimeTrace[]> {
    const input = trace ? withRequests(given, await loadAzureTrace(trace.name), trace.rate_scale) : given;
    const traces: TimeTrace[] = [];
    input.policies.forEach((policy) => {
      const [trace] = simulateTime({ ...input, policies: [policy] });
      if (trace) traces.push(trace);
      onProgress?.(traces.length / input.policies.length);
    });
    return Comlink.transfer(traces, traceBuffers(traces));
  },
  /** A CSV read off the page's thread (a week of seconds is over half a million lines). */
  parseCsv(text: string, file: string, cutAtMaxSeconds: boolean) {
    return parseTrafficCsv(text, file, { cutAtMaxSeconds });
  },
};

export type LabWorkerApi = typeof api;

Comlink.expose(api);
