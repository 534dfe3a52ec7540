/**
 * The runs the LLM questions are computed from: the Lab's time engine with the LLM replica, on requests that all bring
 * the same prompt and ask for the same answer, arriving evenly (so a closed form can check what a run says, and a
 * question can state its traffic in one line). Small runs: a question is made in a few milliseconds.
 */
import { THRESHOLD_TIME_DEFAULTS } from '../../engine/policies/threshold';
import type { NamedPolicy } from '../../engine/policies/types';
import {
  DEFAULT_LLM_SETTINGS, DEFAULT_PLATFORM, simulateTime,
  type ColdStartSettings, type GpuProfile, type LlmSettings, type PlatformSettings, type RequestList, type TimeTrace,
} from '../../engine/time';

/** Every request's prompt and answer, tokens. */
export interface Tokens { readonly prompt: number; readonly output: number }

/** A stretch of traffic: `rate` requests per second, evenly spaced, from `from` to `to` seconds. */
export interface Stretch { readonly from: number; readonly to: number; readonly rate: number }

/** Requests evenly spaced over each stretch (the first at its start), each with the same token counts. */
export function evenRequests(stretches: readonly Stretch[], tokens: Tokens): RequestList {
  const at: number[] = [];
  for (const { from, to, rate } of stretches) {
    if (rate <= 0) continue;
    const count = Math.floor((to - from) * rate - 1e-9) + 1;
    for (let i = 0; i < count; i++) at.push(from + i / rate);
  }
  return { at: Float64Array.from(at), prompt: new Int32Array(at.length).fill(tokens.prompt), output: new Int32Array(at.length).fill(tokens.output) };
}

/** A platform where nothing waits out a timeout nor is dropped (unless a question is about that). */
export const PATIENT_PLATFORM: PlatformSettings = { ...DEFAULT_PLATFORM, queue_limit: 1_000_000, timeout_s: 86_400 };

export interface RunSetup {
  readonly requests: RequestList;
  readonly seconds: number;
  readonly policy: NamedPolicy;
  readonly llm?: Partial<LlmSettings>;
  readonly platform?: Partial<PlatformSettings>;
  readonly coldStart?: ColdStartSettings;
}

/** One policy's run on the LLM replica (the A100 profile and Dynamo's objectives unless `llm` says otherwise). */
export function llmRun({ requests, seconds, policy, llm, platform, coldStart }: RunSetup): TimeTrace {
  const [trace] = simulateTime({
    traffic: { points: [{ t: 0, rps: 0 }] }, seconds, seed: 1, arrivals: 'exact', requests,
    platform: { ...PATIENT_PLATFORM, ...platform }, policies: [policy],
    replica: { kind: 'llm', llm: { ...DEFAULT_LLM_SETTINGS, ...llm } }, ...(coldStart ? { coldStart } : {}),
  });
  return trace!;
}

/** A rule that holds `replicas` replicas, never scaling (the lesson's threshold rule with min = max). */
export const fixedReplicas = (replicas: number): NamedPolicy =>
  ({ name: `${replicas} fixed`, config: { ...THRESHOLD_TIME_DEFAULTS, min_servers: replicas, max_servers: replicas, initial_servers: replicas } });

/** `replicas` fixed replicas of `profile` serving `rate` requests/s of `tokens` for `seconds`. */
export function steadyRun(profile: GpuProfile, tokens: Tokens, rate: number, seconds: number, llm: Partial<LlmSettings> = {}, replicas = 1): TimeTrace {
  return llmRun({ requests: evenRequests([{ from: 0, to: seconds, rate }], tokens), seconds, policy: fixedReplicas(replicas), llm: { ...llm, profile } });
}

// --- reading a trace
export function meanOf(column: ArrayLike<number>, from = 0, to = column.length): number {
  let sum = 0;
  for (let t = from; t < to; t++) sum += column[t]!;
  return to > from ? sum / (to - from) : 0;
}

export function medianOf(column: ArrayLike<number>, from = 0, to = column.length): number {
  const values = Array.from({ length: Math.max(0, to - from) }, (_, i) => column[from + i]!).sort((a, b) => a - b);
  if (values.length === 0) return 0;
  const mid = values.length >> 1;
  return values.length % 2 === 1 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
}

export function sumOf(column: ArrayLike<number>, from = 0, to = column.length): number {
  let sum = 0;
  for (let t = from; t < to; t++) sum += column[t]!;
  return sum;
}

/** The first second at or after `from` with a replica ready (undefined if none). */
export function firstReady(trace: TimeTrace, from: number): number | undefined {
  for (let t = from; t < trace.seconds; t++) if (trace.ready[t]! > 0) return t;
  return undefined;
}

/** The first second at or after `from` the policy had set no replica (undefined if it never did). */
export function firstAtZero(trace: TimeTrace, from = 0): number | undefined {
  for (let t = from; t < trace.seconds; t++) if (trace.desired[t] === 0 && trace.ready[t] === 0 && trace.provisioning[t] === 0) return t;
  return undefined;
}

/**
 * The highest rate (to `step`) in [low, high] at which `ok(rate)` holds, by bisection, assuming `ok` holds up to some
 * rate and not above it; with each rate tried, so an explanation can cite the run just above. `low` must be ok.
 */
export function highestOkRate(ok: (rate: number) => boolean, low: number, high: number, step: number): { readonly rate: number; readonly over: number } {
  let good = low;
  let bad = high;
  while (bad - good > step + 1e-9) {
    const mid = Math.round((good + bad) / 2 / step) * step;
    if (mid <= good || mid >= bad) break;
    if (ok(mid)) good = mid; else bad = mid;
  }
  return { rate: good, over: bad };
}
