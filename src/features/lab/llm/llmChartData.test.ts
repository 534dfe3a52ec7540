import { describe, expect, it } from 'vitest';
import { DEFAULT_LAB_INPUTS } from '../labDefaults';
import { bucketMax, bucketStarts } from '../labSelectors';
import { MAX_DRAWN } from '../chartData';
import { labRunInput, runPolicies } from './runInput';
import { DEFAULT_LAB_LLM } from './llmSettings';
import { llmChartData } from './llmChartData';

describe('llmChartData', () => {
  const traces = runPolicies(labRunInput({ ...DEFAULT_LAB_INPUTS, seconds: 3000, replica: 'llm', llm: DEFAULT_LAB_LLM }));

  it('draws at most MAX_DRAWN points, each span at its peak, KV and GPU as percent of the focused policy', () => {
    const data = llmChartData(traces, 1);
    const focused = traces[1]!;
    const starts = bucketStarts(focused.seconds, MAX_DRAWN);
    expect(data.shares.length).toBeLessThanOrEqual(MAX_DRAWN);
    expect(data.shares.length).toBe(starts.length);
    expect(data.shares.map((row) => row.t)).toEqual(Array.from(starts));
    const kv = bucketMax(focused.kvUsage, starts, focused.seconds);
    const gpu = bucketMax(focused.gpuUtil, starts, focused.seconds);
    data.shares.forEach((row, i) => {
      expect(row.kv).toBeCloseTo(kv[i]! * 100, 9);
      expect(row.gpu).toBeCloseTo(gpu[i]! * 100, 9);
    });
    // the run reached real load: the shares are not all zero, and never above 100 %
    expect(Math.max(...data.shares.map((row) => row.gpu as number))).toBeGreaterThan(0);
    expect(Math.max(...data.shares.map((row) => row.kv as number))).toBeLessThanOrEqual(100);
  });
});
