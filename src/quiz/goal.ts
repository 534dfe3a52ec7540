/** Config goals ("never below 2, never above 6, around 60 % utilization") and the pure checker that grades them. */
import { formatNumber, formatPercent, simulate, type ScalingConfig, type Trace } from '../engine';
import type { ConfigGoal, GoalResult } from './types';

export type GoalChecker = (config: ScalingConfig, trace?: Trace) => GoalResult;

const DEFAULT_UTILIZATION_TOLERANCE = 0.05;

/** A failing reason, and how to fix it (kept apart: a live check says what is off, only a graded answer says the fix). */
interface Failure { readonly reason: string; readonly fix: string }
const failure = (reason: string, fix = ''): Failure => ({ reason, fix });

function checkBounds(goal: ConfigGoal, config: ScalingConfig, failed: Failure[], passed: string[]): void {
  const { min_servers: min, max_servers: max } = config;
  if (goal.minServers !== undefined && goal.maxServers !== undefined && min === goal.maxServers && max === goal.minServers && min !== max) {
    failed.push(failure('min_servers and max_servers are swapped', `the goal needs min_servers ${goal.minServers} and max_servers ${goal.maxServers}`));
    return;
  }
  if (goal.minServers !== undefined) {
    if (min < goal.minServers) failed.push(failure(`min_servers is ${min}, so the endpoint may drop to ${min} ${min === 1 ? 'server' : 'servers'}, below ${goal.minServers}`));
    else if (min > goal.minServers) failed.push(failure(`min_servers is ${min}: it never drops below ${goal.minServers}, but it can never scale down to ${goal.minServers} either`, `set it to ${goal.minServers}`));
    else passed.push(`min_servers is ${min}: never below ${goal.minServers}`);
  }
  if (goal.maxServers !== undefined) {
    if (max > goal.maxServers) failed.push(failure(`max_servers is ${max}, so the endpoint may grow to ${max} servers, above ${goal.maxServers}`));
    else if (max < goal.maxServers) failed.push(failure(`max_servers is ${max}: it never exceeds ${goal.maxServers}, but it can never use ${goal.maxServers} servers either`, `set it to ${goal.maxServers}`));
    else passed.push(`max_servers is ${max}: never above ${goal.maxServers}`);
  }
}

function checkPolicy(goal: ConfigGoal, config: ScalingConfig, failed: Failure[], passed: string[]): void {
  if (goal.policy !== undefined) {
    if (config.policy !== goal.policy) failed.push(failure(`policy is "${config.policy}", but the goal needs "${goal.policy}"`));
    else passed.push(`policy is "${config.policy}"`);
  }
  if (goal.targetUtilization !== undefined) {
    const wanted = formatPercent(goal.targetUtilization);
    if (config.policy !== 'target_tracking') {
      failed.push(failure(`aiming at ${wanted} utilization needs the target_tracking policy`, `set target_utilization to ${formatNumber(goal.targetUtilization)}`));
    } else {
      const tolerance = goal.utilizationTolerance ?? DEFAULT_UTILIZATION_TOLERANCE;
      const off = Math.abs(config.target_utilization - goal.targetUtilization) > tolerance + 1e-12;
      if (off) failed.push(failure(`target_utilization ${formatNumber(config.target_utilization)} aims at ${formatPercent(config.target_utilization)}, not around ${wanted}`, `use ${formatNumber(goal.targetUtilization)}`));
      else passed.push(`target_utilization ${formatNumber(config.target_utilization)} aims at ${formatPercent(config.target_utilization)}`);
    }
  }
  const thresholds = [['upper_threshold', goal.upperThreshold], ['lower_threshold', goal.lowerThreshold]] as const;
  for (const [key, wanted] of thresholds) {
    if (wanted === undefined) continue;
    if (config.policy !== 'threshold') failed.push(failure(`${key} ${formatNumber(wanted)} needs the threshold policy`));
    else if (config[key] !== wanted) failed.push(failure(`${key} is ${formatNumber(config[key])}, but the goal needs ${formatNumber(wanted)}`));
    else passed.push(`${key} is ${formatNumber(wanted)}`);
  }
}

function checkTrace(goal: ConfigGoal, trace: Trace, failed: Failure[], passed: string[]): void {
  const low = goal.minServers;
  const high = goal.maxServers;
  if (low === undefined && high === undefined) return;
  for (let i = -1; i < trace.length; i++) {
    const instances = i < 0 ? trace.config.initial_servers : trace.after[i]!;
    const when = i < 0 ? 'at the start' : `after step ${i + 1}`;
    if (low !== undefined && instances < low) { failed.push(failure(`on the goal's load, ${instances} ${instances === 1 ? 'instance runs' : 'instances run'} ${when}, below ${low}`)); return; }
    if (high !== undefined && instances > high) { failed.push(failure(`on the goal's load, ${instances} instances run ${when}, above ${high}`)); return; }
  }
  passed.push(`on the goal's ${trace.length}-step load, instances stay within bounds`);
}

/**
 * Whether a validated config meets a goal. The trace, when given (or when the goal names its own load),
 * is checked too: instances must stay within the goal's bounds at every step.
 */
export function checkGoal(goal: ConfigGoal, config: ScalingConfig, trace?: Trace): GoalResult {
  const failed: Failure[] = [];
  const passed: string[] = [];
  checkBounds(goal, config, failed, passed);
  checkPolicy(goal, config, failed, passed);
  const run = trace ?? (goal.loads ? simulate({ config, loads: goal.loads }) : undefined);
  if (run && failed.length === 0) checkTrace(goal, run, failed, passed);
  return failed.length > 0
    ? { met: false, reasons: failed.map((f) => f.reason), fixes: failed.map((f) => f.fix) }
    : { met: true, reasons: passed };
}

/** Each failing reason with its fix ("target_utilization 0.9 aims at 90 %, not around 60 %: use 0.6"), for a graded answer. */
export function reasonsWithFixes(result: GoalResult): readonly string[] {
  return result.reasons.map((reason, i) => (result.fixes?.[i] ? `${reason}: ${result.fixes[i]}` : reason));
}

/** The goal's checker as a function of a config (and optional trace). */
export function goalChecker(goal: ConfigGoal): GoalChecker {
  return (config, trace) => checkGoal(goal, config, trace);
}
