import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { branchAt, simulate, type ScalingConfig } from '../engine';
import { runBenchSections } from './benchSection';
import {
  BENCH_CONFIGS, bareLoop, benchLoads, engineBenchLines, engineBenchSection, engineChecksum, runEngineBench,
} from './engineBench';

const branchesHit = (config: ScalingConfig, loads: readonly number[]) => {
  const trace = simulate({ config, loads });
  return new Set(Array.from({ length: trace.length }, (_, i) => branchAt(trace, i)));
};

describe('benchLoads', () => {
  it('is long, non-negative and reproducible', () => {
    const loads = benchLoads(10_000);
    expect(loads).toHaveLength(10_000);
    expect(Math.min(...loads)).toBeGreaterThanOrEqual(0);
    expect(benchLoads(10_000)).toEqual(loads);
    expect(benchLoads(10_000, 7)).not.toEqual(loads);
  });

  it('makes both policies take every branch they have', () => {
    const loads = benchLoads(20_000);
    expect(branchesHit(BENCH_CONFIGS.threshold, loads)).toEqual(new Set(['between', 'above_upper', 'above_upper_at_max', 'below_lower', 'below_lower_at_min']));
    expect(branchesHit(BENCH_CONFIGS.target_tracking, loads)).toEqual(new Set(['within_tolerance', 'off_target']));
  });
});

describe('the bare loops do the engine\'s arithmetic', () => {
  it('agree with the engine on the bench loads', () => {
    const loads = benchLoads(50_000);
    for (const config of Object.values(BENCH_CONFIGS)) expect(bareLoop(config, loads)).toBe(engineChecksum(config, loads));
  });

  it('agree with the engine on arbitrary configs and loads', () => {
    const bounds = fc.integer({ min: 1, max: 20 }).chain((min) => fc.integer({ min, max: 40 }).chain((max) =>
      fc.integer({ min, max }).map((initial) => ({ min_servers: min, max_servers: max, initial_servers: initial }))));
    const config: fc.Arbitrary<ScalingConfig> = fc.oneof(
      fc.record({ bounds, lower: fc.integer({ min: 0, max: 200 }), gap: fc.integer({ min: 1, max: 200 }), step: fc.integer({ min: 1, max: 5 }) })
        .map(({ bounds: b, lower, gap, step }): ScalingConfig => ({ policy: 'threshold', ...b, lower_threshold: lower, upper_threshold: lower + gap, scale_step: step })),
      fc.record({ bounds, target: fc.integer({ min: 1, max: 100 }), capacity: fc.integer({ min: 1, max: 100 }), tolerance: fc.integer({ min: 0, max: 50 }) })
        .map(({ bounds: b, target, capacity, tolerance }): ScalingConfig => ({
          policy: 'target_tracking', ...b, target_utilization: target / 100, capacity_per_server: capacity, tolerance: tolerance / 100,
        })),
    );
    fc.assert(fc.property(config, fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 100 }), (c, loads) => {
      expect(bareLoop(c, loads)).toBe(engineChecksum(c, loads));
    }));
  });
});

describe('runEngineBench', () => {
  it('reports steps per second and the ratio for both policies', () => {
    const report = runEngineBench({ steps: 20_000, runs: 2, warmups: 1 });
    expect(Object.keys(report)).toEqual(['threshold', 'target_tracking']);
    for (const { engine_steps_per_s: engine, baseline_steps_per_s: bare, ratio } of Object.values(report)) {
      expect(engine).toBeGreaterThan(0);
      expect(bare).toBeGreaterThan(0);
      expect(ratio).toBeCloseTo(bare / engine, 1);
    }
  });

  it('formats one line per policy', () => {
    const lines = engineBenchLines({
      threshold: { engine_steps_per_s: 200e6, baseline_steps_per_s: 400e6, ratio: 2 },
      target_tracking: { engine_steps_per_s: 50e6, baseline_steps_per_s: 60e6, ratio: 1.2 },
    }, 1_000_000);
    expect(lines[0]).toContain('1,000,000 steps per run');
    expect(lines[1]).toBe('threshold        engine   200.0 M steps/s   bare   400.0 M steps/s   ratio 2.00');
    expect(lines[2]).toBe('target_tracking  engine    50.0 M steps/s   bare    60.0 M steps/s   ratio 1.20');
  });
});

describe('bench sections', () => {
  it('merge their JSON at the top level and print under their names', async () => {
    const size = { name: 'bundle size', run: () => ({ json: { bundle_kb: 120 }, lines: ['bundle 120 kB'] }) };
    const result = await runBenchSections([engineBenchSection({ steps: 5_000, runs: 1, warmups: 0 }), size]);
    expect(Object.keys(result.json)).toEqual(['threshold', 'target_tracking', 'bundle_kb']);
    expect(result.lines[0]).toBe('== engine: simulate() vs a bare loop ==');
    expect(result.lines.slice(-2)).toEqual(['== bundle size ==', 'bundle 120 kB']);
  });
});
