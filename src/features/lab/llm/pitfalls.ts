/**
 * The LLM endpoint's pitfalls as data: each a complete Lab setup, the one change that fixes it, why, and two claims the
 * engine's run decides (what goes wrong in the setup's run, that it is gone in the fixed run). The sentences are made
 * from the run's own numbers, and each claim says whether it holds: pitfalls.test.ts runs every setup and fix through
 * the engine and checks both, so no sentence is written ahead of its numbers.
 */
import { formatCount, formatNumber, formatPercent, plural } from '../../../engine/format';
import { HPA_DEFAULTS } from '../../../engine/policies/hpaConfig';
import { KPA_DEFAULTS } from '../../../engine/policies/kpaConfig';
import { LLMD_SATURATION_DEFAULTS } from '../../../engine/policies/llmdSaturation';
import type { HpaConfig, LabPolicyConfig, NamedPolicy } from '../../../engine/policies/types';
import { DEFAULT_PLATFORM, type TimeTrace } from '../../../engine/time';
import type { LabInputs, LabLlm } from '../../../store/labLink';
import { DEFAULT_LAB_LLM } from './llmSettings';

export type PitfallId = 'gpu-util' | 'running-cap' | 'cascade' | 'zero-deadlock' | 'drain' | 'knative-100';

/** What the engine's run says about a claim: the sentence, from the run's numbers, and whether the claim holds in it. */
export interface Verdict { readonly holds: boolean; readonly text: string }

export interface Pitfall {
  readonly id: PitfallId;
  readonly title: string;
  /** the complete Lab setup that shows the problem (one policy, the LLM replica) */
  readonly setup: LabInputs;
  /** the setup with the fix made */
  readonly fixed: LabInputs;
  /** the fix, on its button */
  readonly fixLabel: string;
  /** why it goes wrong, and why the fix works: one or two sentences of mechanism (no numbers; the verdicts carry those) */
  readonly why: string;
  /** the problem, judged on the setup's run (its only trace) */
  problem(trace: TimeTrace, inputs: LabInputs): Verdict;
  /** the fix, judged on the fixed run */
  cured(trace: TimeTrace, inputs: LabInputs): Verdict;
}

// --- what a verdict reads off a trace
export const peakReplicas = (trace: TimeTrace): number => trace.desired.reduce((a, b) => Math.max(a, b), 0);
export const endReplicas = (trace: TimeTrace): number => trace.desired[trace.seconds - 1] ?? 0;
/** The most sequences any second had running per ready replica. */
export const peakRunningPerReplica = (trace: TimeTrace): number => {
  let peak = 0;
  for (let t = 0; t < trace.seconds; t++) if (trace.ready[t]! > 0) peak = Math.max(peak, trace.running[t]! / trace.ready[t]!);
  return peak;
};
export const meanGpuUtil = (trace: TimeTrace): number => trace.gpuUtil.reduce((a, b) => a + b, 0) / Math.max(1, trace.seconds);
const goodput = (trace: TimeTrace): number => trace.summary.goodput ?? 0;
const ms = (value: number | null | undefined) => (value === null || value === undefined ? 'none' : `${formatCount(Math.round(value))} ms`);
const dollars = (value: number) => `$${formatNumber(Math.round(value * 100) / 100)}`;
const replicas = (n: number) => plural(n, 'replica');

// --- the setups
const LLM_ON = (llm: Partial<LabLlm> = {}): Pick<LabInputs, 'replica' | 'llm'> => ({ replica: 'llm', llm: { ...DEFAULT_LAB_LLM, ...llm } });
/** Starts in under a minute on a warm node: image streaming, hot start, a warm pool of 4 (the pitfall is elsewhere). */
const FAST_START: Partial<LabLlm> = { mitigations: ['image_streaming', 'hot_start', 'warm_pool'], warm_pool: 4 };
const points = (...p: [number, number][]): LabInputs['traffic'] => ({ kind: 'points', profile: { points: p.map(([t, rps]) => ({ t, rps })) } });
const hpaOn = (metric: string, target: number, extra: Partial<HpaConfig> = {}): HpaConfig =>
  ({ ...HPA_DEFAULTS, min_replicas: 1, max_replicas: 10, initial_replicas: 1, metrics: [{ type: 'external', target_value: target, name: metric }], ...extra });
const setup = (traffic: LabInputs['traffic'], seconds: number, policy: NamedPolicy, more: Partial<LabInputs> = {}): LabInputs =>
  ({ traffic, seconds, seed: 1, arrivals: 'poisson', platform: DEFAULT_PLATFORM, policies: [policy], lengthSet: true, ...LLM_ON(), ...more });
const withPolicy = (inputs: LabInputs, policy: NamedPolicy): LabInputs => ({ ...inputs, policies: [policy] });

const gpuSetup = setup(points([0, 4]), 3600, { name: 'HPA on GPU utilisation', config: hpaOn('DCGM_FI_DEV_GPU_UTIL', 80) });
const runningSetup = setup(points([0, 4], [600, 16]), 3600, { name: 'HPA on running requests, target 300', config: hpaOn('vllm:num_requests_running', 300) }, LLM_ON(FAST_START));
const cascadeSetup = setup(points([0, 5], [600, 15]), 3600, { name: 'HPA on requests waiting', config: hpaOn('vllm:num_requests_waiting', 10) });
/** Traffic that stops for 15 minutes and comes back: KEDA scales to zero in the gap. */
const RETURN_AT = 1500;
const kedaOn = (metric: string): LabPolicyConfig => ({ ...hpaOn(metric, 10), min_replicas: 0, keda: { polling_interval_s: 30, cooldown_period_s: 300 } });
const zeroSetup = setup(points([0, 3], [600, 0], [RETURN_AT, 3]), 2700, { name: 'KEDA on requests waiting, min 0', config: kedaOn('vllm:num_requests_waiting') }, LLM_ON(FAST_START));
/** Seconds from `from` to the end with no replica ready. */
const readyAfter = (trace: TimeTrace, from: number): number => { let most = 0; for (let t = from; t < trace.seconds; t++) most = Math.max(most, trace.ready[t]!); return most; };
const servedAfter = (trace: TimeTrace, from: number): number => { let n = 0; for (let t = from; t < trace.seconds; t++) n += trace.served[t]!; return n; };
const arrivedAfter = (trace: TimeTrace, from: number): number => { let n = 0; for (let t = from; t < trace.seconds; t++) n += trace.arrivals[t]!; return n; };
const drainSetup = setup(points([0, 8], [900, 1]), 2400, { name: 'HPA on requests waiting, 3 to start', config: hpaOn('vllm:num_requests_waiting', 10, { initial_replicas: 3 }) },
  { platform: { ...DEFAULT_PLATFORM, drain_s: 0 } });
const ONE_AT_A_TIME = { ...DEFAULT_LAB_LLM.profile, name: 'one-at-a-time', max_num_seqs: 1 };
const knativeSetup = setup(points([0, 2]), 3600, { name: 'Knative KPA, default target 100', config: { ...KPA_DEFAULTS, max_scale: 10 } },
  LLM_ON({ ...FAST_START, profile: ONE_AT_A_TIME }));

export const PITFALLS: readonly Pitfall[] = [
  {
    id: 'gpu-util',
    title: 'Scaling on GPU utilisation',
    setup: gpuSetup,
    fixed: withPolicy(gpuSetup, { name: 'HPA on requests waiting', config: hpaOn('vllm:num_requests_waiting', 10) }),
    fixLabel: 'Scale on vllm:num_requests_waiting (target 10, GKE\'s sample)',
    why: 'DCGM_FI_DEV_GPU_UTIL is a duty cycle, the share of time any kernel runs: one running sequence reads near 100 %, so it says nothing about the spare room in the batch and an HPA aiming at 80 % keeps adding GPUs. Requests waiting rise only when the batch is really full.',
    problem: (trace) => {
      const peak = peakReplicas(trace);
      return {
        holds: peak >= 5 && endReplicas(trace) >= peak - 1,
        text: `On GPU utilisation (${formatPercent(meanGpuUtil(trace))} busy on average) the HPA climbed to ${replicas(peak)} and held ${formatCount(endReplicas(trace))} at the end, for ${dollars(trace.summary.cost)}; goodput ${formatPercent(goodput(trace))}.`,
      };
    },
    cured: (trace) => ({
      holds: peakReplicas(trace) <= 2 && goodput(trace) >= 0.9,
      text: `On requests waiting it kept ${replicas(peakReplicas(trace))} at most, for ${dollars(trace.summary.cost)}, with goodput ${formatPercent(goodput(trace))}.`,
    }),
  },
  {
    id: 'running-cap',
    title: 'A running-requests target the batch cap never reaches',
    setup: runningSetup,
    fixed: withPolicy(runningSetup, { name: 'HPA on running requests, target 32', config: hpaOn('vllm:num_requests_running', 32) }),
    fixLabel: 'Set the target to 32 running requests per replica',
    why: 'vllm:num_requests_running can never exceed max_num_seqs: with a target above the cap the average never reaches it, so the HPA never adds a replica while requests pile up waiting. A target well under the cap is reached before the batch is full.',
    problem: (trace, inputs) => {
      const cap = (inputs.llm ?? DEFAULT_LAB_LLM).profile.max_num_seqs;
      const running = peakRunningPerReplica(trace);
      return {
        holds: peakReplicas(trace) === 1 && running <= cap && (trace.summary.ttft_p95_ms ?? 0) > (inputs.llm ?? DEFAULT_LAB_LLM).slo_ttft_ms,
        text: `At most ${formatCount(Math.round(running))} sequences ran on a replica (the cap is ${formatCount(cap)}), so the target of 300 was never reached and the HPA stayed at ${replicas(peakReplicas(trace))}: TTFT p95 ${ms(trace.summary.ttft_p95_ms)}, goodput ${formatPercent(goodput(trace))}.`,
      };
    },
    cured: (trace) => ({
      holds: peakReplicas(trace) > 1 && goodput(trace) >= 0.8,
      text: `With a target of 32 it grew to ${replicas(peakReplicas(trace))}: TTFT p95 ${ms(trace.summary.ttft_p95_ms)}, goodput ${formatPercent(goodput(trace))}.`,
    }),
  },
  {
    id: 'cascade',
    title: 'Scale-up cascading while replicas are still starting',
    setup: cascadeSetup,
    fixed: withPolicy(cascadeSetup, { name: 'llm-d saturation autoscaler', config: { ...LLMD_SATURATION_DEFAULTS, max_replicas: 10 } }),
    fixLabel: 'Use llm-d\'s saturation autoscaler (one replica at a time, none while one is starting)',
    why: 'A new GPU replica takes minutes (node, image, weights, warm-up). Meanwhile the queue keeps growing and a queue-driven HPA asks for more at every sync, so it overshoots to its ceiling. llm-d\'s saturation autoscaler adds one replica at a time and none while one is still starting; it catches up more slowly, which a faster cold start (the mitigations) makes up for.',
    problem: (trace) => ({
      holds: peakReplicas(trace) >= 8,
      text: `The HPA asked for ${replicas(peakReplicas(trace))} while the first new one was still starting, for ${dollars(trace.summary.cost)}; goodput ${formatPercent(goodput(trace))}.`,
    }),
    cured: (trace) => ({
      holds: peakReplicas(trace) <= 5 && trace.summary.failed === 0,
      text: `The saturation autoscaler peaked at ${replicas(peakReplicas(trace))}, for ${dollars(trace.summary.cost)}, with no request failed; goodput ${formatPercent(goodput(trace))} (it adds capacity more slowly).`,
    }),
  },
  {
    id: 'zero-deadlock',
    title: 'Scale to zero that never wakes',
    setup: zeroSetup,
    fixed: withPolicy(zeroSetup, { name: 'KEDA on the gateway queue, min 0', config: kedaOn('inference_extension_flow_control_queue_size') }),
    fixLabel: 'Scale on the gateway\'s queue (inference_extension_flow_control_queue_size)',
    why: 'vLLM\'s gauges come from the replicas: at zero replicas there is no series, KEDA reads 0 and never activates, so the endpoint stays at zero while requests fail (kedacore/keda#6040). A gateway that holds requests (llm-d\'s inference gateway) reports its queue with no replica running, and that wakes it.',
    problem: (trace) => ({
      holds: readyAfter(trace, RETURN_AT + 120) === 0 && servedAfter(trace, RETURN_AT) === 0 && arrivedAfter(trace, RETURN_AT) > 0,
      text: `KEDA scaled to zero in the quiet spell; when traffic came back at ${formatCount(RETURN_AT)} s no replica reported a metric, so none started: ${formatCount(servedAfter(trace, RETURN_AT))} of ${formatCount(arrivedAfter(trace, RETURN_AT))} later requests were served (${plural(trace.summary.failed, 'request')} failed in the run).`,
    }),
    cured: (trace) => ({
      holds: readyAfter(trace, RETURN_AT) >= 1 && servedAfter(trace, RETURN_AT) >= 0.95 * arrivedAfter(trace, RETURN_AT),
      text: `On the gateway's queue the held requests woke it: ${formatCount(servedAfter(trace, RETURN_AT))} of ${formatCount(arrivedAfter(trace, RETURN_AT))} later requests were served; TTFT p95 ${ms(trace.summary.ttft_p95_ms)} (the first ones waited for the cold start).`,
    }),
  },
  {
    id: 'drain',
    title: 'Scale-down cutting streams',
    setup: drainSetup,
    fixed: { ...drainSetup, platform: { ...drainSetup.platform, drain_s: 30 } },
    fixLabel: 'Let a removed replica drain for 30 s',
    why: 'A removed replica stops at once unless it drains (a termination grace period and a preStop hook): answers still streaming are cut and their requests fail. With a drain, the replica finishes its running sequences before it goes.',
    problem: (trace) => ({
      holds: trace.summary.failed >= 1,
      text: `Scaling down from ${replicas(peakReplicas(trace))} to ${formatCount(endReplicas(trace))} cut ${plural(trace.summary.failed, 'answer')} mid-stream (drain 0 s).`,
    }),
    cured: (trace) => ({
      holds: trace.summary.failed === 0,
      text: `With a 30 s drain the same scale-down cut ${plural(trace.summary.failed, 'answer')}.`,
    }),
  },
  {
    id: 'knative-100',
    title: 'Knative\'s default target of 100 on a one-request-at-a-time server',
    setup: knativeSetup,
    fixed: withPolicy(knativeSetup, { name: 'Knative KPA, target 1', config: { ...KPA_DEFAULTS, max_scale: 10, target: 1 } }),
    fixLabel: 'Set the concurrency target to 1 (what one replica serves at a time)',
    why: 'Knative\'s default target is 100 requests in flight per replica, sized for web servers. A model server that runs one request at a time (max_num_seqs 1 here) is full with one: the KPA waits for about 70 in flight per replica before it adds one. A target of 1 matches what a replica holds.',
    problem: (trace) => ({
      holds: goodput(trace) < 0.1,
      text: `With a target of 100 the KPA kept ${replicas(peakReplicas(trace))} at most: TTFT p95 ${ms(trace.summary.ttft_p95_ms)}, goodput ${formatPercent(goodput(trace))}.`,
    }),
    cured: (trace) => ({
      holds: goodput(trace) >= 0.7,
      text: `With a target of 1 it grew to ${replicas(peakReplicas(trace))}: TTFT p95 ${ms(trace.summary.ttft_p95_ms)}, goodput ${formatPercent(goodput(trace))}.`,
    }),
  },
];

export const pitfallById = (id: string): Pitfall | undefined => PITFALLS.find((p) => p.id === id);
