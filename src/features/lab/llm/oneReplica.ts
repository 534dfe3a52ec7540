/**
 * One LLM replica, held at one, under a steady rate for five minutes: what the Deep dive's live example and the engine-made
 * questions read (GPU utilisation against the batch actually running, TTFT and ITL against their objectives). Pure.
 */
import { HPA_DEFAULTS } from '../../../engine/policies/hpaConfig';
import { DEFAULT_COLD_START, DEFAULT_LLM_SETTINGS, DEFAULT_PLATFORM, simulateTime, type GpuProfile, type TimeTrace } from '../../../engine/time';

export interface OneReplicaRun {
  readonly rate: number;
  /** mean over the run, after its first minute */
  readonly gpuUtil: number;
  readonly running: number;
  readonly kvUsage: number;
  readonly tokensPerSecond: number;
  readonly ttftP95: number | null;
  readonly itlP95: number | null;
  readonly goodput: number | null;
  readonly trace: TimeTrace;
}

export const ONE_REPLICA_SECONDS = 300;

export function oneReplica(rate: number, profile: GpuProfile = DEFAULT_LLM_SETTINGS.profile, seed = 1): OneReplicaRun {
  const [trace] = simulateTime({
    traffic: { points: [{ t: 0, rps: rate }] }, seconds: ONE_REPLICA_SECONDS, seed, arrivals: 'poisson',
    platform: { ...DEFAULT_PLATFORM, timeout_s: ONE_REPLICA_SECONDS },
    policies: [{ name: 'one replica', config: { ...HPA_DEFAULTS, min_replicas: 1, max_replicas: 1, initial_replicas: 1 } }],
    replica: { kind: 'llm', llm: { ...DEFAULT_LLM_SETTINGS, profile } }, coldStart: DEFAULT_COLD_START,
  });
  const t = trace!;
  const mean = (column: ArrayLike<number>) => { let sum = 0; for (let i = 60; i < t.seconds; i++) sum += column[i]!; return sum / (t.seconds - 60); };
  return {
    rate, gpuUtil: mean(t.gpuUtil), running: mean(t.running), kvUsage: mean(t.kvUsage), tokensPerSecond: mean(t.tokensOut),
    ttftP95: t.summary.ttft_p95_ms ?? null, itlP95: t.summary.itl_p95_ms ?? null, goodput: t.summary.goodput ?? null, trace: t,
  };
}
