import { describe, expect, it } from 'vitest';
import { labLlmBenchInput, labLlmBenchPolicies, labLlmBenchSection } from './labLlmBench';

describe('lab_llm bench', () => {
  it('runs the Azure chat trace on the LLM replica through five different policies', () => {
    expect(new Set(labLlmBenchPolicies().map((p) => p.name)).size).toBe(5);
    expect(labLlmBenchPolicies().map((p) => p.config.policy)).toEqual(['hpa', 'hpa', 'aibrix-apa', 'llm-d-saturation', 'dynamo-planner']);
    const input = labLlmBenchInput();
    expect(input.replica?.kind).toBe('llm');
    expect(input.requests!.at.length).toBeGreaterThan(19_366); // the hour's requests, looped past its 3,502 s to fill 3,600
  });

  it('reports seconds, policies, requests and a median time under "lab_llm"', async () => {
    const result = await labLlmBenchSection({ seconds: 300, runs: 1, warmups: 0 }).run();
    const report = result.json.lab_llm as { seconds: number; policies: number; requests: number; ms: number };
    expect(report).toMatchObject({ seconds: 300, policies: 5 });
    expect(report.requests).toBeGreaterThan(0);
    expect(result.lines[0]).toMatch(/median .* ms per run \(goal <= 250 ms\)/);
  });
});
