/**
 * Under the LLM replica, the targets that mislead a comparison before it starts (the web-server check, targetFit.ts,
 * sizes targets by requests per second, which an LLM server does not have): a running-requests target above the batch
 * cap (vllm:num_requests_running never exceeds max_num_seqs), a concurrency target above what a replica runs at once,
 * and GPU utilisation as the signal (a duty cycle near 100 % with one sequence running). Each with its fix. Pure.
 */
import { formatNumber } from '../format';
import type { GpuProfile, LabPolicyConfig } from './types';
import { signalNamed } from './signals';

export interface LlmTargetNote {
  readonly knob: string;
  readonly reason: string;
  /** the fix's words on its button */
  readonly fixLabel: string;
  /** the policy with the fix made */
  readonly fixed: LabPolicyConfig;
}

/** A running-requests target a replica reaches well before its batch is full (an eighth of the cap, at least 1). */
export const runningTargetFor = (profile: GpuProfile): number => Math.max(1, Math.floor(profile.max_num_seqs / 8));

export function llmTargetNotes(config: LabPolicyConfig, profile: GpuProfile): LlmTargetNote[] {
  const cap = profile.max_num_seqs;
  const notes: LlmTargetNote[] = [];
  switch (config.policy) {
    case 'hpa':
      config.metrics.forEach((metric, i) => {
        if (metric.type === 'cpu') return;
        const signal = signalNamed(metric.name)?.name;
        const knob = `metrics[${i}].target_value`;
        const set = (next: typeof metric): LabPolicyConfig => ({ ...config, metrics: config.metrics.map((m, j) => (j === i ? next : m)) });
        if (signal === 'vllm:num_requests_running' && metric.target_value >= cap) {
          const target = runningTargetFor(profile);
          notes.push({ knob, reason: `${knob} ${formatNumber(metric.target_value)} running requests per replica is never reached: vllm:num_requests_running cannot exceed max_num_seqs (${formatNumber(cap)}), so the HPA adds no replica while requests wait.`,
            fixLabel: `Set ${knob} to ${formatNumber(target)}`, fixed: set({ ...metric, target_value: target }) });
        } else if (signal === 'DCGM_FI_DEV_GPU_UTIL') {
          notes.push({ knob, reason: 'DCGM_FI_DEV_GPU_UTIL is a duty cycle: it reads near 100 % with one sequence running, so it tells nothing of the room left in the batch (GKE advises queue size or batch size instead).',
            fixLabel: 'Scale on vllm:num_requests_waiting, target 10', fixed: set({ ...metric, name: 'vllm:num_requests_waiting', target_value: 10 }) });
        }
      });
      return notes;
    case 'kpa': {
      const aimed = config.target * (config.target_utilization_percent / 100);
      if (config.metric === 'concurrency' && aimed > cap) {
        notes.push({ knob: 'target', reason: `target ${formatNumber(config.target)} aims at ${formatNumber(aimed)} requests in flight per replica, but one replica runs at most ${formatNumber(cap)} at once (max_num_seqs): the rest wait before the KPA adds a replica.`,
          fixLabel: `Set target to ${formatNumber(cap)}`, fixed: { ...config, target: cap } });
      }
      return notes;
    }
    case 'ray':
      if (config.target_ongoing_requests > cap) {
        notes.push({ knob: 'target_ongoing_requests', reason: `target_ongoing_requests ${formatNumber(config.target_ongoing_requests)} is above what one replica runs at once (max_num_seqs ${formatNumber(cap)}).`,
          fixLabel: `Set target_ongoing_requests to ${formatNumber(cap)}`, fixed: { ...config, target_ongoing_requests: cap } });
      }
      return notes;
    default:
      return notes;
  }
}
