/**
 * The Lab benchmark: a day (86,400 one-second ticks) of Poisson arrivals on the diurnal scenario through five policies
 * in one simulateTime call (arrivals drawn once, every trace column filled), the median of five runs after three warm-up runs (a
 * run of five different policies takes about three to reach the engine's compiled speed: measured 310-400, 180-250, 110-190 ms,
 * then 80-130 ms on an idle 2-core machine).
 * The goal is 100 ms or less for all five together.
 */
import { formatCount } from '../engine/format';
import {
  DEFAULT_PLATFORM, POLICY_MODELS, scenarioProfile, simulateTime, TARGET_TRACKING_TIME_DEFAULTS,
  type LabPolicyKind, type NamedPolicy, type TimeRunInput,
} from '../engine/lab';
import type { BenchSection } from './benchSection';

export const LAB_BENCH_SECONDS = 86_400;
export const LAB_BENCH_POLICIES = 5;

/** Kinds in the order the bench prefers them: the production controllers first. */
const PREFERRED: readonly LabPolicyKind[] = ['hpa', 'kpa', 'ray', 'sagemaker', 'target_tracking', 'threshold'];

/** Five policies, each at its model's defaults: registered kinds first, then fast-waking target tracking (2 s) to make five. */
export function labBenchPolicies(): NamedPolicy[] {
  const policies: NamedPolicy[] = [];
  for (const kind of PREFERRED) {
    const model = POLICY_MODELS[kind];
    if (model !== undefined && policies.length < LAB_BENCH_POLICIES) policies.push({ name: kind, config: model.defaults });
  }
  for (let i = policies.length; i < LAB_BENCH_POLICIES; i++) {
    policies.push({ name: `target_tracking_2s_${i}`, config: { ...TARGET_TRACKING_TIME_DEFAULTS, period_s: 2, max_servers: 20 + i } });
  }
  return policies;
}

export function labBenchInput(seconds = LAB_BENCH_SECONDS): TimeRunInput {
  return { traffic: scenarioProfile('diurnal', seconds), seconds, seed: 42, arrivals: 'poisson', platform: DEFAULT_PLATFORM, policies: labBenchPolicies() };
}

export interface LabBenchReport {
  readonly seconds: number;
  readonly policies: number;
  /** median wall time of one run, all policies together, ms */
  readonly ms: number;
  /** median CPU time of the same runs, ms: on a machine shared with other work, closer to the code's own cost */
  readonly cpu_ms: number;
  /**
   * median minor page faults of the same runs: the columns are fresh memory, and a run whose memory the allocator had
   * just returned to the system faults it back in page by page (on the 2-core VM this was measured on, about 12 µs a
   * fault: 2,500 faults, one policy's columns, add about 30 ms). The spread between runs is mostly this.
   */
  readonly page_faults: number;
}

export function runLabBench({ seconds = LAB_BENCH_SECONDS, runs = 5, warmups = 3 } = {}): LabBenchReport {
  return medianRuns(labBenchInput(seconds), runs, warmups);
}

/** Median wall and CPU time of `runs` simulateTime calls on `input`, after `warmups`. */
export function medianRuns(input: TimeRunInput, runs = 5, warmups = 3): LabBenchReport {
  const seconds = input.seconds;
  let sink = 0;
  for (let i = 0; i < warmups; i++) sink += simulateTime(input).length;
  const wall: number[] = [];
  const cpu: number[] = [];
  const faults: number[] = [];
  for (let i = 0; i < runs; i++) {
    const faultsStart = process.resourceUsage().minorPageFault;
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    sink += simulateTime(input)[0]!.summary.served;
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    faults.push(process.resourceUsage().minorPageFault - faultsStart);
  }
  if (sink === 0) throw new Error('nothing ran');
  const median = (values: number[]) => Math.round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]! * 10) / 10;
  return { seconds, policies: input.policies.length, ms: median(wall), cpu_ms: median(cpu), page_faults: median(faults) };
}

export function labBenchSection(options: { seconds?: number; runs?: number; warmups?: number } = {}): BenchSection {
  return {
    name: 'lab: a day of one-second ticks through five policies',
    run: () => {
      const report = runLabBench(options);
      return {
        json: { lab: report },
        lines: [`${formatCount(report.seconds)} s x ${report.policies} policies (Poisson, diurnal): median ${report.ms} ms per run (goal <= 100 ms), ${report.cpu_ms} ms of CPU, ${formatCount(report.page_faults)} page faults`],
      };
    },
  };
}
