/**
 * Traffic as requests: each at its own time with prompt and output token counts (what the LLM replica serves).
 * - From a trace (Azure's, or a `--trace FILE.csv`): `replayTrace` compresses the gaps by `rate_scale` and loops the
 *   trace to fill the run.
 * - From a rate scenario: `requestsFromArrivals` spreads each second's arrivals uniformly inside it (seeded) and draws
 *   token counts from lognormals fitted to the Azure conversation trace's published percentiles (prompt p50 1,020 /
 *   p90 2,735; output p50 129 / p90 424; LLM-SERVING.md): ln X ~ Normal(ln p50, ln(p90 / p50) / 1.2816), rounded, at
 *   least 1, at most 32,768 prompt and 8,192 output tokens.
 */
import { seededRandom } from '../../lesson/presets';
import type { RequestList } from '../types';

/** z of the 90th percentile of the standard normal. */
const Z90 = 1.2815515655446004;

/** A lognormal token distribution by its median and 90th percentile, and its cap. */
export interface TokenDistribution { readonly p50: number; readonly p90: number; readonly max: number }

/** The Azure conversation trace's prompt and output token percentiles (the distribution other scenarios draw from). */
export const TOKEN_DISTRIBUTION: { readonly prompt: TokenDistribution; readonly output: TokenDistribution } = {
  prompt: { p50: 1020, p90: 2735, max: 32_768 },
  output: { p50: 129, p90: 424, max: 8192 },
};

/** Requests arriving in each second 0 .. seconds-1 (requests at or beyond `seconds` are left out). */
export function arrivalsFromRequests(requests: RequestList, seconds: number): Float64Array {
  const arrivals = new Float64Array(seconds);
  const { at } = requests;
  for (let i = 0; i < at.length; i++) {
    const t = Math.floor(at[i]!);
    if (t >= seconds) break;
    if (t >= 0) arrivals[t] = arrivals[t]! + 1;
  }
  return arrivals;
}

/** One standard normal draw (Box-Muller over two uniforms from `random`). */
function normal(random: () => number): number {
  const u = Math.max(1e-12, random());
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

function tokens(distribution: TokenDistribution, random: () => number): number {
  const sigma = Math.log(distribution.p90 / distribution.p50) / Z90;
  const value = Math.round(distribution.p50 * Math.exp(sigma * normal(random)));
  return Math.min(distribution.max, Math.max(1, value));
}

/**
 * Requests for an arrivals column: second t's arrivals at sorted uniform times inside [t, t + 1), each with token
 * counts drawn from TOKEN_DISTRIBUTION; seeded (the same arrivals and seed give the same requests).
 */
export function requestsFromArrivals(arrivals: Float64Array, seed: number): RequestList {
  let n = 0;
  for (let t = 0; t < arrivals.length; t++) n += arrivals[t]!;
  const at = new Float64Array(n);
  const prompt = new Int32Array(n);
  const output = new Int32Array(n);
  const random = seededRandom(seed ^ 0x5eed7);
  let i = 0;
  for (let t = 0; t < arrivals.length; t++) {
    const count = arrivals[t]!;
    const from = i;
    for (let k = 0; k < count; k++) at[i++] = t + random();
    at.subarray(from, i).sort();
  }
  for (let k = 0; k < n; k++) { prompt[k] = tokens(TOKEN_DISTRIBUTION.prompt, random); output[k] = tokens(TOKEN_DISTRIBUTION.output, random); }
  return { at, prompt, output };
}

/**
 * A trace (times from its first request) replayed over `seconds`: gaps divided by `rateScale` (2 = twice the rate),
 * looped end to end (the loop's period is the trace's span plus one mean gap) until the run is full.
 */
export function replayTrace(trace: RequestList, seconds: number, rateScale = 1): RequestList {
  const m = trace.at.length;
  if (m === 0 || seconds <= 0) return { at: new Float64Array(0), prompt: new Int32Array(0), output: new Int32Array(0) };
  const first = trace.at[0]!;
  const span = trace.at[m - 1]! - first;
  const period = (span + (m > 1 ? span / (m - 1) : 1)) / rateScale;
  const loops = period > 0 ? Math.ceil(seconds / period) : 1;
  const at: number[] = [];
  const prompt: number[] = [];
  const output: number[] = [];
  outer: for (let loop = 0; loop < loops; loop++) {
    for (let i = 0; i < m; i++) {
      const time = loop * period + (trace.at[i]! - first) / rateScale;
      if (time >= seconds) break outer;
      at.push(time);
      prompt.push(trace.prompt[i]!);
      output.push(trace.output[i]!);
    }
  }
  return { at: Float64Array.from(at), prompt: Int32Array.from(prompt), output: Int32Array.from(output) };
}
