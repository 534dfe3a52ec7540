/**
 * The lesson's loop with what real inference endpoints add, one knob at a time, still counted in steps: a new
 * instance needs `coldStartSteps` before it serves (node + image + model load), requests it cannot serve yet wait in
 * a queue (latency), the autoscaler may hold still for `cooldownSteps` after acting (cooldowns, stabilization), and it
 * may drop to zero instances when idle (Knative, KEDA), starting one again when a request arrives.
 * Every decision is the step engine's own (`simulate` on one step), so with all knobs at zero this is the lesson's trace.
 * Pure; the Deep dive mode's live examples run it.
 */
import type { ScalingConfig } from './config';
import { simulate, type Action } from './simulate';

export interface EndpointModelInput {
  readonly config: ScalingConfig;
  /** requests arriving at each step */
  readonly loads: ArrayLike<number>;
  /** requests one ready instance serves per step */
  readonly capacityPerInstance: number;
  /** steps between adding an instance and it serving; 0 = at once, as in the lesson */
  readonly coldStartSteps?: number;
  /** steps after a scaling action in which the autoscaler makes no change; 0 = none, as in the lesson */
  readonly cooldownSteps?: number;
  /** after this many steps in a row with no load, go to zero instances; undefined = never (the lesson's min_servers holds) */
  readonly scaleToZeroAfter?: number;
}

export interface EndpointStep {
  /** 1-based, as the execution table counts */
  readonly step: number;
  readonly load: number;
  /** instances provisioned after this step's decision (paid for, ready or not) */
  readonly instances: number;
  /** instances serving this step */
  readonly ready: number;
  readonly action: Action;
  /** why nothing changed although the rule wanted a change */
  readonly held?: 'cooldown';
  /** the rule's own count at this step, before a cooldown held it */
  readonly wanted: number;
  readonly served: number;
  /** requests still waiting after this step */
  readonly backlog: number;
  /** steps the last waiting request will wait, at the ready instances' pace; Infinity with none ready */
  readonly waitSteps: number;
}

export interface EndpointRun {
  readonly steps: readonly EndpointStep[];
  /** steps that ended with requests waiting */
  readonly backloggedSteps: number;
  readonly maxBacklog: number;
  /** instance-steps paid for (starting instances included) */
  readonly paidServerSteps: number;
  /** steps with no instance provisioned */
  readonly zeroSteps: number;
}

/** The count the lesson's rule picks for one load, from `instances` (the engine's decision, not a copy of it). */
export function ruleDecision(config: ScalingConfig, load: number, instances: number): number {
  const from = Math.min(Math.max(instances, config.min_servers), config.max_servers);
  return simulate({ config: { ...config, initial_servers: from }, loads: [load] }).after[0]!;
}

export function runEndpointModel(input: EndpointModelInput): EndpointRun {
  const { config, loads, capacityPerInstance: capacity } = input;
  const coldStart = Math.max(0, input.coldStartSteps ?? 0);
  const cooldown = Math.max(0, input.cooldownSteps ?? 0);
  const toZeroAfter = input.scaleToZeroAfter;
  /** the step (1-based) at which each provisioned instance starts serving */
  let readyAt: number[] = Array.from({ length: config.initial_servers }, () => 0);
  let backlog = 0;
  let lastAction = -Infinity;
  let idleRun = 0;
  const steps: EndpointStep[] = [];
  let backloggedSteps = 0;
  let maxBacklog = 0;
  let paid = 0;
  let zeroSteps = 0;

  for (let i = 0; i < loads.length; i++) {
    const step = i + 1;
    const load = loads[i]!;
    const before = readyAt.length;
    idleRun = load > 0 ? 0 : idleRun + 1;
    let wanted: number;
    if (before === 0) wanted = load > 0 ? 1 : 0; // from zero, any request starts one instance (an activator)
    else if (toZeroAfter !== undefined && idleRun >= toZeroAfter) wanted = 0;
    else wanted = ruleDecision(config, load, before);
    const cooling = wanted !== before && before > 0 && step - lastAction <= cooldown;
    const target = cooling ? before : wanted;
    if (target > before) {
      readyAt = [...readyAt, ...Array.from({ length: target - before }, () => step + coldStart)];
    } else if (target < before) {
      // remove instances still starting first, then serving ones
      readyAt = [...readyAt].sort((a, b) => a - b).slice(0, target);
    }
    if (target !== before) lastAction = step;
    const ready = readyAt.filter((at) => at <= step).length;
    const queue = backlog + load;
    const served = Math.min(queue, ready * capacity);
    backlog = queue - served;
    const waitSteps = backlog === 0 ? 0 : ready === 0 ? Infinity : backlog / (ready * capacity);
    if (backlog > 0) backloggedSteps++;
    maxBacklog = Math.max(maxBacklog, backlog);
    paid += readyAt.length;
    if (readyAt.length === 0) zeroSteps++;
    steps.push({
      step, load, instances: readyAt.length, ready, wanted, served, backlog, waitSteps,
      action: target > before ? 'scale_up' : target < before ? 'scale_down' : 'none',
      ...(cooling ? { held: 'cooldown' as const } : {}),
    });
  }
  return { steps, backloggedSteps, maxBacklog, paidServerSteps: paid, zeroSteps };
}

/** How many flips between scaling up and down a run makes: what cooldowns and stabilization windows are for. */
export function directionChanges(run: EndpointRun): number {
  let last: Action = 'none';
  let changes = 0;
  for (const { action } of run.steps) {
    if (action === 'none') continue;
    if (last !== 'none' && action !== last) changes++;
    last = action;
  }
  return changes;
}
