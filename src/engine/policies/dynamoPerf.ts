/**
 * Dynamo's aggregated-engine performance model with the Lab's GPU profile in place of the fitted regression.
 * Source: ai-dynamo/dynamo `components/src/dynamo/planner/core/perf_model/agg.py` (AggRegressionModel:
 * estimate_next_ttft, estimate_next_itl, find_best_engine_agg_rps). Dynamo fits wall time per forward pass as a function
 * of the prefill tokens and the decode KV tokens in it; the Lab's profile says the same thing per running sequence:
 * wall_ms = itl_base_ms + itl_per_seq_ms x batch + prefill_ms_per_token x prefill tokens. So decode KV tokens become
 * sequences (one sequence holds isl + osl / 2 tokens on average, as find_best_engine_agg_rps assumes).
 */
import type { GpuProfile } from './types';

/** One forward pass in milliseconds with `prefillTokens` prompt tokens and `batch` running sequences. */
export function wallMs(profile: GpuProfile, prefillTokens: number, batch: number): number {
  return Math.max(1e-3, profile.itl_base_ms + profile.itl_per_seq_ms * batch + profile.prefill_ms_per_token * prefillTokens);
}

/** estimate_next_ttft: the queue plus one average prompt, chunked by max_num_batched_tokens, beside `batch` decodes. */
export function estimateTtftMs(profile: GpuProfile, queuedPrefillTokens: number, avgIsl: number, maxNumBatchedTokens: number, batch: number): number {
  const total = queuedPrefillTokens + avgIsl;
  if (total <= 0) return 0;
  const iterations = Math.ceil(total / maxNumBatchedTokens);
  let remaining = total;
  let time = 0;
  for (let i = 0; i < iterations; i++) {
    const chunk = Math.min(remaining, maxNumBatchedTokens);
    time += wallMs(profile, chunk, batch);
    remaining -= chunk;
  }
  return time;
}

export interface EngineRate {
  /** requests per second one engine sustains within both objectives (Little's law: batch / (osl x wall time)) */
  readonly rps: number;
  readonly batch: number;
  readonly ttftMs: number;
  readonly itlMs: number;
  /** even a batch of 1 misses an objective */
  readonly unreachable: boolean;
}

/** find_best_engine_agg_rps: the largest batch whose ITL and TTFT meet the objectives, as a request rate. */
export function findBestEngineAggRps(
  profile: GpuProfile, isl: number, osl: number, maxNumBatchedTokens: number, ttftSlaMs: number, itlSlaMs: number,
): EngineRate | undefined {
  if (isl <= 0 || osl <= 0 || maxNumBatchedTokens <= 0) return undefined;
  const avgCtx = isl + osl / 2;
  const kvCap = Math.max(1, Math.floor(profile.kv_cache_tokens / Math.max(1, avgCtx)));
  const seqCap = profile.max_num_seqs > 0 ? profile.max_num_seqs : kvCap;
  const hardCap = Math.min(kvCap, seqCap, maxNumBatchedTokens - 1);
  const balanced = (x: number) => maxNumBatchedTokens - x > 0 && isl / (maxNumBatchedTokens - x) <= osl;
  let lo = 1;
  let hi = Math.max(1, hardCap);
  while (lo < hi) {
    const mid = Math.floor((lo + hi + 1) / 2);
    if (balanced(mid)) lo = mid; else hi = mid - 1;
  }
  let best: EngineRate = { rps: 0, batch: 0, ttftMs: 0, itlMs: 0, unreachable: false };
  for (let bs = 1; bs <= lo; bs++) {
    const prefillPerIter = Math.min((bs * isl) / Math.max(1, osl), maxNumBatchedTokens);
    const wt = wallMs(profile, prefillPerIter, bs);
    const ttft = estimateTtftMs(profile, Math.trunc(prefillPerIter), isl, maxNumBatchedTokens, bs);
    if (wt > itlSlaMs || ttft > ttftSlaMs) {
      if (bs === 1) best = { rps: 1 / (osl * (wt / 1000)), batch: 1, ttftMs: ttft, itlMs: wt, unreachable: true };
      break;
    }
    best = { rps: bs / (osl * (wt / 1000)), batch: bs, ttftMs: ttft, itlMs: wt, unreachable: false };
  }
  return best.rps > 0 ? best : undefined;
}
