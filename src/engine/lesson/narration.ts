/**
 * A narrated walk-through of a trace, in words a teacher would say: one paragraph per step, built from each step's
 * own reason (step.ts), so it changes whenever the scenario does. Pure: the Transcript view and any handout use it.
 */
import { formatNumber, plural } from '../format';
import { finalInstances, type Trace } from './simulate';
import { stepAt } from './step';

export interface NarrationLine {
  /** 1-based step the line is about; 0 for the opening line, length + 1 for the summary */
  readonly step: number;
  readonly text: string;
}

export interface NarrateOptions {
  /** most steps narrated one by one; the rest are summed up in one line */
  readonly maxSteps?: number;
}

/** Default cap: a handout of 200 steps is already long. */
export const NARRATION_MAX_STEPS = 200;

const lowerFirst = (text: string) => (text ? text[0]!.toLowerCase() + text.slice(1) : text);

function opening(trace: Trace): string {
  const { config } = trace;
  const steps = plural(trace.length, 'step');
  const start = `The endpoint starts with ${plural(config.initial_servers, 'instance')} and sees ${steps} of load.`;
  if (config.policy === 'threshold') {
    return `${start} Each step the autoscaler compares the load with the upper threshold ${formatNumber(config.upper_threshold)} `
      + `and the lower threshold ${formatNumber(config.lower_threshold)}, and keeps between ${config.min_servers} and ${config.max_servers} instances.`;
  }
  return `${start} Each step the autoscaler measures utilization (load / (instances × ${formatNumber(config.capacity_per_server)})) `
    + `and steers it toward ${formatNumber(config.target_utilization * 100)} %, keeping between ${config.min_servers} and ${config.max_servers} instances.`;
}

function summary(trace: Trace): string {
  let ups = 0;
  let downs = 0;
  let peak = trace.config.initial_servers;
  for (let i = 0; i < trace.length; i++) {
    const before = i === 0 ? trace.config.initial_servers : trace.after[i - 1]!;
    const after = trace.after[i]!;
    if (after > before) ups++;
    else if (after < before) downs++;
    peak = Math.max(peak, after);
  }
  const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
  const moves = [ups > 0 ? `up ${times(ups)}` : '', downs > 0 ? `down ${times(downs)}` : ''].filter(Boolean);
  const scaled = moves.length === 0 ? 'It never scaled' : `It scaled ${moves.join(' and ')}`;
  return `After ${plural(trace.length, 'step')} the endpoint runs ${plural(finalInstances(trace), 'instance')}. `
    + `${scaled}, with at most ${plural(peak, 'instance')} at once.`;
}

/** The walk-through: an opening line, one line per step ("At step 3, load 120 is greater than ..."), a summary. */
export function narrateTrace(trace: Trace, { maxSteps = NARRATION_MAX_STEPS }: NarrateOptions = {}): readonly NarrationLine[] {
  const lines: NarrationLine[] = [{ step: 0, text: opening(trace) }];
  const told = Math.min(trace.length, Math.max(0, maxSteps));
  for (let i = 0; i < told; i++) {
    const step = stepAt(trace, i);
    lines.push({ step: step.step, text: `At step ${step.step}, ${lowerFirst(step.reason)} The loop prints "${step.output}".` });
  }
  if (told < trace.length) {
    const rest = trace.length - told;
    lines.push({ step: told + 1, text: `${plural(rest, 'more step')} follow${rest === 1 ? 's' : ''} the same rule; the execution table lists each of them.` });
  }
  lines.push({ step: trace.length + 1, text: summary(trace) });
  return lines;
}

/** The walk-through as plain text, one paragraph per line: what Copy puts on the clipboard. */
export function narrationText(trace: Trace, options?: NarrateOptions): string {
  return `${narrateTrace(trace, options).map((line) => line.text).join('\n\n')}\n`;
}
