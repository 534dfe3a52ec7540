/** The lesson's Python loop with the config's numbers in it, and which of its lines each branch runs. */
import type { ScalingConfig } from './config';
import { formatNumber } from './format';
import type { Branch } from './simulate';

const SHOWN_LOADS = 8;

function requestsLine(loads: ArrayLike<number>): string {
  const shown = Array.from({ length: Math.min(loads.length, SHOWN_LOADS) }, (_, i) => formatNumber(loads[i]!));
  if (loads.length <= SHOWN_LOADS) return `requests = [${shown.join(', ')}]`;
  return `requests = [${shown.join(', ')}, ...]  # ${loads.length.toLocaleString('en-US')} steps`;
}

/** The code listing, one string per line (line 1 first). */
export function codeListing(config: ScalingConfig, loads: ArrayLike<number>): readonly string[] {
  const min = config.min_servers;
  const max = config.max_servers;
  if (config.policy === 'threshold') {
    const step = config.scale_step;
    return [
      requestsLine(loads),
      `instances = ${config.initial_servers}`,
      'for load in requests:',
      `    if load > ${formatNumber(config.upper_threshold)} and instances < ${max}:`,
      step === 1 ? '        instances += 1' : `        instances = min(instances + ${step}, ${max})`,
      `    elif load < ${formatNumber(config.lower_threshold)} and instances > ${min}:`,
      step === 1 ? '        instances -= 1' : `        instances = max(instances - ${step}, ${min})`,
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
