/** The lesson's Python loop with the config's numbers in it, and which of its lines each branch runs. */
import type { ScalingConfig, ThresholdConfig } from './config';
import { formatCount, formatNumber } from '../format';
import type { Branch } from './simulate';

const SHOWN_LOADS = 8;

function requestsLine(loads: ArrayLike<number>): string {
  const all = Array.from({ length: loads.length }, (_, i) => loads[i]!);
  if (all.length <= SHOWN_LOADS) return `requests = [${all.map(formatNumber).join(', ')}]`;
  const shown = all.slice(0, SHOWN_LOADS).map(formatNumber).join(', ');
  const elided = `requests = [${shown}, ...]  # ${formatCount(all.length)} steps`;
  // an ellipsis only where it is shorter than what it hides
  if (all.length <= SHOWN_LOADS * 4) {
    const full = `requests = [${all.map(formatNumber).join(', ')}]`;
    if (full.length <= elided.length) return full;
  }
  return elided;
}

/**
 * Whether max_servers or min_servers ever stops the threshold loop, as the lesson writes it (`instances += step`
 * with no upper guard): only then does the listing need `and instances < max` and the clamps.
 */
export function boundsThatBind(config: ThresholdConfig, loads: ArrayLike<number>): { readonly max: boolean; readonly min: boolean } {
  const { upper_threshold: upper, lower_threshold: lower, scale_step: step, min_servers: min, max_servers: max } = config;
  let instances = config.initial_servers;
  let maxBinds = false;
  let minBinds = false;
  for (let i = 0; i < loads.length && !(maxBinds && minBinds); i++) {
    const load = loads[i]!;
    if (load > upper) {
      if (instances + step > max) maxBinds = true;
      instances = Math.min(instances + step, max);
    } else if (load < lower && instances > min) {
      if (instances - step < min) minBinds = true;
      instances = Math.max(instances - step, min);
    }
  }
  return { max: maxBinds, min: minBinds };
}

/** The code listing, one string per line (line 1 first). */
export function codeListing(config: ScalingConfig, loads: ArrayLike<number>): readonly string[] {
  const min = config.min_servers;
  const max = config.max_servers;
  if (config.policy === 'threshold') {
    const step = config.scale_step;
    const binds = boundsThatBind(config, loads);
    return [
      requestsLine(loads),
      `instances = ${config.initial_servers}`,
      'for load in requests:',
      `    if load > ${formatNumber(config.upper_threshold)}${binds.max ? ` and instances < ${max}` : ''}:`,
      binds.max && step > 1 ? `        instances = min(instances + ${step}, ${max})` : `        instances += ${step}`,
      `    elif load < ${formatNumber(config.lower_threshold)} and instances > ${min}:`,
      binds.min ? `        instances = max(instances - ${step}, ${min})` : `        instances -= ${step}`,
      '    print(f"Load: {load}, Instances: {instances}")',
    ];
  }
  const capacity = formatNumber(config.capacity_per_server);
  const target = formatNumber(config.target_utilization);
  return [
    'import math',
    requestsLine(loads),
    `instances = ${config.initial_servers}`,
    'for load in requests:',
    `    utilization = load / (instances * ${capacity})`,
    `    if abs(utilization / ${target} - 1) > ${formatNumber(config.tolerance)}:`,
    `        desired = math.ceil(load / (${capacity} * ${target}))`,
    `        instances = min(max(desired, ${min}), ${max})`,
    '    print(f"Load: {load}, Instances: {instances}")',
  ];
}

/** Lines (1-based) executed in one pass of the loop for a branch, in order. */
export function codePath(branch: Branch): readonly number[] {
  switch (branch) {
    case 'above_upper': return [3, 4, 5, 8];
    case 'below_lower': return [3, 4, 6, 7, 8];
    case 'between':
    case 'above_upper_at_max':
    case 'below_lower_at_min': return [3, 4, 6, 8];
    case 'within_tolerance': return [4, 5, 6, 9];
    case 'off_target': return [4, 5, 6, 7, 8, 9];
  }
}

/** The line that decided the step: the assignment that changed instances, or the last condition that failed. */
export function decidingLine(branch: Branch): number {
  const path = codePath(branch);
  return path[path.length - 2]!;
}
