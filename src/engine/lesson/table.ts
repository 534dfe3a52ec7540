/** Projections of a trace into the lesson's two tables: the process (execution) table and the variable tracker. */
import type { ScalingConfig } from './config';
import { formatNumber, formatPercent } from '../format';
import { finalInstances, instancesBefore, utilizationOf, type Trace } from './simulate';
import { actionLabel, keepsDesired, stepAt } from './step';

/** The process table's headers; they follow the config ("load > 150" when the upper threshold is 150). */
export function tableColumns(config: ScalingConfig): readonly string[] {
  if (config.policy === 'threshold') {
    return [
      'Step', 'Load (requests)',
      `Condition: load > ${formatNumber(config.upper_threshold)}`,
      `Condition: load < ${formatNumber(config.lower_threshold)} and instances > ${config.min_servers}`,
      'Action', 'Instances after action', 'Output',
    ];
  }
  return [
    'Step', 'Load (requests)', 'Utilization',
    `Condition: |utilization / ${formatNumber(config.target_utilization)} - 1| > ${formatNumber(config.tolerance)}`,
    'Desired', 'Action', 'Instances after action', 'Output',
  ];
}

/** One row of the process table (index 0-based), cell for cell as the lesson writes it. */
export function tableRow(trace: Trace, index: number): readonly string[] {
  const step = stepAt(trace, index);
  const after = step.instancesAfter;
  const clamped = step.desired !== undefined && step.desired !== after ? `, clamped to ${after},` : '';
  const action = keepsDesired(step)
    ? `No scaling: desired ${step.desired === undefined ? after : formatNumber(step.desired)}${clamped} is already running`
    : actionLabel(step.action, step.instancesBefore, after);
  const head = [String(step.step), formatNumber(step.load)];
  const tail = [action, String(step.instancesAfter), step.output];
  if (trace.config.policy === 'threshold') {
    return [...head, step.conditions[0]!.cell, step.conditions[1]?.cell ?? 'False', ...tail];
  }
  return [...head, formatPercent(step.utilization!), step.conditions[0]!.cell, step.desired === undefined ? '-' : String(step.desired), ...tail];
}

export function tableRows(trace: Trace): readonly (readonly string[])[] {
  return Array.from({ length: trace.length }, (_, i) => tableRow(trace, i));
}

/** The tracker's variables, in a fixed order so rows never jump around. */
export function trackerVariables(config: ScalingConfig): readonly string[] {
  return config.policy === 'threshold' ? ['instances', 'load'] : ['instances', 'load', 'utilization'];
}

/** Tracker columns: Start, After 1..N, Final. */
export function trackerColumns(trace: Trace): readonly string[] {
  return ['Start', ...Array.from({ length: trace.length }, (_, i) => `After ${i + 1}`), 'Final'];
}

/** One tracker cell; column 0 is Start, 1..N are After k, N+1 is Final. */
export function trackerCell(trace: Trace, variable: string, column: number): string {
  const isEdge = column === 0 || column === trace.length + 1;
  const index = column - 1;
  switch (variable) {
    case 'instances':
      return String(column === 0 ? trace.config.initial_servers : column > trace.length ? finalInstances(trace) : trace.after[index]!);
    case 'load':
      return isEdge ? '-' : formatNumber(trace.loads[index]!);
    case 'utilization': {
      if (isEdge || trace.config.policy !== 'target_tracking') return '-';
      return formatPercent(utilizationOf(trace.loads[index]!, instancesBefore(trace, index), trace.config.capacity_per_server));
    }
    default:
      return '-';
  }
}

export interface TrackerRow {
  readonly variable: string;
  readonly cells: readonly string[];
}

/** The whole tracker, the lesson's layout: variables as rows, Start / After k / Final as columns. */
export function trackerRows(trace: Trace): readonly TrackerRow[] {
  const columns = trace.length + 2;
  return trackerVariables(trace.config).map((variable) => ({
    variable,
    cells: Array.from({ length: columns }, (_, column) => trackerCell(trace, variable, column)),
  }));
}
