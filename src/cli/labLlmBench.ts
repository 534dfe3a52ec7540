/**
 * The LLM Lab benchmark (`lab_llm` in `npm run bench -- --json`): the one-hour Azure chat trace (19,366 requests) on the
 * LLM replica (A100 profile, staged cold start) through five policies in one simulateTime call, the median of five
 * runs after three warm-up runs. The goal is 250 ms or less for all five together.
 */
import { formatCount } from '../engine/format';
import {
  AIBRIX_APA_DEFAULTS, DEFAULT_COLD_START, DEFAULT_LLM_SETTINGS, DEFAULT_PLATFORM, decodeTrace, DYNAMO_DEFAULTS, HPA_DEFAULTS,
  LLMD_SATURATION_DEFAULTS, replayTrace,
  type NamedPolicy, type TimeRunInput,
} from '../engine/lab';
import { AZURE_CONV } from '../engine/time/traffic/data/azureConv';
import { KEDA_DEFAULTS } from '../engine/policies/kedaConfig';
import type { BenchSection } from './benchSection';
import { medianRuns } from './labBench';

export const LAB_LLM_BENCH_SECONDS = 3600;

/**
 * The five LLM-era policies: GKE's HPA on `vllm:num_requests_waiting` (AverageValue 10, 1-5 replicas), KServe's
 * KEDA trigger on `vllm:num_requests_running` (threshold 2; minReplicaCount 1 here, since a replica metric cannot wake
 * from zero), AIBrix APA on KV-cache usage (target 0.5), llm-d's saturation analyzer and Dynamo's planner (load scaling on).
 */
export function labLlmBenchPolicies(): NamedPolicy[] {
  return [
    { name: 'gke-hpa-waiting', config: { ...HPA_DEFAULTS, min_replicas: 1, max_replicas: 5, metrics: [{ type: 'pods', target_value: 10, name: 'vllm:num_requests_waiting' }] } },
    { name: 'kserve-keda-running', config: { ...HPA_DEFAULTS, min_replicas: 1, max_replicas: 5, metrics: [{ type: 'external', target_value: 2, name: 'vllm:num_requests_running' }], keda: KEDA_DEFAULTS } },
    { name: 'aibrix-apa-kv', config: AIBRIX_APA_DEFAULTS },
    { name: 'llm-d-saturation', config: { ...LLMD_SATURATION_DEFAULTS, max_replicas: 8 } },
    { name: 'dynamo-planner', config: { ...DYNAMO_DEFAULTS, enable_load_scaling: true } },
  ];
}

export function labLlmBenchInput(seconds = LAB_LLM_BENCH_SECONDS): TimeRunInput {
  return {
    traffic: { points: [{ t: 0, rps: 0 }] }, seconds, seed: 42, arrivals: 'poisson', platform: DEFAULT_PLATFORM, policies: labLlmBenchPolicies(),
    replica: { kind: 'llm', llm: DEFAULT_LLM_SETTINGS }, coldStart: DEFAULT_COLD_START, requests: replayTrace(decodeTrace(AZURE_CONV), seconds),
  };
}

export function labLlmBenchSection(options: { seconds?: number; runs?: number; warmups?: number } = {}): BenchSection {
  return {
    name: 'lab_llm: the Azure chat trace on the LLM replica through five policies',
    run: () => {
      const input = labLlmBenchInput(options.seconds);
      const report = { ...medianRuns(input, options.runs, options.warmups), requests: input.requests!.at.length };
      return {
        json: { lab_llm: report },
        lines: [`${formatCount(report.requests)} requests in ${formatCount(report.seconds)} s x ${report.policies} policies (LLM replica): median ${report.ms} ms per run (goal <= 250 ms), ${report.cpu_ms} ms of CPU`],
      };
    },
  };
}
