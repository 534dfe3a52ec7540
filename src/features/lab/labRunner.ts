/**
 * Runs Lab inputs in the worker. One run at a time: a new run ends the worker of a run still going (its result would be
 * stale anyway), so a week-long run never holds up the next edit. The page's thread only waits on messages.
 */
import * as Comlink from 'comlink';
import type { LabWorkerApi, TraceDerived } from './labWorker';
import { selectTraceSeries } from './chartData';
import { selectChangeSeconds, selectDecisionSeconds } from './labSelectors';
import { selectLlmSeries } from './llm/llmChartData';
import type { TimeRunInput, TimeTrace, TrafficProfile } from './labEngine';
import type { Result } from '../../engine/lesson/validate';
import type { TraceChoice } from './llm/runInput';

let current: { worker: Worker; reject: (reason: Error) => void } | null = null;

export class RunCancelled extends Error {
  constructor() { super('the run was replaced by a newer one'); }
}

export function cancelLabRun(): void {
  if (!current) return;
  current.worker.terminate();
  current.reject(new RunCancelled());
  current = null;
}

/** Hands the worker's derivations to the views' caches, so no view scans the trace again on the page. */
function prime(trace: TimeTrace, derived: TraceDerived): void {
  selectTraceSeries.prime(trace, derived.series);
  selectDecisionSeconds.prime(trace, derived.decisions);
  selectChangeSeconds.prime(trace, derived.changes);
  if (derived.llm) selectLlmSeries.prime(trace, derived.llm);
}

export async function runInWorker(input: TimeRunInput, trace: TraceChoice | undefined, onProgress: (done: number) => void): Promise<TimeTrace[]> {
  cancelLabRun();
  const worker = new Worker(new URL('./labWorker.ts', import.meta.url), { type: 'module' });
  const remote = Comlink.wrap<LabWorkerApi>(worker);
  const cancelled = new Promise<never>((_, reject) => { current = { worker, reject }; });
  const mine = current;
  try {
    const { traces, derived } = await Promise.race([remote.run(input, Comlink.proxy(onProgress), trace), cancelled]);
    traces.forEach((trace, i) => { const d = derived[i]; if (d) prime(trace, d); });
    return traces;
  } finally {
    if (current === mine) { worker.terminate(); current = null; }
  }
}

/** Parses a traffic CSV in a worker of its own, so a long file never holds up the page; the worker ends after. */
export async function parseCsvInWorker(text: string, file: string, cutAtMaxSeconds: boolean): Promise<Result<TrafficProfile>> {
  const worker = new Worker(new URL('./labWorker.ts', import.meta.url), { type: 'module' });
  try {
    return await Comlink.wrap<LabWorkerApi>(worker).parseCsv(text, file, cutAtMaxSeconds);
  } finally {
    worker.terminate();
  }
}
