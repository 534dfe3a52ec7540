import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../../engine/format';
import { DEFAULT_LLM_SETTINGS } from '../../../engine/time';
import { HEAVY_RATE, LIGHT_RATE, llmFactCards } from './llmCards';
import { oneReplica } from './oneReplica';

describe('engine-made Review cards on LLM endpoints', () => {
  const cards = llmFactCards();
  it('the light-load card: GPU utilisation reads high while the batch is nearly empty, as the engine runs it', () => {
    const run = oneReplica(LIGHT_RATE);
    expect(run.gpuUtil).toBeGreaterThan(0.8);
    expect(run.running).toBeLessThan(0.05 * DEFAULT_LLM_SETTINGS.profile.max_num_seqs);
    expect(cards.find((c) => c.id === 'llm-gpu-util-light')?.back).toContain(formatPercent(run.gpuUtil));
  });
  it('the heavy-load card: most answers miss an objective with the batch far from its cap', () => {
    const run = oneReplica(HEAVY_RATE);
    expect(run.goodput).toBeLessThan(0.5);
    expect(run.running).toBeLessThan(DEFAULT_LLM_SETTINGS.profile.max_num_seqs);
    expect(cards.find((c) => c.id === 'llm-goodput-heavy')?.back).toContain(formatPercent(run.goodput ?? 0));
  });
  it('one card per pitfall, ids unique', () => {
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
    expect(cards.filter((c) => c.id.startsWith('llm-pitfall-')).length).toBeGreaterThanOrEqual(6);
  });
});
