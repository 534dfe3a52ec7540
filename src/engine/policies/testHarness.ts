/**
 * A small world for policy tests (used by tests only): replicas with a cold start, a FIFO backlog served at `capacity`
 * per ready replica, the metric columns as prefix sums, and the controller woken every periodS seconds, as the tick loop
 * does. Deterministic: arrivals are exactly what `arrivals(t)` says.
 */
import type { Decision, GpuProfile, LabPolicyConfig, MetricHistory, Observation, PolicyModel } from './types';

export interface HarnessInput<C extends LabPolicyConfig, S> {
  readonly model: PolicyModel<C, S>;
  readonly config: C;
  readonly seconds: number;
  /** requests arriving in second t */
  readonly arrivals: (t: number) => number;
  /** ongoing requests at the end of second t; default the backlog left plus the requests served in that second */
  readonly ongoing?: (t: number) => number;
  /** requests per second one ready replica serves, default 100 */
  readonly capacity?: number;
  /** seconds a new replica provisions before it is ready, default 0 (ready the next second) */
  readonly coldStartS?: number;
  /** the LLM gauges at the end of second t with `ready` replicas (default all 0), as the LLM replica would report them */
  readonly gauges?: (t: number, ready: number) => Partial<LlmGauges>;
  /** the replica's profile, handed to the policy in every observation */
  readonly profile?: GpuProfile;
}

/** One second of the LLM replica's gauges: totals over ready replicas, KV usage and GPU duty cycle as means (0..1). */
export interface LlmGauges {
  readonly waiting: number;
  readonly running: number;
  readonly kvUsage: number;
  readonly gpuUtil: number;
  readonly gatewayQueue: number;
  readonly promptTokens: number;
  readonly outputTokens: number;
  /** largest KV usage / waiting count of any one replica (default: the mean / the total over ready replicas) */
  readonly kvUsageMax: number;
  readonly waitingMax: number;
}

/** Writes second t's gauges into the history (prefix sums, and the per-second max columns). */
export function recordGauges(history: ReturnType<typeof emptyHistory>, t: number, ready: number, gauges: Partial<LlmGauges>): void {
  const add = (column: Float64Array, value: number) => { column[t + 1] = column[t]! + value; };
  add(history.cumWaiting, gauges.waiting ?? 0);
  add(history.cumRunning, gauges.running ?? 0);
  add(history.cumKvUsage, gauges.kvUsage ?? 0);
  add(history.cumGpuUtil, gauges.gpuUtil ?? 0);
  add(history.cumGatewayQueue, gauges.gatewayQueue ?? 0);
  add(history.cumPromptTokens, gauges.promptTokens ?? 0);
  add(history.cumOutputTokens, gauges.outputTokens ?? 0);
  history.kvUsageMax[t] = gauges.kvUsageMax ?? gauges.kvUsage ?? 0;
  history.waitingMax[t] = gauges.waitingMax ?? (ready > 0 ? (gauges.waiting ?? 0) / ready : 0);
}

export interface HarnessStep {
  readonly t: number;
  readonly ready: number;
  readonly provisioning: number;
  /** the count set before this decision */
  readonly current: number;
  readonly decision: Decision;
  readonly sentence: string;
}

export interface HarnessRun {
  readonly steps: readonly HarnessStep[];
  /** the count set after the last decision at or before second t */
  desiredAt(t: number): number;
}

export function emptyHistory(seconds: number): { [K in keyof MetricHistory]: Float64Array } {
  const column = () => new Float64Array(seconds + 1);
  return {
    cumArrivals: column(), cumServed: column(), cumOngoing: column(), cumInService: column(), cumBusy: column(), cumReady: column(),
    cumWaiting: column(), cumRunning: column(), cumKvUsage: column(), cumGpuUtil: column(), cumGatewayQueue: column(),
    cumPromptTokens: column(), cumOutputTokens: column(), kvUsageMax: column(), waitingMax: column(),
  };
}

/** An observation at the end of second t after `t + 1` seconds of constant columns (for one-off decide() checks). */
export function steadyObservation(input: {
  readonly t: number; readonly ready: number; readonly provisioning?: number; readonly current?: number; readonly capacity?: number;
  readonly arrivals?: number; readonly ongoing?: number; readonly busy?: number;
  readonly gauges?: Partial<LlmGauges>; readonly profile?: GpuProfile;
}): Observation {
  const history = emptyHistory(input.t + 1);
  const ready = input.ready;
  const capacity = input.capacity ?? 100;
  const arrivals = input.arrivals ?? 0;
  const busy = input.busy ?? (ready > 0 ? Math.min(1, arrivals / (ready * capacity)) : 0);
  for (let k = 1; k <= input.t + 1; k++) {
    history.cumArrivals[k] = arrivals * k;
    history.cumServed[k] = Math.min(arrivals, ready * capacity) * k;
    history.cumOngoing[k] = (input.ongoing ?? arrivals) * k;
    history.cumInService[k] = Math.min(input.ongoing ?? arrivals, ready * capacity) * k;
    history.cumBusy[k] = busy * k;
    history.cumReady[k] = ready * k;
    if (input.gauges !== undefined) recordGauges(history, k - 1, ready, input.gauges);
  }
  const obs = { t: input.t, ready, provisioning: input.provisioning ?? 0, current: input.current ?? ready + (input.provisioning ?? 0), capacity, history };
  return input.profile === undefined ? obs : { ...obs, profile: input.profile };
}

export function runHarness<C extends LabPolicyConfig, S>(input: HarnessInput<C, S>): HarnessRun {
  const { model, config, seconds } = input;
  const capacity = input.capacity ?? 100;
  const coldStart = input.coldStartS ?? 0;
  const period = model.periodS(config);
  const history = emptyHistory(seconds);
  let desired = model.bounds(config).initial;
  /** the second from which each replica is ready */
  let replicas: number[] = Array.from({ length: desired }, () => coldStart);
  let state = model.init(config);
  let backlog = 0;
  const steps: HarnessStep[] = [];
  const changes: { t: number; desired: number }[] = [{ t: -1, desired }];
  for (let t = 0; t < seconds; t++) {
    const ready = replicas.filter((at) => at <= t).length;
    const arrived = input.arrivals(t);
    backlog += arrived;
    const served = Math.min(backlog, ready * capacity);
    backlog -= served;
    const ongoing = input.ongoing ? input.ongoing(t) : backlog + served;
    history.cumArrivals[t + 1] = history.cumArrivals[t]! + arrived;
    history.cumServed[t + 1] = history.cumServed[t]! + served;
    history.cumOngoing[t + 1] = history.cumOngoing[t]! + ongoing;
    history.cumInService[t + 1] = history.cumInService[t]! + served;
    history.cumBusy[t + 1] = history.cumBusy[t]! + (ready > 0 ? served / (ready * capacity) : 0);
    history.cumReady[t + 1] = history.cumReady[t]! + ready;
    recordGauges(history, t, ready, input.gauges?.(t, ready) ?? {});
    if ((t + 1) % period !== 0) continue;
    const base: Observation = { t, ready, provisioning: replicas.length - ready, current: desired, capacity, history };
    const obs: Observation = input.profile === undefined ? base : { ...base, profile: input.profile };
    const result = model.decide(config, state, obs);
    state = result.state;
    const decision = result.decision;
    steps.push({ t, ready, provisioning: obs.provisioning, current: desired, decision, sentence: model.explain(config, decision, obs) });
    if (decision.desired > desired) replicas = [...replicas, ...Array.from({ length: decision.desired - desired }, () => t + 1 + coldStart)];
    else if (decision.desired < desired) replicas = [...replicas].sort((a, b) => a - b).slice(0, decision.desired);
    if (decision.desired !== desired) changes.push({ t, desired: decision.desired });
    desired = decision.desired;
  }
  return {
    steps,
    desiredAt: (t) => changes.reduce((value, change) => (change.t <= t ? change.desired : value), changes[0]!.desired),
  };
}

/** The counts set at each decision where the count changed, starting with the initial one. */
export function scaleSequence(run: HarnessRun, initial: number): number[] {
  const sequence = [initial];
  for (const step of run.steps) if (step.decision.desired !== sequence[sequence.length - 1]) sequence.push(step.decision.desired);
  return sequence;
}
