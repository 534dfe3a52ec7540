/** Key moments: the steps where something surprising happens (or does not), each explained, as the lesson's insights are. */
import { formatNumber, formatPercent, plural } from '../format';
import { branchAt, instancesBefore, type Trace } from './simulate';
import { stepAt } from './step';

export type MomentKind =
  | 'held_at_min' | 'scaled_up' | 'scaled_down' | 'held_at_max'
  | 'tracked_up' | 'tracked_down' | 'within_tolerance' | 'capped';

export interface KeyMoment {
  readonly kind: MomentKind;
  /** 1-based step, which is also the execution table's row */
  readonly step: number;
  readonly question: string;
  readonly answer: string;
}

const seeRow = (step: number) => ` (see execution_table row ${step}).`;

function momentAt(trace: Trace, index: number): KeyMoment | undefined {
  const s = stepAt(trace, index);
  const load = formatNumber(s.load);
  const step = s.step;
  const { config } = trace;
  if (config.policy === 'threshold') {
    const lower = formatNumber(config.lower_threshold);
    const upper = formatNumber(config.upper_threshold);
    switch (s.branch) {
      case 'below_lower_at_min': {
        const untouched = index === 0 || Array.prototype.every.call(trace.after.subarray(0, index), (n: number) => n === config.initial_servers);
        const start = untouched ? `instances start at ${s.instancesBefore}` : `instances are already at ${s.instancesBefore}`;
        return { kind: 'held_at_min', step, question: `Why doesn't the number of instances decrease when load is ${load} at step ${step}?`,
          answer: `Because ${start} and the condition to scale down requires instances > ${config.min_servers}. At step ${step}, instances = ${s.instancesBefore}, so no scale down happens${seeRow(step)}` };
      }
      case 'above_upper':
        return { kind: 'scaled_up', step, question: `Why do instances increase at step ${step} when load is ${load}?`,
          answer: `Load ${load} is greater than the upper threshold ${upper}, so the system scales up by adding ${plural(s.instancesAfter - s.instancesBefore, 'instance')}${seeRow(step)}` };
      case 'below_lower':
        return { kind: 'scaled_down', step, question: `Why does the system scale down at step ${step}?`,
          answer: `Load ${load} is less than ${lower} and instances are currently ${s.instancesBefore}, so the system removes ${plural(s.instancesBefore - s.instancesAfter, 'instance')}${seeRow(step)}` };
      case 'above_upper_at_max':
        return { kind: 'held_at_max', step, question: `Why don't instances increase at step ${step} although load is ${load}?`,
          answer: `Load ${load} is above ${upper}, but instances are already at max_servers (${config.max_servers}), so the system cannot add more${seeRow(step)}` };
      default:
        return undefined;
    }
  }
  const target = formatPercent(config.target_utilization);
  if (s.branch === 'within_tolerance') {
    if (s.load === 0 || index === 0 || trace.loads[index - 1] === s.load) return undefined;
    return { kind: 'within_tolerance', step, question: `Why does nothing change at step ${step} although load moved to ${load}?`,
      answer: `Utilization is ${formatPercent(s.utilization!)}, within the tolerance of ${formatPercent(config.tolerance)} around the ${target} target, so the system leaves ${s.instancesAfter} instances${seeRow(step)}` };
  }
  if (s.desired !== undefined && s.desired !== s.instancesAfter) {
    return { kind: 'capped', step, question: `Why does step ${step} end with ${s.instancesAfter} instances when the formula asks for ${s.desired}?`,
      answer: `${s.reason.replace(/\.$/, '')}; the bounds min_servers ${config.min_servers} and max_servers ${config.max_servers} always win${seeRow(step)}` };
  }
  if (s.action === 'none') return undefined;
  return { kind: s.action === 'scale_up' ? 'tracked_up' : 'tracked_down', step,
    question: `Why do instances go from ${s.instancesBefore} to ${s.instancesAfter} at step ${step}?`,
    answer: `${s.reason.replace(/\.$/, '')}${seeRow(step)}` };
}

const KINDS_BY_POLICY = {
  threshold: ['held_at_min', 'scaled_up', 'scaled_down', 'held_at_max'],
  target_tracking: ['tracked_up', 'tracked_down', 'within_tolerance', 'capped'],
} as const satisfies Record<Trace['config']['policy'], readonly MomentKind[]>;

/** The kind of moment at step `index`, read from the columns alone (no text is formatted). */
function kindAt(trace: Trace, index: number): MomentKind | undefined {
  const before = instancesBefore(trace, index);
  const after = trace.after[index]!;
  switch (branchAt(trace, index)) {
    case 'between': return undefined;
    case 'above_upper': return 'scaled_up';
    case 'above_upper_at_max': return 'held_at_max';
    case 'below_lower': return 'scaled_down';
    case 'below_lower_at_min': return 'held_at_min';
    case 'within_tolerance': {
      const load = trace.loads[index]!;
      return load === 0 || index === 0 || trace.loads[index - 1] === load ? undefined : 'within_tolerance';
    }
    case 'off_target':
      if (trace.desired[index] !== after) return 'capped';
      return after > before ? 'tracked_up' : after < before ? 'tracked_down' : undefined;
  }
}

/**
 * The first step of each kind of surprise, in step order. Scans columns only and formats text
 * just for the few steps it reports, so it stays fast on long traces.
 */
export function keyMoments(trace: Trace): readonly KeyMoment[] {
  const possible = KINDS_BY_POLICY[trace.config.policy].length;
  const seen = new Set<MomentKind>();
  const moments: KeyMoment[] = [];
  for (let i = 0; i < trace.length && seen.size < possible; i++) {
    const kind = kindAt(trace, i);
    if (kind === undefined || seen.has(kind)) continue;
    const moment = momentAt(trace, i);
    seen.add(kind);
    if (moment) moments.push(moment);
  }
  return moments;
}
