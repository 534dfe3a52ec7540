import { describe, expect, it } from 'vitest';
import { labBenchInput, labBenchPolicies, labBenchSection, LAB_BENCH_POLICIES } from './labBench';

describe('lab bench', () => {
  it('runs five different policies on a diurnal day of Poisson arrivals', () => {
    const policies = labBenchPolicies();
    expect(policies).toHaveLength(LAB_BENCH_POLICIES);
    expect(new Set(policies.map((p) => p.name)).size).toBe(LAB_BENCH_POLICIES);
    const input = labBenchInput();
    expect(input).toMatchObject({ seconds: 86_400, arrivals: 'poisson' });
  });

  it('reports seconds, policies and a median time under "lab"', async () => {
    const result = await labBenchSection({ seconds: 600, runs: 3, warmups: 1 }).run();
    const lab = result.json.lab as { seconds: number; policies: number; ms: number };
    expect(lab.seconds).toBe(600);
    expect(lab.policies).toBe(5);
    expect(lab.ms).toBeGreaterThanOrEqual(0);
    expect(result.lines[0]).toMatch(/median .* ms per run/);
  });
});
