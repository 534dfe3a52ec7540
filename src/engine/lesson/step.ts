/** One step of a trace, expanded into a self-contained record: what every view shows for that step. */
import { formatNumber, formatPercent, plural, pythonBool } from '../format';
import { codePath, decidingLine } from './code';
import {
  actionAt, branchAt, deviationOf, instancesBefore, isOffTarget, utilizationOf,
  type Action, type Branch, type Trace,
} from './simulate';

export type FlowNodeId =
  /** the diagram's terminals: before the first load, and after the last */
  | 'start' | 'end'
  | 'monitor' | 'check_upper' | 'scale_up' | 'check_lower' | 'scale_down'
  | 'measure' | 'check_target' | 'set_desired'
  | 'no_change' | 'update' | 'continue';

export interface Condition {
  /** the decision node of the flow diagram this condition belongs to */
  readonly node: FlowNodeId;
  /** the condition as the table header writes it, e.g. "load > 100" */
  readonly label: string;
  /** whether the decision took its "yes" edge */
  readonly value: boolean;
  /** the table cell, e.g. "False (instances=1)" */
  readonly cell: string;
  /** the decision node's text, e.g. "120 > 100? yes" */
  readonly question: string;
}

export interface TraceStep {
  /** 1-based step number, as the lesson's table counts */
  readonly step: number;
  readonly load: number;
  readonly instancesBefore: number;
  readonly instancesAfter: number;
  readonly action: Action;
  readonly branch: Branch;
  readonly conditions: readonly Condition[];
  /** target tracking only: load / (instances before x capacity) */
  readonly utilization?: number;
  /** target tracking only: the unclamped desired count, when it was computed */
  readonly desired?: number;
  /** the lesson's print line, e.g. "Load: 120, Instances: 2" */
  readonly output: string;
  /** the code line (1-based) that decided the step */
  readonly codeLine: number;
  /** every code line the loop body ran, in order */
  readonly codeLines: readonly number[];
  /** the flow diagram's nodes along the path taken */
  readonly flowPath: readonly FlowNodeId[];
  /** why, in one sentence */
  readonly reason: string;
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/** The table's action cell: "No scaling", "Scale up by 1", "Scale down by 1". */
export function actionLabel(action: Action, before: number, after: number): string {
  if (action === 'none') return 'No scaling';
  return `${action === 'scale_up' ? 'Scale up' : 'Scale down'} by ${Math.abs(after - before)}`;
}

/** Target tracking acted (off target) but the count it asked for is the one already running: every view says so. */
export function keepsDesired(step: Pick<TraceStep, 'branch' | 'action'>): boolean {
  return step.branch === 'off_target' && step.action === 'none';
}

export function outputLine(load: number, instances: number): string {
  return `Load: ${formatNumber(load)}, Instances: ${instances}`;
}

/** Expands step `index` (0-based) of a trace. */
export function stepAt(trace: Trace, index: number): TraceStep {
  const { config } = trace;
  const load = trace.loads[index]!;
  const before = instancesBefore(trace, index);
  const after = trace.after[index]!;
  const branch = branchAt(trace, index);
  const action = actionAt(trace, index);
  const common = {
    step: index + 1, load, instancesBefore: before, instancesAfter: after, action, branch,
    output: outputLine(load, after), codeLine: decidingLine(branch), codeLines: codePath(branch),
  };
  const l = formatNumber(load);

  if (config.policy === 'threshold') {
    const upper = formatNumber(config.upper_threshold);
    const lower = formatNumber(config.lower_threshold);
    const min = config.min_servers;
    const max = config.max_servers;
    const above = load > config.upper_threshold;
    const below = load < config.lower_threshold;
    const scaleUp = branch === 'above_upper';
    const scaleDown = branch === 'below_lower';
    const conditions: Condition[] = [
      {
        node: 'check_upper', label: `load > ${upper}`, value: scaleUp,
        cell: branch === 'above_upper_at_max' ? `True (at max ${max})` : pythonBool(above),
        question: `${l} > ${upper}? ${yesNo(above)}${branch === 'above_upper_at_max' ? `, but already at max ${max}, so no` : ''}`,
      },
    ];
    if (!scaleUp) {
      conditions.push({
        node: 'check_lower', label: `load < ${lower} and instances > ${min}`, value: scaleDown,
        cell: below ? `${pythonBool(scaleDown)} (instances=${before})` : 'False',
        question: `${l} < ${lower} and ${before} > ${min}? ${yesNo(scaleDown)}`,
      });
    }
    const flowPath: FlowNodeId[] = scaleUp
      ? ['monitor', 'check_upper', 'scale_up', 'update', 'continue']
      : scaleDown
        ? ['monitor', 'check_upper', 'check_lower', 'scale_down', 'update', 'continue']
        : ['monitor', 'check_upper', 'check_lower', 'no_change', 'update', 'continue'];
    const reasons: Record<typeof branch, string> = {
      above_upper: `Load ${l} is greater than the upper threshold ${upper}, so the autoscaler adds ${plural(after - before, 'instance')} (${before} → ${after}).`,
      above_upper_at_max: `Load ${l} is greater than the upper threshold ${upper}, but instances are already at max_servers (${max}), so nothing is added.`,
      below_lower: `Load ${l} is less than ${lower} and instances (${before}) are above min_servers (${min}), so the autoscaler removes ${plural(before - after, 'instance')} (${before} → ${after}).`,
      below_lower_at_min: `Load ${l} is less than ${lower}, but instances are already at min_servers (${min}), so nothing is removed.`,
      between: `Load ${l} is neither above ${upper} nor below ${lower}, so instances stay at ${after}.`,
      within_tolerance: '',
      off_target: '',
    };
    return { ...common, conditions, flowPath, reason: reasons[branch] };
  }

  const utilization = utilizationOf(load, before, config.capacity_per_server);
  const off = isOffTarget(utilization, config);
  const target = formatPercent(config.target_utilization);
  const tolerance = formatNumber(config.tolerance);
  const desired = off ? trace.desired[index]! : undefined;
  const conditions: Condition[] = [{
    node: 'check_target', label: `|utilization / ${formatNumber(config.target_utilization)} - 1| > ${tolerance}`, value: off,
    cell: `${pythonBool(off)} (${deviationCell(deviationOf(utilization, config), config.tolerance, off)})`,
    question: `${formatPercent(utilization)} vs target ${target}: off by more than ${formatPercent(config.tolerance)}? ${yesNo(off)}`,
  }];
  const flowPath: FlowNodeId[] = off
    ? ['monitor', 'measure', 'check_target', 'set_desired', 'update', 'continue']
    : ['monitor', 'measure', 'check_target', 'no_change', 'update', 'continue'];
  let reason: string;
  if (!off) {
    reason = `Utilization ${formatPercent(utilization)} is within ${formatPercent(config.tolerance)} of the ${target} target, so instances stay at ${after}.`;
  } else {
    const formula = `ceil(${l} / (${formatNumber(config.capacity_per_server)} × ${formatNumber(config.target_utilization)})) = ${desired}`;
    const clamp = desired! > after ? `, capped at max_servers ${after}` : desired! < after ? `, raised to min_servers ${after}` : '';
    const change = after === before ? `, which is what it already has (${after})` : `: ${before} → ${after}`;
    reason = `Utilization ${formatPercent(utilization)} is off the ${target} target, so the autoscaler wants ${formula} ${desired === 1 ? 'server' : 'servers'}${clamp}${change}.`;
  }
  return { ...common, conditions, utilization, ...(desired === undefined ? {} : { desired }), flowPath, reason };
}

/**
 * The condition's left side beside its right, as the table compares them: "0.67 > 0.1". Two decimals, more only when
 * two would show a deviation that is off as equal to the tolerance (0.1004 > 0.1, not "0.1 > 0.1").
 */
export function deviationCell(deviation: number, tolerance: number, off: boolean): string {
  let shown = formatNumber(Math.round(deviation * 100) / 100);
  for (let digits = 3; digits <= 6 && Number(shown) === tolerance && deviation !== tolerance; digits++) {
    shown = formatNumber(Math.round(deviation * 10 ** digits) / 10 ** digits);
  }
  return `${shown} ${off ? '>' : '≤'} ${formatNumber(tolerance)}`;
}
