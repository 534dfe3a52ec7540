/**
 * The LLM Lab benchmark (`lab_llm` in `npm run bench -- --json`): the one-hour Azure chat trace (19,366 requests) on the
 * LLM replica (A100 profile, staged cold start) through five policies in one simulateTime call, the median of five
 * runs after a warm-up. The goal is 250 ms or less for all five together.
 */
import { formatCount } from '../engine/format';
import {
  DEFAULT_COLD_START, DEFAULT_LLM_SETTINGS, DEFAULT_PLATFORM, decodeTrace, HPA_DEFAULTS, KPA_DEFAULTS, RAY_DEFAULTS, replayTrace,
  type NamedPolicy, type TimeRunInput,
} from '../engine/lab';
import { AZURE_CONV } from '../engine/time/traffic/data/azureConv';
import type { BenchSection } from './benchSection';
import { medianRuns } from './labBench';

export const LAB_LLM_BENCH_SECONDS = 3600;

/**
 * The five policies. TODO(llm-policies): replace with the five once they exist: GKE's HPA on
 * `vllm:num_requests_waiting` (AverageValue 10), KServe's KEDA on `vllm:num_requests_running` (threshold 2), AIBrix APA on
 * KV usage (target 0.5), llm-d's saturation autoscaler and Dynamo's planner. Until then: the HPA on the request rate and
 * on GPU utilisation (the CPU-style busy share), Knative's KPA and Ray Serve on concurrency, with LLM-sized targets.
 */
export function labLlmBenchPolicies(): NamedPolicy[] {
  return [
    { name: 'hpa-rate', config: { ...HPA_DEFAULTS, min_replicas: 1, max_replicas: 10, metrics: [{ type: 'pods', target_value: 3, name: 'requests_per_second' }] } },
    { name: 'hpa-gpu-util', config: { ...HPA_DEFAULTS, min_replicas: 1, max_replicas: 10, metrics: [{ type: 'cpu', target_utilization_percent: 80 }] } },
    { name: 'kpa-concurrency', config: { ...KPA_DEFAULTS, min_scale: 1, max_scale: 10, target: 32 } },
    { name: 'ray-ongoing', config: { ...RAY_DEFAULTS, min_replicas: 1, max_replicas: 10, target_ongoing_requests: 32 } },
    { name: 'hpa-rate-fast', config: { ...HPA_DEFAULTS, min_replicas: 1, max_replicas: 10, sync_period_s: 5, metrics: [{ type: 'pods', target_value: 4 }] } },
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
