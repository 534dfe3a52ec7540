/**
 * The engine benchmark: simulate() on a long, varied load sequence for each policy, against a bare loop
 * that does the same arithmetic with the same branching and stores nothing. The ratio engine / bare is the
 * engine's overhead (storing columns, copying the input); the goal is 5 or less.
 */
import { formatCount } from '../engine/format';
import {
  presetLoads, simulate, type PolicyKind, type ScalingConfig, type TargetTrackingConfig, type ThresholdConfig,
} from '../engine';
import type { BenchSection } from './benchSection';

export const BENCH_STEPS = 1_000_000;

export const BENCH_CONFIGS = {
  threshold: {
    policy: 'threshold', min_servers: 1, max_servers: 20, initial_servers: 1,
    upper_threshold: 100, lower_threshold: 20, scale_step: 1,
  },
  target_tracking: {
    policy: 'target_tracking', min_servers: 1, max_servers: 20, initial_servers: 1,
    target_utilization: 0.6, capacity_per_server: 50, tolerance: 0.1,
  },
} as const satisfies { readonly [K in PolicyKind]: ScalingConfig & { readonly policy: K } };

/** A day-shaped wave (one day = 1,440 steps) with seeded noise: crosses both thresholds often, like real traffic. */
export function benchLoads(steps: number, seed = 42): number[] {
  const day = presetLoads('diurnal', { steps: 1440, peak: 180 });
  const noise = presetLoads('random', { steps, peak: 80, seed });
  return noise.map((jitter, i) => Math.max(0, day[i % day.length]! + jitter - 40));
}

/** The threshold policy's arithmetic, bare: returns the sum of instances over all steps so nothing is optimised away. */
export function bareThreshold(config: ThresholdConfig, loads: readonly number[]): number {
  const { upper_threshold: upper, lower_threshold: lower, scale_step: step, min_servers: min, max_servers: max } = config;
  let instances = config.initial_servers;
  let checksum = 0;
  for (let i = 0; i < loads.length; i++) {
    const load = loads[i]!;
    if (load > upper) {
      if (instances < max) instances = Math.min(instances + step, max);
    } else if (load < lower) {
      if (instances > min) instances = Math.max(instances - step, min);
    }
    checksum += instances;
  }
  return checksum;
}

/** The target-tracking policy's arithmetic, bare (same tolerance and exact-multiple handling as the engine). */
export function bareTargetTracking(config: TargetTrackingConfig, loads: readonly number[]): number {
  const { capacity_per_server: capacity, target_utilization: target, tolerance, min_servers: min, max_servers: max } = config;
  let instances = config.initial_servers;
  let checksum = 0;
  for (let i = 0; i < loads.length; i++) {
    const load = loads[i]!;
    if (Math.abs(load / (instances * capacity) / target - 1) > tolerance + 1e-12) {
      let desired = 0;
      if (load > 0) {
        const exact = load / (capacity * target);
        const nearest = Math.round(exact);
        desired = !Number.isFinite(exact) ? Infinity
          : nearest > 0 && Math.abs(exact - nearest) <= 1e-9 * nearest ? nearest : Math.ceil(exact);
      }
      instances = Math.min(Math.max(desired, min), max);
    }
    checksum += instances;
  }
  return checksum;
}

export function bareLoop(config: ScalingConfig, loads: readonly number[]): number {
  return config.policy === 'threshold' ? bareThreshold(config, loads) : bareTargetTracking(config, loads);
}

/** The engine's equivalent of bareLoop's checksum: the sum of the instances column. */
export function engineChecksum(config: ScalingConfig, loads: readonly number[]): number {
  return simulate({ config, loads }).after.reduce((sum, instances) => sum + instances, 0);
}

export interface PolicyBench {
  readonly engine_steps_per_s: number;
  readonly baseline_steps_per_s: number;
  /** engine time / bare time */
  readonly ratio: number;
}

export type EngineBenchReport = { readonly [K in PolicyKind]: PolicyBench };

export interface EngineBenchOptions {
  readonly steps?: number;
  readonly runs?: number;
  readonly warmups?: number;
}

function timeMs(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function benchPolicy(config: ScalingConfig, loads: readonly number[], runs: number, warmups: number): PolicyBench {
  if (engineChecksum(config, loads) !== bareLoop(config, loads)) throw new Error(`bare loop and engine disagree for ${config.policy}`);
  let sink = 0;
  const engine = () => { sink += simulate({ config, loads }).length; };
  const bare = () => { sink += bareLoop(config, loads); };
  for (let i = 0; i < warmups; i++) { engine(); bare(); }
  let engineMs = Infinity;
  let bareMs = Infinity;
  for (let i = 0; i < runs; i++) { // interleaved, so drift in the machine's speed hits both alike
    engineMs = Math.min(engineMs, timeMs(engine));
    bareMs = Math.min(bareMs, timeMs(bare));
  }
  if (sink === 0) throw new Error('nothing ran');
  const perSecond = (ms: number) => Math.round((loads.length / ms) * 1000);
  return { engine_steps_per_s: perSecond(engineMs), baseline_steps_per_s: perSecond(bareMs), ratio: Math.round((engineMs / bareMs) * 100) / 100 };
}

/** Measures both policies; best of `runs` after `warmups`, on `steps` steps (at least 1,000,000 by default). */
export function runEngineBench({ steps = BENCH_STEPS, runs = 15, warmups = 10 }: EngineBenchOptions = {}): EngineBenchReport {
  const loads = benchLoads(steps);
  return {
    threshold: benchPolicy(BENCH_CONFIGS.threshold, loads, runs, warmups),
    target_tracking: benchPolicy(BENCH_CONFIGS.target_tracking, loads, runs, warmups),
  };
}

const millions = (perSecond: number) => `${(perSecond / 1e6).toFixed(1)} M steps/s`;

export function engineBenchLines(report: EngineBenchReport, steps: number): string[] {
  return [
    `${formatCount(steps)} steps per run, best of several runs after warm-up; ratio = engine time / bare-loop time (goal <= 5)`,
    ...(Object.keys(report) as PolicyKind[]).map((policy) => {
      const { engine_steps_per_s: engine, baseline_steps_per_s: bare, ratio } = report[policy];
      return `${policy.padEnd(16)} engine ${millions(engine).padStart(17)}   bare ${millions(bare).padStart(17)}   ratio ${ratio.toFixed(2)}`;
    }),
  ];
}

export function engineBenchSection(options: EngineBenchOptions = {}): BenchSection {
  return {
    name: 'engine: simulate() vs a bare loop',
    run: () => {
      const report = runEngineBench(options);
      return { json: report, lines: engineBenchLines(report, options.steps ?? BENCH_STEPS) };
    },
  };
}
