/** Conservation of requests and tokens under the LLM replica, every tick, for random traces, policies, profiles and stages. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POLICY_MODELS } from '../../policies/registry';
import type { LabPolicyConfig } from '../../policies/types';
import { DEFAULT_PLATFORM } from '../platform';
import { simulateTime } from '../simulateTime';
import type { ColdStartSettings, GpuProfile, RequestList, TimeRunInput, TimeTrace } from '../types';

const requests: fc.Arbitrary<RequestList> = fc.array(fc.record({ gap: fc.double({ min: 0, max: 3, noNaN: true }), prompt: fc.integer({ min: 1, max: 3000 }), output: fc.integer({ min: 1, max: 600 }) }), { minLength: 1, maxLength: 400 })
  .map((rows) => {
    let t = 0;
    const at = rows.map(({ gap }) => (t += gap / 4));
    return { at: Float64Array.from(at), prompt: Int32Array.from(rows.map((r) => r.prompt)), output: Int32Array.from(rows.map((r) => r.output)) };
  });

const profile: fc.Arbitrary<GpuProfile> = fc.record({
  itl_base_ms: fc.double({ min: 1, max: 40, noNaN: true }), itl_per_seq_ms: fc.double({ min: 0.001, max: 2, noNaN: true }),
  prefill_ms_per_token: fc.double({ min: 0.001, max: 0.5, noNaN: true }), max_num_seqs: fc.integer({ min: 1, max: 64 }),
  kv_cache_tokens: fc.integer({ min: 500, max: 200_000 }),
});

const policy: fc.Arbitrary<LabPolicyConfig> = fc.record({ min: fc.integer({ min: 0, max: 2 }), span: fc.integer({ min: 0, max: 4 }), target: fc.integer({ min: 1, max: 20 }), kind: fc.constantFrom('threshold', 'kpa', 'sagemaker') })
  .map(({ min, span, target, kind }): LabPolicyConfig => {
    if (kind === 'kpa') return { ...POLICY_MODELS.kpa.defaults, min_scale: min, max_scale: min + span + 1, initial_scale: min, target, stable_window_s: 6 };
    if (kind === 'sagemaker') return { ...POLICY_MODELS.sagemaker.defaults, min_capacity: min, max_capacity: min + span + 1, initial_capacity: min, target_value: target * 10, scale_in_cooldown_s: 10, scale_out_cooldown_s: 10 };
    return { policy: 'threshold', min_servers: min, max_servers: min + span + 1, initial_servers: min, upper_threshold: target, lower_threshold: target / 4, scale_step: 1, period_s: 5, scale_out_cooldown_s: 0, scale_in_cooldown_s: 0 };
  });

const coldStart: fc.Arbitrary<ColdStartSettings | undefined> = fc.option(fc.record({
  stages: fc.record({ node_s: fc.integer({ min: 0, max: 20 }), image_s: fc.integer({ min: 0, max: 20 }), weights_s: fc.integer({ min: 0, max: 20 }), warmup_s: fc.integer({ min: 0, max: 5 }) }),
  warm_nodes: fc.integer({ min: 0, max: 3 }), node_keep_warm_s: fc.integer({ min: 0, max: 60 }),
}), { nil: undefined });

const input: fc.Arbitrary<TimeRunInput> = fc.record({
  requests, profile, coldStart, policies: fc.array(policy, { minLength: 1, maxLength: 2 }),
  seconds: fc.integer({ min: 1, max: 150 }), cold: fc.integer({ min: 0, max: 20 }), drain: fc.integer({ min: 0, max: 20 }),
  timeout: fc.integer({ min: 0, max: 60 }), limit: fc.integer({ min: 0, max: 300 }),
}).map(({ requests: r, profile: p, coldStart: c, policies, seconds, cold, drain, timeout, limit }) => ({
  traffic: { points: [{ t: 0, rps: 0 }] }, seconds, seed: 1, arrivals: 'exact', requests: r, coldStart: c,
  platform: { ...DEFAULT_PLATFORM, cold_start_s: cold, drain_s: drain, timeout_s: timeout, queue_limit: limit },
  policies: policies.map((config, i) => ({ name: `p${i}`, config })),
  replica: { kind: 'llm', llm: { profile: p, max_num_batched_tokens: 2048, slo_ttft_ms: 500, slo_itl_ms: 50 } },
}));

/** The first broken invariant of an LLM trace, in words, or null. */
function broken(trace: TimeTrace, run: TimeRunInput): string | null {
  const { at, output } = run.requests!;
  const maxSeqs = run.replica!.kind === 'llm' ? run.replica!.llm.profile.max_num_seqs : 0;
  let arrived = 0, done = 0, tokens = 0, outputArrived = 0, next = 0;
  for (let t = 0; t < trace.seconds; t++) {
    while (next < at.length && at[next]! < t + 1) outputArrived += output[next++]!;
    arrived += trace.arrivals[t]!;
    done += trace.served[t]! + trace.dropped[t]! + trace.failed[t]!;
    tokens += trace.tokensOut[t]!;
    if (arrived !== done + trace.queue[t]!) return `t=${t}: arrivals ${arrived} != finished ${done} + queue ${trace.queue[t]}`;
    if (trace.queue[t] !== trace.waiting[t]! + trace.running[t]!) return `t=${t}: queue is not waiting + running`;
    if (tokens > outputArrived) return `t=${t}: ${tokens} tokens out, more than the ${outputArrived} asked for`;
    if (trace.running[t]! > maxSeqs * (trace.ready[t]! + trace.draining[t]!)) return `t=${t}: ${trace.running[t]} running, above the batch cap`;
    if (!(trace.kvUsage[t]! >= 0 && trace.kvUsage[t]! <= 1) || !(trace.gpuUtil[t]! >= 0 && trace.gpuUtil[t]! <= 1 + 1e-6)) return `t=${t}: a share outside 0..1`;
    if (run.coldStart !== undefined && trace.stageNode[t]! + trace.stageImage[t]! + trace.stageWeights[t]! + trace.stageWarmup[t]! !== trace.provisioning[t]) return `t=${t}: stages do not add up to provisioning`;
  }
  const s = trace.summary;
  if (s.served + s.dropped + s.failed + s.queue_end !== arrived) return 'summary does not conserve requests';
  if (s.tokens_out !== tokens) return 'summary tokens differ from the column';
  // with nothing lost or left, every token asked for was produced exactly once
  if (s.failed === 0 && s.dropped === 0 && s.queue_end === 0 && tokens !== outputArrived) return `all finished, but ${tokens} tokens out of ${outputArrived}`;
  return null;
}

describe('LLM replica properties', () => {
  it('conserves requests and tokens at every tick; batch cap, shares and stages hold', () => {
    fc.assert(fc.property(input, (run) => {
      for (const trace of simulateTime(run)) expect(broken(trace, run)).toBeNull();
    }), { numRuns: 60 });
  });

  it('a drain that runs out cuts the running streams and counts them failed', () => {
    const n = 10;
    const run: TimeRunInput = {
      traffic: { points: [{ t: 0, rps: 0 }] }, seconds: 30, seed: 1, arrivals: 'exact',
      requests: { at: new Float64Array(n), prompt: new Int32Array(n).fill(100), output: new Int32Array(n).fill(20_000) },
      platform: { ...DEFAULT_PLATFORM, drain_s: 5 },
      policies: [{ name: 'down', config: { policy: 'threshold', min_servers: 0, max_servers: 1, initial_servers: 1, upper_threshold: 1e9, lower_threshold: 1e9, scale_step: 1, period_s: 2, scale_out_cooldown_s: 0, scale_in_cooldown_s: 0 } }],
      replica: { kind: 'llm', llm: { profile: { itl_base_ms: 10, itl_per_seq_ms: 0, prefill_ms_per_token: 0, max_num_seqs: 256, kv_cache_tokens: 1e7 }, max_num_batched_tokens: 2048, slo_ttft_ms: 500, slo_itl_ms: 50 } },
    };
    const trace = simulateTime(run)[0]!;
    // removed at the end of second 1, drains for 5 s (seconds 2 to 6), cut at the end of second 6
    expect(trace.ready[2]).toBe(0);
    expect(trace.draining[6]).toBe(1);
    expect(trace.running[5]).toBe(n);
    expect(trace.failed[6]).toBe(n);
    expect(trace.summary.failed).toBe(n);
    expect(trace.summary.served).toBe(0);
  });
});
