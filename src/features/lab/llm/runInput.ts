/**
 * The Lab's inputs as the engine's run input: one function for the worker, the tests and the pitfalls' checks, so what
 * the app runs is what the engine is tested with. An Azure trace is replayed where the requests are needed (the worker).
 */
import { replayTrace, scenarioProfile, simulateTime, type RequestList, type TimeRunInput, type TimeTrace } from '../../../engine/time';
import type { AzureTraceName, LabInputs } from '../../../store/labLink';
import { coldStartOf, isLlm, llmOf, replicaOf } from './llmSettings';

export interface TraceChoice { readonly name: AzureTraceName; readonly rate_scale: number }

/** The engine's input for some Lab inputs, without a trace's requests (see `traceOf`, `withRequests`). */
export function labRunInput(inputs: LabInputs): TimeRunInput {
  const traffic = inputs.traffic.kind === 'scenario' ? scenarioProfile(inputs.traffic.name, inputs.seconds) : inputs.traffic.profile;
  const base = { traffic, seconds: inputs.seconds, seed: inputs.seed, arrivals: inputs.arrivals, platform: inputs.platform, policies: inputs.policies };
  if (!isLlm(inputs)) return base;
  return { ...base, replica: replicaOf(inputs), coldStart: coldStartOf(llmOf(inputs)) };
}

/** The trace the run replays in place of the traffic profile (only under the LLM replica). */
export function traceOf(inputs: LabInputs): TraceChoice | undefined {
  return isLlm(inputs) ? llmOf(inputs).trace : undefined;
}

/** The input with a trace's requests replayed over the run (gaps divided by the rate scale, looped to fill it). */
export function withRequests(input: TimeRunInput, trace: RequestList, rateScale: number): TimeRunInput {
  return { ...input, requests: replayTrace(trace, input.seconds, rateScale) };
}

/** The worker's run: each policy on its own, one after the other (so the page can show progress), on the same arrivals. */
export function runPolicies(input: TimeRunInput, onProgress?: (done: number) => void): TimeTrace[] {
  const traces: TimeTrace[] = [];
  input.policies.forEach((policy) => {
    const [trace] = simulateTime({ ...input, policies: [policy] });
    if (trace) traces.push(trace);
    onProgress?.(traces.length / input.policies.length);
  });
  return traces;
}
