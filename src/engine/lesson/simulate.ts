/**
 * The scaling engine. `simulate` runs a policy over a load sequence and stores the trace as columns
 * of numbers, so a million steps stay cheap; `stepAt` expands one step into its self-contained record
 * (conditions, branch, output line, code line, reason) only when a view asks for it.
 */
import type { ScalingConfig, TargetTrackingConfig, ThresholdConfig } from './config';

/** Which way the decision went at a step: every view's wording hangs off this. */
export const BRANCHES = [
  'between',            // threshold: neither condition held
  'above_upper',        // threshold: load > upper, scaled up
  'above_upper_at_max', // threshold: load > upper, already at max_servers
  'below_lower',        // threshold: load < lower, scaled down
  'below_lower_at_min', // threshold: load < lower, already at min_servers
  'within_tolerance',   // target tracking: utilization close enough to target
  'off_target',         // target tracking: desired count computed (and clamped)
] as const;
export type Branch = (typeof BRANCHES)[number];

export type Action = 'scale_up' | 'scale_down' | 'none';

export interface Trace {
  readonly config: ScalingConfig;
  readonly length: number;
  /** requests arriving at each step */
  readonly loads: Float64Array;
  /** instances after each step's decision (at most LIMITS.maxServers, 1,000: two bytes a step are plenty) */
  readonly after: Uint16Array;
  /**
   * target tracking only: the unclamped desired count at each step (0 where within tolerance).
   * Float64, not Int32: a tiny capacity x target can ask for more servers than an Int32 holds.
   */
  readonly desired: Float64Array;
}

export interface SimulateInput {
  readonly config: ScalingConfig;
  readonly loads: ArrayLike<number>;
}

/**
 * ceil(load / (capacity x target)) without floating-point over-provisioning:
 * 9 / (6 x 0.3) is 5.000000000000001 in floating point but needs exactly 5 servers.
 */
export function desiredServers(load: number, config: TargetTrackingConfig): number {
  if (load <= 0) return 0;
  const exact = load / (config.capacity_per_server * config.target_utilization);
  if (!Number.isFinite(exact)) return Infinity;
  const nearest = Math.round(exact);
  return nearest > 0 && Math.abs(exact - nearest) <= 1e-9 * nearest ? nearest : Math.ceil(exact);
}

/** utilization = load / (instances x capacity_per_server) */
export function utilizationOf(load: number, instances: number, capacity: number): number {
  return load / (instances * capacity);
}

/** Requests per step `instances` servers handle at the target utilization: instances × capacity_per_server × target_utilization. */
export function capacityAtTarget(config: TargetTrackingConfig, instances: number): number {
  return instances * config.capacity_per_server * config.target_utilization;
}

/** How far utilization is from target, as a share of the target: |utilization / target_utilization - 1|. */
export function deviationOf(utilization: number, config: TargetTrackingConfig): number {
  return Math.abs(utilization / config.target_utilization - 1);
}

/** True when utilization is further from target than the tolerance allows. */
export function isOffTarget(utilization: number, config: TargetTrackingConfig): boolean {
  return deviationOf(utilization, config) > config.tolerance + 1e-12;
}

/**
 * The lesson's threshold rule on plain numbers, in two halves the views and the loop each need one of:
 * `thresholdBranch` says which way a decision goes (an index into BRANCHES, 0 .. 4), `thresholdNext` the count it leaves.
 * The step loop calls only thresholdNext, with the config's fields read once before the loop (one call a step, no branch
 * code in between: measured in npm run bench, ratio about 2.5 against 2.8 for branch-then-count); branchAt reads the
 * branch back afterwards. A property test holds the two halves to each other. `thresholdDecision` / `thresholdInstances`
 * are the same rule on a config, for the Lab's threshold policy in time: one rule, two clocks.
 */
export function thresholdBranch(load: number, instances: number, upper: number, lower: number, min: number, max: number): number {
  if (load > upper) return instances < max ? 1 : 2;
  if (load < lower) return instances > min ? 3 : 4;
  return 0;
}

/** Instances after the threshold rule ran on `load` with `instances` running (see thresholdBranch). */
export function thresholdNext(load: number, instances: number, upper: number, lower: number, step: number, min: number, max: number): number {
  if (load > upper) return instances < max ? Math.min(instances + step, max) : instances;
  if (load < lower) return instances > min ? Math.max(instances - step, min) : instances;
  return instances;
}

/** thresholdBranch on a config. */
export function thresholdDecision(load: number, instances: number, config: ThresholdConfig): number {
  return thresholdBranch(load, instances, config.upper_threshold, config.lower_threshold, config.min_servers, config.max_servers);
}

/** thresholdNext on a config. */
export function thresholdInstances(load: number, instances: number, config: ThresholdConfig): number {
  return thresholdNext(load, instances, config.upper_threshold, config.lower_threshold, config.scale_step, config.min_servers, config.max_servers);
}

/**
 * The lesson's target-tracking rule, one decision: the unclamped desired count when utilization is off target,
 * or -1 when it is within tolerance (keep the count). Shared by the step engine and the Lab's policy in time.
 */
export function targetTrackingDecision(load: number, instances: number, config: TargetTrackingConfig): number {
  return isOffTarget(utilizationOf(load, instances, config.capacity_per_server), config) ? desiredServers(load, config) : -1;
}

export function simulate({ config, loads }: SimulateInput): Trace {
  const length = loads.length;
  // filled by the loops as they read the loads: one pass over the input; a Float64Array.from copy before the loop was a
  // second pass that cost about as much as the bare loop itself (measured in one process against the old loop: 2.4-2.7 vs 3.6-4.0)
  const loadColumn = new Float64Array(length);
  const after = new Uint16Array(length);
  const desired = new Float64Array(config.policy === 'target_tracking' ? length : 0);
  const { min_servers: min, max_servers: max } = config;
  let instances = config.initial_servers;

  // the branch each step took is not stored: branchAt reads it back from the load and the counts, so the loop writes
  // only what no rule can recompute (the ratio to the bare loop in npm run bench fell by about 0.5)
  if (config.policy === 'threshold') {
    const { upper_threshold: upper, lower_threshold: lower, scale_step: step } = config;
    for (let i = 0; i < length; i++) {
      const load = +loads[i]!;
      loadColumn[i] = load;
      instances = thresholdNext(load, instances, upper, lower, step, min, max);
      after[i] = instances;
    }
  } else {
    for (let i = 0; i < length; i++) {
      const load = +loads[i]!;
      loadColumn[i] = load;
      const want = targetTrackingDecision(load, instances, config);
      if (want >= 0) {
        desired[i] = want;
        instances = Math.min(Math.max(want, min), max);
      }
      after[i] = instances;
    }
  }
  return { config, length, loads: loadColumn, after, desired };
}

/** Instances before step `index` (0-based) ran. */
export function instancesBefore(trace: Trace, index: number): number {
  return index === 0 ? trace.config.initial_servers : trace.after[index - 1]!;
}

/** The branch step `index` took: the policy's rule again on the step's load and the count before it (the same pure rule
 * the loop ran, so it cannot disagree). */
export function branchAt(trace: Trace, index: number): Branch {
  const { config } = trace;
  const load = trace.loads[index]!;
  const before = instancesBefore(trace, index);
  if (config.policy === 'threshold') return BRANCHES[thresholdDecision(load, before, config)]!;
  return targetTrackingDecision(load, before, config) >= 0 ? 'off_target' : 'within_tolerance';
}

export function actionAt(trace: Trace, index: number): Action {
  const before = instancesBefore(trace, index);
  const after = trace.after[index]!;
  return after > before ? 'scale_up' : after < before ? 'scale_down' : 'none';
}

export function finalInstances(trace: Trace): number {
  return trace.length === 0 ? trace.config.initial_servers : trace.after[trace.length - 1]!;
}
