/**
 * The Lab's tick loop: one-second ticks, the same arrivals for every policy, replicas that provision for a cold start
 * (one stage, or node/image/weights/warm-up: lifecycle.ts), serve, and drain. What the ready replicas serve is the
 * replica model's (replicas/: the web server, or the LLM server that batches tokens); the loop owns the clock, the
 * replica counts, the metric history and the policy. Columns are typed arrays filled in place; the loop allocates
 * nothing per tick, and a policy runs only when it wakes (every `periodS` seconds).
 *
 * Tick t, in order:
 * 1. Replicas whose cold start ends become ready (the replica model is told); drained ones are gone.
 * 2. The replica model serves second t: timeouts, this second's arrivals, serving (see replicas/simple.ts, llm.ts).
 * 3. The metric history grows by one second; the policy wakes at the end of the second if (t + 1) is a multiple of its
 *    period, and its desired count starts provisioning or removes replicas (starting ones first, newest first; then
 *    ready ones, which drain for `drain_s`, billed).
 */
import type { Decision, LabPolicyConfig, MetricHistory, NamedPolicy, Observation } from '../policies/types';
import { modelFor, type AnyPolicyModel } from '../policies/registry';
import { Provisioner } from './lifecycle';
import { startReplicaRun } from './replicas/registry';
import { emptySecond, type ReplicaRun } from './replicas/types';
import { arrivalsColumn } from './traffic';
import { arrivalsFromRequests, requestsFromArrivals } from './traffic/requests';
import type { ColdStartSettings, ReplicaSettings, RequestList, TimeRunInput, TimeSummary, TimeTrace } from './types';

/** How the Lab's latencies are made, in one sentence for the UI and the CLI: they are the model's, not measured. */
export const LATENCY_METHOD =
  'Latency is estimated by the model: each request waits in a first-in-first-out queue for whole seconds (tracked per ' +
  'arrival second) and then takes the service time; percentiles rank the requests served in a second (or in the run).';

/** Cumulative sums of a column: out[k] = total of column[0 .. k-1]. */
export function prefixSums(column: Float64Array): Float64Array {
  const out = new Float64Array(column.length + 1);
  for (let i = 0; i < column.length; i++) out[i + 1] = out[i]! + column[i]!;
  return out;
}

/** The model driving a policy; a kind with no registered model is a programming error, reported by name. */
export function requireModel(config: LabPolicyConfig): AnyPolicyModel {
  const model = modelFor(config);
  if (model === undefined) throw new Error(`no Lab model is registered for policy "${config.policy}"`);
  return model;
}

/**
 * Runs every policy over the same arrivals (drawn once from the seed, or exact) and returns one trace per policy, in
 * order. Expects a checked input (see checkTimeRun): whole seconds within seven days, valid platform and configs.
 */
export function simulateTime(input: TimeRunInput): TimeTrace[] {
  const seconds = Math.max(0, Math.floor(input.seconds));
  const replica: ReplicaSettings = input.replica ?? { kind: 'simple' };
  const arrivals = input.requests !== undefined
    ? arrivalsFromRequests(input.requests, seconds)
    : arrivalsColumn(input.traffic, seconds, input.arrivals, input.seed);
  // the LLM replica needs each request's time and tokens: the trace's own, or drawn from the seed around the arrivals
  const requests = input.requests ?? (replica.kind === 'llm' ? requestsFromArrivals(arrivals, input.seed) : undefined);
  const llm = replica.kind === 'llm';
  const inService = new Float64Array(seconds + 1);
  const busy = new Float64Array(seconds + 1);
  // the metric history is scratch (not part of a trace): one set serves every policy, each run overwriting it in order.
  // Under the web server, running = in service and GPU util = busy share (the same sums: one array each), and the
  // LLM-only gauges stay 0.
  const history: MetricHistory = {
    cumArrivals: prefixSums(arrivals),
    cumServed: new Float64Array(seconds + 1),
    cumOngoing: new Float64Array(seconds + 1),
    cumInService: inService,
    cumBusy: busy,
    cumReady: new Float64Array(seconds + 1),
    // the LLM gauges: filled by the replica model that has them (zeros under the web server until it does)
    cumWaiting: new Float64Array(seconds + 1),
    cumRunning: llm ? new Float64Array(seconds + 1) : inService,
    cumKvUsage: new Float64Array(seconds + 1),
    cumGpuUtil: llm ? new Float64Array(seconds + 1) : busy,
    cumGatewayQueue: new Float64Array(seconds + 1),
    cumPromptTokens: new Float64Array(seconds + 1),
    cumOutputTokens: new Float64Array(seconds + 1),
    kvUsageMax: new Float64Array(seconds + 1),
    waitingMax: new Float64Array(seconds + 1),
  };
  // columns a web-server trace has no value for: one shared array each (never written)
  const shared = llm ? undefined : { zeros: new Float64Array(seconds), zeros32: new Float32Array(seconds), nan32: new Float32Array(seconds).fill(NaN), zerosInt: new Int32Array(seconds) };
  return input.policies.map((policy) => runPolicy({ policy, arrivals, history, input, replica, requests, shared }));
}

interface PolicyRun {
  readonly policy: NamedPolicy;
  readonly arrivals: Float64Array;
  readonly history: MetricHistory;
  readonly input: TimeRunInput;
  readonly replica: ReplicaSettings;
  readonly requests: RequestList | undefined;
  readonly shared: { readonly zeros: Float64Array; readonly zeros32: Float32Array; readonly nan32: Float32Array; readonly zerosInt: Int32Array } | undefined;
}

/** The trace's per-second columns (everything but the run's identity and summary). */
type TraceColumns = Omit<TimeTrace, 'policy' | 'seconds' | 'arrivals' | 'replica' | 'summary'>;

/** One policy's run. `history` is overwritten second by second (entry 0 of each column stays 0), so it is reused. */
function runPolicy({ policy, arrivals, history, input, replica, requests, shared }: PolicyRun): TimeTrace {
  const platform = input.platform;
  const model = requireModel(policy.config);
  const seconds = arrivals.length;
  const drain = Math.max(0, Math.round(platform.drain_s));
  const bounds = model.bounds(policy.config);
  const coldStart: ColdStartSettings | undefined = input.coldStart;
  const columns = traceColumns(seconds, coldStart !== undefined, shared);
  const run = startReplicaRun(replica, {
    platform, arrivals, requests, zeroFails: model.zeroBehaviour(policy.config) === 'fail', initialReady: bounds.initial,
    drainS: drain, columns,
  });
  const obs: MutableObservation = { t: 0, ready: 0, provisioning: 0, current: 0, capacity: platform.capacity, history };
  if (replica.kind === 'llm') obs.profile = replica.llm.profile;
  const totals = tickLoop({
    model, config: policy.config, bounds, period: Math.max(1, Math.round(model.periodS(policy.config))), drain, run, obs,
    provisioner: new Provisioner(bounds.max + 1, Math.max(0, Math.round(platform.cold_start_s)), coldStart),
    staged: coldStart !== undefined, llm: shared === undefined, columns, history,
  });
  const summary = summarize(run, { ...totals, arrivals: history.cumArrivals[seconds]!, pricePerHour: platform.price_per_hour });
  return { policy, seconds, arrivals, replica: replica.kind, ...columns, summary };
}

/** A fresh set of trace columns; what a web-server trace has no value for is one shared array each (never written). */
function traceColumns(seconds: number, staged: boolean, shared: PolicyRun['shared']): TraceColumns {
  const llm = shared === undefined;
  const queue = new Float64Array(seconds);
  const stage = () => (staged || llm ? new Int32Array(seconds) : shared.zerosInt);
  return {
    served: new Float64Array(seconds), dropped: new Float64Array(seconds), failed: new Float64Array(seconds), queue,
    ready: new Int32Array(seconds), provisioning: new Int32Array(seconds), draining: new Int32Array(seconds),
    desiredRaw: new Float64Array(seconds), desired: new Int32Array(seconds),
    p50: new Float32Array(seconds), p95: new Float32Array(seconds), p99: new Float32Array(seconds),
    metric: new Float64Array(seconds), reason: new Uint8Array(seconds), mode: new Uint8Array(seconds), decided: new Uint8Array(seconds),
    // a web server's waiting is its queue (the same values: one array)
    waiting: llm ? new Float64Array(seconds) : queue,
    running: new Float64Array(seconds), gatewayQueue: new Float64Array(seconds),
    kvUsage: llm ? new Float32Array(seconds) : shared.zeros32, gpuUtil: new Float32Array(seconds),
    tokensOut: llm ? new Float64Array(seconds) : shared.zeros,
    ttftP95: llm ? new Float32Array(seconds) : shared.nan32, itlP95: llm ? new Float32Array(seconds) : shared.nan32,
    stageNode: stage(), stageImage: stage(), stageWeights: stage(), stageWarmup: stage(),
  };
}

type MutableObservation = { -readonly [K in keyof Observation]: Observation[K] };

interface TickLoopInput {
  readonly model: AnyPolicyModel;
  readonly config: LabPolicyConfig;
  readonly bounds: { readonly min: number; readonly max: number; readonly initial: number };
  readonly period: number;
  readonly drain: number;
  readonly run: ReplicaRun;
  readonly obs: MutableObservation;
  readonly provisioner: Provisioner;
  readonly staged: boolean;
  readonly llm: boolean;
  readonly columns: TraceColumns;
  readonly history: MetricHistory;
}

type LoopTotals = Omit<RunTotals, 'arrivals' | 'pricePerHour'>;

/**
 * The second-by-second loop, a function of its own: V8 optimizes a function as a whole, so the loop's code is compiled
 * once and entered directly by every later policy's run, instead of the setup and the summary around it (code the
 * first run had not reached when the loop was compiled) throwing the loop's optimized code away run after run (traced
 * with node --trace-deopt on the bench's day through five policies).
 */
function tickLoop({ model, config, bounds, period, drain, run, obs, provisioner, staged, llm, columns, history }: TickLoopInput): LoopTotals {
  const {
    served, dropped, failed, queue, ready: readyCol, provisioning: provisioningCol, draining: drainingCol, desiredRaw,
    desired: desiredCol, metric: metricCol, reason: reasonCol, mode: modeCol, decided, waiting: waitingCol,
    running: runningCol, gatewayQueue: gatewayCol, kvUsage: kvCol, gpuUtil: gpuCol, tokensOut: tokensCol,
    stageNode, stageImage, stageWeights, stageWarmup,
  } = columns;
  const {
    cumServed, cumOngoing, cumInService, cumBusy, cumReady, cumWaiting, cumRunning, cumKvUsage, cumGpuUtil,
    cumGatewayQueue, cumPromptTokens, cumOutputTokens, kvUsageMax, waitingMax,
  } = history;
  const seconds = served.length;
  // draining replicas by the second they are gone
  const drainRing = new Float64Array(drain + 1);
  let ready = bounds.initial;
  let draining = 0;
  const out = emptySecond();

  let state = model.init(config);
  let desired = bounds.initial;
  let raw = bounds.initial;
  let metric = 0;
  let reason = 0;
  let mode = 0;
  let totalServed = 0, totalDropped = 0, totalFailed = 0, instanceSeconds = 0, violations = 0, scaleEvents = 0;

  let drainSlot = 0;
  // the policy wakes at the end of second t when (t + 1) is a multiple of its period: count down instead of dividing
  let untilWake = period;
  let sumServed = 0, sumInService = 0, sumOngoing = 0, sumBusy = 0, sumReady = 0;
  let sumWaiting = 0, sumRunning = 0, sumKv = 0, sumGpu = 0, sumGateway = 0, sumPrompt = 0, sumOutput = 0;
  // the decision columns hold the values in force at each second: written a period at a time when the policy wakes
  // (and to the end after the loop), not every second
  let filledTo = 0;
  for (let t = 0; t < seconds; t++) {
    if (provisioner.provisioning > 0) {
      const becomingReady = provisioner.tick(t);
      if (becomingReady > 0) { ready += becomingReady; run.addReady(becomingReady, t); }
    }
    if (draining > 0) {
      const gone = drainRing[drainSlot]!;
      if (gone > 0) { draining -= gone; drainRing[drainSlot] = 0; provisioner.releaseNodes(gone, t); }
    }
    const provisioning = provisioner.provisioning;

    run.serve(t, ready, out);
    const servedNow = out.served;
    served[t] = servedNow;
    dropped[t] = out.dropped;
    failed[t] = out.failed;
    queue[t] = out.queue;
    readyCol[t] = ready;
    provisioningCol[t] = provisioning;
    drainingCol[t] = draining;
    runningCol[t] = out.running;
    if (out.gatewayQueue !== 0) gatewayCol[t] = out.gatewayQueue;
    gpuCol[t] = out.gpuUtil;
    if (llm) { waitingCol[t] = out.waiting; kvCol[t] = out.kvMean; tokensCol[t] = out.tokensOut; }
    if (staged && provisioning > 0) {
      stageNode[t] = provisioner.node; stageImage[t] = provisioner.image; stageWeights[t] = provisioner.weights; stageWarmup[t] = provisioner.warmup;
    }
    totalServed += servedNow;
    totalDropped += out.dropped;
    totalFailed += out.failed;
    instanceSeconds += ready + provisioning + draining;
    if (out.violated) violations++;

    // running totals kept in locals (the same additions in the same order), written once each
    sumServed += servedNow;
    sumInService += out.running;
    sumOngoing = sumOngoing + out.waiting + out.running;
    sumBusy += out.busy;
    sumReady += ready;
    cumServed[t + 1] = sumServed;
    cumInService[t + 1] = sumInService;
    cumOngoing[t + 1] = sumOngoing;
    cumBusy[t + 1] = sumBusy;
    cumReady[t + 1] = sumReady;
    sumWaiting += out.replicaWaiting;
    sumGateway += out.gatewayQueue;
    cumWaiting[t + 1] = sumWaiting;
    cumGatewayQueue[t + 1] = sumGateway;
    waitingMax[t] = out.waitingMax;
    if (llm) {
      sumRunning += out.replicaRunning;
      sumKv += out.kvMean;
      sumGpu += out.gpuUtil;
      sumPrompt += out.promptTokens;
      sumOutput += out.outputTokens;
      cumRunning[t + 1] = sumRunning;
      cumKvUsage[t + 1] = sumKv;
      cumGpuUtil[t + 1] = sumGpu;
      cumPromptTokens[t + 1] = sumPrompt;
      cumOutputTokens[t + 1] = sumOutput;
      kvUsageMax[t] = out.kvMax;
    }

    if (--untilWake === 0) {
      untilWake = period;
      if (t > filledTo) {
        desiredCol.fill(desired, filledTo, t); desiredRaw.fill(raw, filledTo, t); metricCol.fill(metric, filledTo, t);
        reasonCol.fill(reason, filledTo, t); modeCol.fill(mode, filledTo, t);
      }
      obs.t = t; obs.ready = ready; obs.provisioning = provisioning; obs.current = desired;
      const step: { readonly state: unknown; readonly decision: Decision } = model.decide(config, state, obs);
      state = step.state;
      const next = Math.min(bounds.max, Math.max(bounds.min, Math.round(step.decision.desired)));
      if (next !== desired) scaleEvents++;
      desired = next;
      raw = step.decision.raw;
      metric = step.decision.metric;
      reason = step.decision.reason;
      mode = step.decision.mode;
      decided[t] = 1;
      desiredCol[t] = desired; desiredRaw[t] = raw; metricCol[t] = metric; reasonCol[t] = reason; modeCol[t] = mode;
      filledTo = t + 1;
      const total = ready + provisioning;
      if (desired > total) provisioner.start(desired - total, t, total + draining);
      else if (desired < total) {
        const removed = total - desired - provisioner.cancel(total - desired, t);
        if (removed > 0) {
          ready -= removed;
          run.removeReady(removed, t);
          if (drain > 0) { const slot = (t + 1 + drain) % (drain + 1); drainRing[slot] = drainRing[slot]! + removed; draining += removed; }
          else provisioner.releaseNodes(removed, t);
        }
      }
    }
    if (++drainSlot > drain) drainSlot = 0;
  }

  desiredCol.fill(desired, filledTo); desiredRaw.fill(raw, filledTo); metricCol.fill(metric, filledTo);
  reasonCol.fill(reason, filledTo); modeCol.fill(mode, filledTo);
  return { served: totalServed, dropped: totalDropped, failed: totalFailed, violations, instanceSeconds, scaleEvents };
}

interface RunTotals {
  readonly arrivals: number;
  readonly served: number;
  readonly dropped: number;
  readonly failed: number;
  readonly violations: number;
  readonly instanceSeconds: number;
  readonly pricePerHour: number;
  readonly scaleEvents: number;
}

/** The run's summary: the loop's totals and what only the replica model knows. */
function summarize(run: ReplicaRun, totals: RunTotals): TimeSummary {
  const fromRun = run.summary();
  return {
    arrivals: totals.arrivals,
    served: totals.served,
    dropped: totals.dropped,
    failed: totals.failed,
    queue_end: fromRun.queue_end,
    p95_ms: fromRun.p95_ms,
    slo_violation_s: totals.violations,
    instance_seconds: totals.instanceSeconds,
    cost: (totals.instanceSeconds * totals.pricePerHour) / 3600,
    scale_events: totals.scaleEvents,
    ...fromRun.llm,
  };
}
