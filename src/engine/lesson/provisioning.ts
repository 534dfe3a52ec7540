/**
 * Cost against latency, counted from traces: how many server-steps a fleet pays for beyond what the load needs
 * (over-provisioning, the cost side) and how many steps the load exceeds what the fleet can serve (overload, the
 * latency side). The lesson's loop has no notion of capacity, so the caller says what one instance serves per step.
 * Pure; used by the Why mode to put a fixed (manually sized) fleet beside the autoscaler on the same loads.
 */
import type { TargetTrackingConfig } from './config';
import { desiredServers, instancesBefore, type Trace } from './simulate';

export interface ProvisioningInput {
  /** requests arriving at each step */
  readonly loads: ArrayLike<number>;
  /** instances serving each step (same length as loads) */
  readonly instances: ArrayLike<number>;
  /** requests one instance serves per step */
  readonly capacityPerInstance: number;
}

export interface StepProvision {
  readonly load: number;
  readonly instances: number;
  /** instances the load needs: ceil(load / capacity), 0 for no load */
  readonly needed: number;
  /** instances paid for and not needed this step */
  readonly idle: number;
  /** requests beyond what the instances serve this step */
  readonly unserved: number;
}

export interface ProvisioningSummary {
  readonly steps: readonly StepProvision[];
  /** instance-steps paid for: the cost */
  readonly serverSteps: number;
  /** instance-steps the load needed */
  readonly neededServerSteps: number;
  /** instance-steps paid for beyond the need */
  readonly overProvisionedServerSteps: number;
  /** steps where load exceeded capacity: requests wait or fail */
  readonly overloadedSteps: number;
  /** requests beyond capacity, summed over the steps */
  readonly unservedRequests: number;
}

/** Instances a load needs when one instance serves `capacity` requests per step. */
export function instancesNeeded(load: number, capacity: number): number {
  if (load <= 0) return 0;
  const exact = load / capacity;
  const nearest = Math.round(exact);
  return Math.abs(exact - nearest) <= 1e-9 * Math.max(1, nearest) ? nearest : Math.ceil(exact);
}

export function provisioning({ loads, instances, capacityPerInstance }: ProvisioningInput): ProvisioningSummary {
  const steps: StepProvision[] = [];
  let serverSteps = 0;
  let neededServerSteps = 0;
  let over = 0;
  let overloaded = 0;
  let unservedRequests = 0;
  for (let i = 0; i < loads.length; i++) {
    const load = loads[i]!;
    const count = instances[i] ?? 0;
    const needed = instancesNeeded(load, capacityPerInstance);
    const idle = Math.max(0, count - needed);
    const unserved = Math.max(0, load - count * capacityPerInstance);
    serverSteps += count;
    neededServerSteps += needed;
    over += idle;
    if (unserved > 0) overloaded++;
    unservedRequests += unserved;
    steps.push({ load, instances: count, needed, idle, unserved });
  }
  return { steps, serverSteps, neededServerSteps, overProvisionedServerSteps: over, overloadedSteps: overloaded, unservedRequests };
}

/** Which count serves a step's load in the comparison: the lesson's loop adds an instance at once ("after"), a real one only later ("before"). */
export type ServingCount = 'after' | 'before';

/** The instances serving each step of a trace. */
export function servingInstances(trace: Trace, serving: ServingCount = 'after'): Uint16Array {
  if (serving === 'after') return trace.after;
  return Uint16Array.from({ length: trace.length }, (_, i) => instancesBefore(trace, i));
}

/** The same number of instances at every step: a fleet sized by hand. */
export function fixedFleet(size: number, steps: number): Int32Array {
  return new Int32Array(steps).fill(size);
}

export interface WholeUnits {
  /** instances the load needs as a fraction: load / (capacity × target) */
  readonly exact: number;
  /** what can be bought: the engine's own ceil (desiredServers) */
  readonly whole: number;
  /** share of the whole instances paid for and idle at the target */
  readonly idleShare: number;
}

/** GPUs come in whole units: 2.2 GPUs of work costs 3 GPUs. Uses the target-tracking rule's own rounding. */
export function wholeUnits(load: number, config: TargetTrackingConfig): WholeUnits {
  const exact = load / (config.capacity_per_server * config.target_utilization);
  const whole = desiredServers(load, config);
  return { exact, whole, idleShare: whole === 0 ? 0 : (whole - exact) / whole };
}
