/**
 * Questions on an LLM endpoint's replicas coming and going, each answered by the engine's run of a policy on the LLM
 * replica: which scaling signal wakes an endpoint at zero (KEDA on vLLM's gauge or on the gateway's queue), which stage
 * of a GPU replica's cold start takes longest, and whether a scale-down cut answers mid-stream for a given drain.
 */
import { formatCount, formatNumber, plural } from '../../engine/format';
import { HPA_DEFAULTS } from '../../engine/policies/hpaConfig';
import type { HpaConfig, NamedPolicy } from '../../engine/policies/types';
import {
  COLD_START_MITIGATIONS, DEFAULT_COLD_START, DEFAULT_PLATFORM, coldStartTotal, withMitigations,
  type ColdStartMitigation, type ColdStartStages, type TimeTrace,
} from '../../engine/time';
import { evenRequests, firstAtZero, firstReady, llmRun, medianOf, sumOf, type Tokens } from './runs';
import { choiceQuestion, draw, perSecond, seconds, tokens, type LlmTemplate } from './template';

const hpaOn = (metric: string, more: Partial<HpaConfig> = {}): HpaConfig =>
  ({ ...HPA_DEFAULTS, min_replicas: 1, max_replicas: 5, initial_replicas: 1, metrics: [{ type: 'external', target_value: 10, name: metric }], ...more });

// --- which signal wakes an endpoint at zero
export const WAITING = 'vllm:num_requests_waiting';
export const GATEWAY = 'inference_extension_flow_control_queue_size';
/** image streaming, hot start and a warm node: a replica starts in under a minute */
const QUICK = withMitigations(DEFAULT_COLD_START, ['image_streaming', 'hot_start', 'warm_pool'], 2);
export const WAKE_AFTER_ARRIVALS_S = 240;

export interface WakeRun { readonly trace: TimeTrace; readonly served: number; readonly arrived: number; readonly ready?: number; readonly zeroAt?: number }

/** KEDA (minReplicaCount 0) on `metric`: idle from the start, then `rate` requests a second from `start`. */
export function wakeRun(metric: string, rate: number, start: number, polling: number): WakeRun {
  const seconds = start + WAKE_AFTER_ARRIVALS_S;
  const policy: NamedPolicy = { name: `KEDA on ${metric}`, config: { ...hpaOn(metric), min_replicas: 0, keda: { polling_interval_s: polling, cooldown_period_s: 300 } } };
  const trace = llmRun({ requests: evenRequests([{ from: start, to: seconds, rate }], { prompt: 1000, output: 200 }), seconds, policy, platform: DEFAULT_PLATFORM, coldStart: QUICK });
  return { trace, served: sumOf(trace.served, start), arrived: sumOf(trace.arrivals, start), ready: firstReady(trace, start), zeroAt: firstAtZero(trace) };
}

type Woke = 'waiting' | 'gateway' | 'both' | 'neither';

const wake: LlmTemplate = {
  name: 'llm_wake_signal',
  title: 'What wakes an endpoint at zero',
  build(seed) {
    const { pick } = draw(seed);
    const rate = pick([1, 2, 3]);
    const polling = pick([15, 30]);
    const start = pick([120, 180, 240]);
    const a = wakeRun(WAITING, rate, start, polling);
    const b = wakeRun(GATEWAY, rate, start, polling);
    const woke: Woke = a.served > 0 && b.served > 0 ? 'both' : a.served > 0 ? 'waiting' : b.served > 0 ? 'gateway' : 'neither';
    const words: Record<Woke, string> = {
      waiting: `Only the one on ${WAITING}`,
      gateway: `Only the one on the gateway's ${GATEWAY}`,
      both: 'Both: any request arriving wakes an endpoint at zero',
      neither: 'Neither: KEDA needs minReplicaCount 1 to scale up',
    };
    const told = (run: WakeRun) => run.served > 0
      ? `was at zero from ${seconds(run.zeroAt ?? 0)}, had a replica ready at ${seconds(run.ready ?? 0)} (${seconds((run.ready ?? 0) - start)} after the first request) and served ${formatCount(run.served)} of ${formatCount(run.arrived)} requests`
      : `was at zero from ${seconds(run.zeroAt ?? 0)} and served none of ${formatCount(run.arrived)} requests (${plural(run.trace.summary.failed, 'request')} failed)`;
    const why = `vLLM's gauges come from the replicas: at zero there is no series, KEDA reads 0 and never activates (kedacore/keda#6040); the gateway holds the requests and reports its queue with no replica running.`;
    const params = { rate, polling, start };
    return choiceQuestion({
      template: 'llm_wake_signal', params, difficulty: 'medium', source: 'Lab engine: KEDA (minReplicaCount 0) on two signals, the LLM replica behind llm-d\'s gateway',
      prompt: `Two LLM endpoints sit behind llm-d's inference gateway, each scaled by KEDA with minReplicaCount 0 (polling every ${polling} s, threshold 10): one on ${WAITING}, one on the gateway's ${GATEWAY}. Both are idle and scale to zero; at ${seconds(start)} requests start to arrive, ${perSecond(rate)}. Which endpoint wakes up and serves them?`,
      explanation: `In the engine's runs the endpoint on ${WAITING} ${told(a)}; the one on the gateway's queue ${told(b)}. ${why}`,
      hints: ['At zero replicas, which of the two metrics still has a value?', 'KEDA activates when a trigger reads above its activation threshold (0 by default).'],
    }, { text: words[woke], feedback: `Right. ${why}` },
    (['waiting', 'gateway', 'both', 'neither'] as const).filter((k) => k !== woke).map((k) => ({ text: words[k], feedback: k === 'neither' ? 'KEDA itself scales from 0 to 1 when a trigger is active; minReplicaCount 0 is what allows zero.' : `not in this run. ${why}` })));
  },
};

// --- which cold-start stage takes longest
export type Stage = 'node' | 'image' | 'weights' | 'warmup';
export const STAGES: readonly Stage[] = ['node', 'image', 'weights', 'warmup'];
const STAGE_WORDS: Record<Stage, string> = { node: 'Getting a GPU node', image: 'Pulling the image', weights: 'Loading the weights', warmup: 'Warming up' };
const STAGE_DOING: Record<Stage, string> = { node: 'getting a GPU node', image: 'pulling the image', weights: 'loading the weights', warmup: 'warming up' };
const STAGE_KEY: Record<Stage, keyof ColdStartStages> = { node: 'node_s', image: 'image_s', weights: 'weights_s', warmup: 'warmup_s' };

/** Seconds the one new replica of a run spent in each stage, read off the trace's stage columns. */
export function stageSeconds(trace: TimeTrace): Record<Stage, number> {
  return { node: sumOf(trace.stageNode), image: sumOf(trace.stageImage), weights: sumOf(trace.stageWeights), warmup: sumOf(trace.stageWarmup) };
}

export interface ColdStartSetup { readonly stages: ColdStartStages; readonly mitigations: readonly ColdStartMitigation[] }

/** One ready replica; the HPA (min 2) asks for a second at its first sync. */
export function coldStartRun({ stages, mitigations }: ColdStartSetup): TimeTrace {
  const cold = withMitigations({ ...DEFAULT_COLD_START, stages }, mitigations, 2);
  const seconds = 30 + coldStartTotal(cold.stages) + 30;
  return llmRun({
    requests: evenRequests([{ from: 0, to: seconds, rate: 1 }], { prompt: 1000, output: 200 }), seconds, coldStart: cold,
    policy: { name: 'HPA, min 2', config: hpaOn(WAITING, { min_replicas: 2 }) },
  });
}

const MITIGATION_WORDS: Record<ColdStartMitigation, string> = { image_streaming: 'image streaming', weight_streaming: 'weight streaming', hot_start: 'a hot start', warm_pool: 'a warm pool of 2 GPU nodes' };

const coldStage: LlmTemplate = {
  name: 'llm_cold_start_stage',
  title: 'What a cold start waits for',
  build(seed) {
    const { pick, random } = draw(seed);
    let setup: ColdStartSetup = { stages: DEFAULT_COLD_START.stages, mitigations: [] };
    for (let tries = 0; tries < 50; tries++) {
      const stages = { node_s: pick([150, 240]), image_s: pick([120, 190]), weights_s: pick([29, 60, 213]), warmup_s: pick([15, 30]) };
      const mitigations = (['image_streaming', pick(['weight_streaming', 'hot_start'] as const), 'warm_pool'] as const).filter(() => random() < 0.5);
      setup = { stages, mitigations };
      const after = withMitigations({ ...DEFAULT_COLD_START, stages }, mitigations, 2).stages;
      const lengths = STAGES.map((s) => (s === 'node' && mitigations.includes('warm_pool') ? 0 : after[STAGE_KEY[s]]));
      if (lengths.filter((l) => l === Math.max(...lengths)).length === 1) break;
    }
    const trace = coldStartRun(setup);
    const spent = stageSeconds(trace);
    const longest = STAGES.reduce((a, b) => (spent[b] > spent[a] ? b : a));
    const asked = trace.desired.findIndex((d) => d >= 2);
    const ready = trace.ready.findIndex((r) => r >= 2);
    const { stages, mitigations } = setup;
    const on = mitigations.length > 0 ? mitigations.map((m) => MITIGATION_WORDS[m]).join(', ') : 'none';
    const spentWords = STAGES.map((s) => `${seconds(spent[s])} ${STAGE_DOING[s]}`).join(', ');
    const params = { node: stages.node_s, image: stages.image_s, weights: stages.weights_s, warmup: stages.warmup_s, mitigations: mitigations.join('+') || 'none' };
    return choiceQuestion({
      template: 'llm_cold_start_stage', params, difficulty: mitigations.length > 0 ? 'medium' : 'easy', source: 'Lab engine: an HPA adding a second LLM replica, cold start in stages',
      prompt: `A new GPU replica of an LLM endpoint starts in stages: a GPU node ${seconds(stages.node_s)}, the image ${seconds(stages.image_s)}, the weights ${seconds(stages.weights_s)}, warm-up ${seconds(stages.warmup_s)}. Switched on: ${on}. One replica is running on its own node and the HPA asks for a second. Which stage takes the new replica longest?`,
      explanation: `In the engine's run the HPA asked for the second replica at ${seconds(asked + 1)}; it spent ${spentWords}, and was ready at ${seconds(ready)}.${mitigations.length > 0 ? ` ${mitigations.map((m) => `${COLD_START_MITIGATIONS[m].title}: ${COLD_START_MITIGATIONS[m].effect}`).join('; ')}.` : ''}`,
      hints: [
        'Apply the switches first: image streaming makes the image stage 30 s, weight streaming the weights 10 s, a hot start 4 s.',
        'A warm pool of 2 nodes means a replica needs no new node while fewer than 2 nodes are in use.',
      ],
    }, { text: STAGE_WORDS[longest], feedback: `Right: ${seconds(spent[longest])} of the cold start.` },
    STAGES.filter((s) => s !== longest).map((s) => ({ text: STAGE_WORDS[s], feedback: `that took ${seconds(spent[s])} in this run.` })));
  },
};

// --- did a scale-down cut answers mid-stream
export const DRAIN_PROMPT_TOKENS = 500;

export interface DrainRun { readonly trace: TimeTrace; readonly downAt: number; readonly cut: number; readonly answerS: number }

/** Three replicas streaming long answers; the HPA (scale-down window 60 s) removes two; `drain` seconds to finish. */
export function drainRun(output: number, rate: number, drain: number): DrainRun {
  const seconds = 300;
  const t: Tokens = { prompt: DRAIN_PROMPT_TOKENS, output };
  const trace = llmRun({
    requests: evenRequests([{ from: 0, to: seconds, rate }], t), seconds, platform: { drain_s: drain },
    policy: { name: 'HPA on requests waiting', config: hpaOn(WAITING, { initial_replicas: 3, behavior: { scale_down: { stabilization_window_s: 60 } } }) },
  });
  const downAt = trace.desired.findIndex((d) => d < 3);
  return { trace, downAt, cut: trace.summary.failed, answerS: medianOf(trace.p50, 40, downAt) / 1000 };
}

const drainTemplate: LlmTemplate = {
  name: 'llm_drain',
  title: 'Streams cut by a scale-down',
  build(seed) {
    const { pick } = draw(seed);
    const output = pick([1000, 2000, 3000]);
    const rate = pick([1, 2]);
    // about 10 ms a token: drains well under or well over an answer's time, never close to it
    const answerGuess = output / 100;
    const drain = pick([0, Math.floor(answerGuess / 3 / 5) * 5, Math.ceil((answerGuess * 1.5 + 10) / 30) * 30, 120]);
    const run = drainRun(output, rate, drain);
    const cut = run.cut > 0;
    const yes = 'Yes: answers still streaming when the drain ran out were cut, and their requests failed';
    const no = 'No: every answer running on the removed replicas finished inside the drain';
    const params = { output, rate, drain };
    return choiceQuestion({
      template: 'llm_drain', params, difficulty: 'medium', source: 'Lab engine: an HPA scaling three LLM replicas down to one',
      prompt: `Three LLM replicas (an 8B model on an A100) stream ${tokens(output)}-token answers to ${perSecond(rate)} (${tokens(DRAIN_PROMPT_TOKENS)}-token prompts); each answer takes about ${seconds(Math.round(run.answerS))} to stream. Nothing waits, so the HPA (on ${WAITING}, scale-down window 60 s) removes two replicas. A removed replica drains for drain_s = ${drain} s. Did the scale-down cut answers mid-stream?`,
      explanation: `In the engine's run the HPA went from 3 replicas to ${formatCount(run.trace.desired[run.downAt]!)} at ${seconds(run.downAt + 1)}; ${run.cut > 0 ? `${plural(run.cut, 'answer')} were still streaming ${drain} s later and were cut` : `every running answer finished inside the ${drain} s drain: none was cut`}. Answers took about ${formatNumber(Math.round(run.answerS * 10) / 10)} s, so a drain ${cut ? 'shorter than that cuts the ones started last' : 'longer than that lets each finish'}; in Kubernetes the drain is the termination grace period with a preStop hook.`,
      hints: ['A removed replica stops taking new requests and keeps decoding its running sequences for drain_s seconds.', 'Compare the drain with how long one answer takes to stream.'],
    }, { text: cut ? yes : no, feedback: cut ? `Right: ${plural(run.cut, 'answer')} were cut.` : 'Right: the drain outlasted every running answer.' }, [
      { text: cut ? no : yes, feedback: cut ? `${plural(run.cut, 'answer')} were cut in this run.` : 'no answer was cut in this run.' },
      { text: 'No: a removed replica always finishes its running answers, however long they take', feedback: 'a pod is killed when its termination grace period ends, finished or not.' },
      { text: 'Only the requests still waiting on the removed replicas were lost', feedback: 'waiting requests go back to the gateway and on to the replicas that stay; it is the running ones that can be cut.' },
    ]);
  },
};

export const LIFECYCLE_TEMPLATES: readonly LlmTemplate[] = [wake, coldStage, drainTemplate];
