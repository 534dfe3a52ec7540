import { describe, expect, it } from 'vitest';
import { A100_8B } from '../time/replicas/profiles';
import { HPA_DEFAULTS } from './hpaConfig';
import { KPA_DEFAULTS } from './kpaConfig';
import { llmTargetNotes, runningTargetFor } from './llmTargetFit';
import type { LabPolicyConfig } from './types';

const hpa = (name: string, target: number): LabPolicyConfig => ({ ...HPA_DEFAULTS, metrics: [{ type: 'external', name, target_value: target }] });

describe('LLM targets that mislead a comparison', () => {
  it('flags a running-requests target at or above the batch cap, and its fix is not flagged', () => {
    const [note] = llmTargetNotes(hpa('vllm:num_requests_running', 300), A100_8B);
    expect(note?.reason).toContain('max_num_seqs (256)');
    expect(note && llmTargetNotes(note.fixed, A100_8B)).toEqual([]);
    expect(runningTargetFor(A100_8B)).toBe(32);
    expect(llmTargetNotes(hpa('vllm:num_requests_running', 32), A100_8B)).toEqual([]);
    expect(llmTargetNotes(hpa('num_requests_running', 256), A100_8B)).toHaveLength(1);
  });
  it('flags GPU utilisation as the signal, fixed by the waiting queue', () => {
    const [note] = llmTargetNotes(hpa('DCGM_FI_DEV_GPU_UTIL', 80), A100_8B);
    expect(note?.fixed.policy === 'hpa' && note.fixed.metrics[0]).toMatchObject({ name: 'vllm:num_requests_waiting', target_value: 10 });
  });
  it("flags Knative's default 100 on a server that runs one request at a time, not on a batching one", () => {
    const one = { ...A100_8B, max_num_seqs: 1 };
    expect(llmTargetNotes(KPA_DEFAULTS, one)).toHaveLength(1);
    expect(llmTargetNotes(KPA_DEFAULTS, A100_8B)).toEqual([]);
  });
});
