/** The LLM replica against closed forms: a lone request's timing, throughput at a fixed batch, Little's law, the A100 sanity check. */
import { describe, expect, it } from 'vitest';
import { THRESHOLD_TIME_DEFAULTS } from '../../policies/threshold';
import { DEFAULT_PLATFORM } from '../platform';
import { simulateTime } from '../simulateTime';
import { decodeTrace } from '../traffic/traces';
import { AZURE_CONV } from '../traffic/data/azureConv';
import { replayTrace } from '../traffic/requests';
import type { RequestList, TimeTrace } from '../types';
import { A100_8B, DEFAULT_LLM_SETTINGS, itlMs } from './profiles';

/** `replicas` fixed replicas (a threshold rule that never moves) serving `requests` for `seconds`. */
function run(requests: RequestList, seconds: number, replicas = 1): TimeTrace {
  const config = { ...THRESHOLD_TIME_DEFAULTS, min_servers: replicas, max_servers: replicas, initial_servers: replicas };
  return simulateTime({
    traffic: { points: [{ t: 0, rps: 0 }] }, seconds, seed: 1, arrivals: 'exact', platform: { ...DEFAULT_PLATFORM, queue_limit: 1e9, timeout_s: 86_400 },
    policies: [{ name: 'fixed', config }], replica: { kind: 'llm', llm: DEFAULT_LLM_SETTINGS }, requests,
  })[0]!;
}

const list = (at: number[], prompt: number[], output: number[]): RequestList =>
  ({ at: Float64Array.from(at), prompt: Int32Array.from(prompt), output: Int32Array.from(output) });

const sum = (column: ArrayLike<number>, from = 0, to = column.length) => { let s = 0; for (let i = from; i < to; i++) s += column[i]!; return s; };

describe('the LLM replica', () => {
  it('a lone request of 100 prompt and 100 output tokens: one prefill iteration, then 99 at itl(1), inside the first second', () => {
    const trace = run(list([0], [100], [100]), 3);
    const prefill = A100_8B.itl_base_ms + A100_8B.itl_per_seq_ms + A100_8B.prefill_ms_per_token * 100;
    const itl = itlMs(A100_8B, 1);
    expect(trace.served[0]).toBe(1);
    expect(trace.ttftP95[0]).toBeCloseTo(prefill, 3);
    expect(trace.itlP95[0]).toBeCloseTo(itl, 3);
    expect(trace.p50[0]).toBeCloseTo(prefill + 99 * itl, 2); // about 100 x itl(1), not a whole second
    expect(trace.tokensOut[0]).toBe(100);
    expect(trace.summary).toMatchObject({ served: 1, tokens_out: 100, goodput: 1 });
  });

  it('throughput at a fixed batch of 64 is 64 / itl(64) tokens per second', () => {
    const n = 64;
    const trace = run(list(Array(n).fill(0), Array(n).fill(1), Array(n).fill(5000)), 5);
    const perSecond = (1000 * n) / itlMs(A100_8B, n);
    for (const t of [1, 2, 3]) expect(Math.abs(trace.tokensOut[t]! - perSecond)).toBeLessThanOrEqual(n);
    expect(trace.running[3]).toBe(n);
    expect(trace.gpuUtil[3]).toBeCloseTo(1, 5);
  });

  it('Little\'s law at steady state: mean requests in the system = arrival rate x mean time in it', () => {
    const rate = 20;
    const seconds = 600;
    const at: number[] = [];
    for (let i = 0; i < rate * seconds; i++) at.push(i / rate);
    const trace = run(list(at, at.map(() => 50), at.map(() => 100)), seconds);
    const from = 60;
    const to = seconds - 10;
    const meanInSystem = sum(trace.queue, from, to) / (to - from);
    const meanLatencyS = sum(trace.p50, from, to) / (to - from) / 1000;
    expect(meanInSystem).toBeGreaterThan(0.9 * rate * meanLatencyS);
    expect(meanInSystem).toBeLessThan(1.1 * rate * meanLatencyS);
  });

  it('sanity check: the Azure chat trace spends ~0.4 s of each second in prefill on one A100 and saturates it near 10 req/s', () => {
    const trace = decodeTrace(AZURE_CONV);
    const rate = trace.at.length / trace.at[trace.at.length - 1]!;
    const meanPrompt = sum(trace.prompt) / trace.prompt.length;
    const prefillShare = (rate * meanPrompt * A100_8B.prefill_ms_per_token) / 1000;
    expect(rate).toBeGreaterThan(5);
    expect(rate).toBeLessThan(6);
    expect(prefillShare).toBeGreaterThan(0.35);
    expect(prefillShare).toBeLessThan(0.5);
    // one replica keeps up at 5.5 req/s, falls behind at 12 req/s
    const calm = run(replayTrace(trace, 900, 1), 900);
    const busy = run(replayTrace(trace, 900, 12 / rate), 900);
    expect(Math.max(...calm.waiting)).toBeLessThan(50);
    expect(busy.waiting[899]).toBeGreaterThan(500);
    expect(sum(busy.gpuUtil, 300, 900) / 600).toBeGreaterThan(0.99);
  });

  it('the batch never exceeds max_num_seqs, nor the KV cache its reservations; the rest wait', () => {
    const n = 300;
    const trace = run(list(Array(n).fill(0), Array(n).fill(10), Array(n).fill(1000)), 3);
    expect(trace.running[1]).toBe(A100_8B.max_num_seqs);
    expect(trace.waiting[1]).toBe(n - A100_8B.max_num_seqs);
    expect(trace.queue[1]).toBe(n);
    // 5,010 tokens reserved each: 79 fit in 400,000
    const long = run(list(Array(100).fill(0), Array(100).fill(10), Array(100).fill(5000)), 2);
    expect(long.running[0]).toBe(Math.floor(A100_8B.kv_cache_tokens / 5010));
  });
});

describe('checkTimeRun on LLM inputs', () => {
  it('names a bad profile key, a bad stage and an out-of-order request at their paths', async () => {
    const { checkTimeRun } = await import('../check');
    const result = checkTimeRun({
      traffic: { points: [{ t: 0, rps: 0 }] }, seconds: 10, seed: 1, arrivals: 'exact', platform: DEFAULT_PLATFORM,
      policies: [{ name: 'fixed', config: THRESHOLD_TIME_DEFAULTS }],
      replica: { kind: 'llm', llm: { ...DEFAULT_LLM_SETTINGS, profile: { ...A100_8B, max_num_seqs: 0 } } },
      coldStart: { stages: { node_s: -1, image_s: 0, weights_s: 0, warmup_s: 0 }, warm_nodes: 0, node_keep_warm_s: 0 },
      requests: list([0, 2, 1], [1, 1, 1], [1, 1, 1]),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(['replica.llm.profile: max_num_seqs', 'coldStart.node_s', 'requests[2]']);
  });
});

describe('tickAt under the LLM replica', () => {
  it("carries the gauges, TTFT/ITL and the stages in one second's record", async () => {
    const { tickAt } = await import('../tick');
    const tick = tickAt(run(list([0], [100], [100]), 2), 0);
    expect(tick).toMatchObject({ served: 1, waiting: 0, running: 0, tokens_out: 100, stages: { node: 0, image: 0, weights: 0, warmup: 0 } });
    expect(tick.ttft_p95_ms).toBeGreaterThan(0);
    expect(tick.gpu_util).toBeGreaterThan(0.9);
  });
});
