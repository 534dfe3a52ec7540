import { describe, expect, it } from 'vitest';
import { estimateTtftMs, findBestEngineAggRps, wallMs } from './dynamoPerf';
import { DYNAMO_DEFAULTS, DYNAMO_REASONS, dynamoPeriodS, dynamoPlannerModel, validateDynamoPlannerConfig } from './dynamoPlanner';
import { runHarness, steadyObservation } from './testHarness';
import type { DynamoPlannerConfig, GpuProfile } from './types';

/** A profile whose arithmetic is easy to follow: 10 ms + 0.1 ms per sequence, prefill free unless said. */
const EASY: GpuProfile = { itl_base_ms: 10, itl_per_seq_ms: 0.1, prefill_ms_per_token: 0, max_num_seqs: 256, kv_cache_tokens: 1e9 };
/** LLM-SERVING.md's 8B model on one A100 80 GB (Vidur's profiled tables, derived). */
const A100: GpuProfile = { name: '8B on A100', itl_base_ms: 9.7, itl_per_seq_ms: 0.023, prefill_ms_per_token: 0.072, max_num_seqs: 256, kv_cache_tokens: 400_000 };

describe('Dynamo perf model (perf_model/agg.py) on the Lab profile', () => {
  it('find_best_engine_agg_rps: Little\'s law at the largest batch within both objectives', () => {
    // every batch up to max_num_seqs meets ITL 50 ms (10 + 0.1 x 256 = 35.6 ms): rate = 256 / (osl x 35.6 ms)
    const free = findBestEngineAggRps(EASY, 100, 100, 2048, 500, 50)!;
    expect(free.batch).toBe(256);
    expect(free.rps).toBeCloseTo(256 / (100 * 0.0356), 9);
    // ITL 20 ms binds at a batch of 100: rate = 100 / (100 x 20 ms) = 50 req/s
    const bound = findBestEngineAggRps(EASY, 100, 100, 2048, 500, 20)!;
    expect(bound.batch).toBe(100);
    expect(bound.rps).toBeCloseTo(50, 9);
  });

  it('caps the batch where prefill can no longer keep up with decode (isl / (budget - x) <= osl)', () => {
    // isl 2000, osl 1, budget 2048: x <= 2048 - 2000 = 48
    expect(findBestEngineAggRps(EASY, 2000, 1, 2048, 1e9, 1e9)!.batch).toBe(48);
  });

  it('says so when even a batch of 1 misses an objective, and sizes from it', () => {
    const slow = findBestEngineAggRps(EASY, 100, 100, 2048, 500, 5)!;
    expect(slow.unreachable).toBe(true);
    expect(slow.rps).toBeCloseTo(1 / (100 * 0.0101), 9);
  });

  it('estimate_next_ttft chunks the queue plus one prompt by max_num_batched_tokens', () => {
    // 3000 queued + 1000 = 4000 tokens: chunks 2048 and 1952, each pass 9.7 + 0.023 x 10 + 0.072 x chunk
    expect(estimateTtftMs(A100, 3000, 1000, 2048, 10)).toBeCloseTo(2 * (9.7 + 0.23) + 0.072 * 4000, 9);
    expect(wallMs(A100, 0, 64)).toBeCloseTo(9.7 + 0.023 * 64, 12);
  });
});

const THROUGHPUT_ONLY: DynamoPlannerConfig = DYNAMO_DEFAULTS;
const WITH_LOAD: DynamoPlannerConfig = { ...DYNAMO_DEFAULTS, enable_load_scaling: true };

describe('Dynamo planner, throughput mode (core/throughput_scaling.py, _throughput_agg)', () => {
  it('decides every 180 s from the last interval\'s demand: ceil(demand / engine rate), at least min_endpoint', () => {
    expect(dynamoPeriodS(THROUGHPUT_ONLY)).toBe(180);
    const rate = findBestEngineAggRps(EASY, 100, 100, 2048, 500, 50)!.rps; // 71.9 req/s
    const obs = steadyObservation({ t: 179, ready: 1, arrivals: 200, gauges: { promptTokens: 200 * 100, outputTokens: 200 * 100 }, profile: EASY });
    const { decision } = dynamoPlannerModel.decide(THROUGHPUT_ONLY, dynamoPlannerModel.init(THROUGHPUT_ONLY), obs);
    expect(decision.desired).toBe(Math.ceil(200 / rate));
    expect(decision.desired).toBe(3);
    expect(decision.metric).toBeCloseTo(200, 9);
    expect(dynamoPlannerModel.explain(THROUGHPUT_ONLY, decision, obs)).toMatch(/^Dynamo planner \(throughput\): 200 req\/s predicted for the next 180 s .*Little's law\) -> 3 engines$/);
  });

  it('keeps within the GPU budget (8 GPUs, 1 per engine)', () => {
    const obs = steadyObservation({ t: 179, ready: 1, arrivals: 2000, gauges: { promptTokens: 2000 * 100, outputTokens: 2000 * 100 }, profile: EASY });
    const { decision } = dynamoPlannerModel.decide(THROUGHPUT_ONLY, dynamoPlannerModel.init(THROUGHPUT_ONLY), obs);
    expect(decision.raw).toBe(28);
    expect(decision.desired).toBe(8);
  });

  it('on the A100 profile, the Azure conversation trace\'s 5.5 req/s of ~1,020-token prompts needs one engine', () => {
    const obs = steadyObservation({ t: 179, ready: 1, arrivals: 5.5, gauges: { promptTokens: 5.5 * 1020, outputTokens: 5.5 * 129 }, profile: A100 });
    const rate = findBestEngineAggRps(A100, 1020, 129, 2048, 500, 50)!;
    expect(rate.rps).toBeGreaterThan(5.5);
    expect(dynamoPlannerModel.decide(THROUGHPUT_ONLY, dynamoPlannerModel.init(THROUGHPUT_ONLY), obs).decision.desired).toBe(1);
  });

  it('without a GPU profile (the web-server replica) it has no model and keeps the count', () => {
    const obs = steadyObservation({ t: 179, ready: 2, arrivals: 50 });
    const { decision } = dynamoPlannerModel.decide(THROUGHPUT_ONLY, dynamoPlannerModel.init(THROUGHPUT_ONLY), obs);
    expect([decision.desired, DYNAMO_REASONS[decision.reason]]).toEqual([2, 'noProfile']);
  });
});

describe('Dynamo planner, load mode (core/load_scaling.py, agg)', () => {
  const at = (ready: number, gauges: Parameters<typeof steadyObservation>[0]['gauges'], floor = 1, current = ready) => dynamoPlannerModel.decide(
    WITH_LOAD, { floor }, steadyObservation({ t: 4, ready, current, arrivals: 1, gauges: { promptTokens: 100, outputTokens: 100, ...gauges }, profile: EASY }),
  ).decision;

  it('adds one engine when every engine\'s estimated ITL is over the objective', () => {
    // 450 running per engine: ITL = 10 + 0.1 x (450 + 0 + 1) = 55.1 ms > 50
    const d = at(2, { running: 900, waiting: 0, kvUsage: 0.1 });
    expect([d.desired, DYNAMO_REASONS[d.reason]]).toEqual([3, 'loadUp']);
  });

  it('removes one only when the survivors stay under 80 % of both objectives', () => {
    const d = at(3, { running: 30, waiting: 0, kvUsage: 0.01 });
    expect([d.desired, DYNAMO_REASONS[d.reason]]).toEqual([2, 'loadDown']);
    // 3 engines with 250 running each: over 2, ITL 10 + 0.1 x (375 + 1) = 47.6 ms >= 40: refused
    const held = at(3, { running: 750, waiting: 0, kvUsage: 0.01 });
    expect([held.desired, DYNAMO_REASONS[held.reason]]).toEqual([3, 'loadRefused']);
  });

  it('the throughput result is the floor', () => {
    const d = at(3, { running: 30, waiting: 0, kvUsage: 0.01 }, 3);
    expect([d.raw, d.desired, DYNAMO_REASONS[d.reason]]).toEqual([2, 3, 'floorLifted']);
  });

  it('observes only while a scaling is in progress', () => {
    const d = at(2, { running: 900 }, 1, 3);
    expect([d.desired, DYNAMO_REASONS[d.reason]]).toEqual([3, 'scalingInProgress']);
  });

  it('runs every 5 s with the throughput floor every 180 s, through the harness', () => {
    expect(dynamoPeriodS(WITH_LOAD)).toBe(5);
    const run = runHarness({
      model: dynamoPlannerModel, config: WITH_LOAD, seconds: 400, arrivals: () => 200, coldStartS: 30, profile: EASY,
      gauges: (_, ready) => ({ promptTokens: 200 * 100, outputTokens: 200 * 100, running: 900, kvUsage: ready > 0 ? 0.5 : 0 }),
    });
    // load mode climbs one engine at a time, waiting for each to be ready; the 180 s floor (3) then holds it there
    const counts = run.steps.map((step) => step.decision.desired);
    for (let i = 1; i < counts.length; i++) expect(Math.abs(counts[i]! - counts[i - 1]!)).toBeLessThanOrEqual(1);
    expect(run.desiredAt(399)).toBeGreaterThanOrEqual(3);
  });

  it('validates its knobs', () => {
    const bad = validateDynamoPlannerConfig({ policy: 'dynamo-planner', enable_throughput_scaling: false, min_endpoint: 9 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.path)).toEqual(['enable_load_scaling', 'min_endpoint', 'initial_replicas']);
  });
});
