/**
 * Live's measured run: one record per real second of a run in the browser, kept in the Lab's columnar shape, and the
 * Lab's own policy driven from it. Each second the dispatcher hands over what it measured (arrivals, completions and
 * their latencies, the queue, busy time, replicas); the recorder fills the MetricHistory prefix sums exactly as the
 * Lab's tick loop does, and wakes the policy (modelFor(config).decide, unchanged) when its period is due.
 * Pure: no clock, no worker; the dispatcher owns time.
 */
import { requireModel } from '../time/simulateTime';
import type { TimeTick } from '../time/tick';
import type { AnyPolicyModel } from '../policies/registry';
import type { Decision, LabPolicyConfig, MetricHistory, Observation } from '../policies/types';

/** Longest run kept: one hour of seconds (columns are allocated once). */
export const MAX_LIVE_SECONDS = 3600;

/** What the dispatcher measured over one second of running (paused time is never a second). */
export interface SecondSample {
  /** requests the load generator sent in this second (intended send times inside it) */
  readonly arrivals: number;
  /** latencies of the requests answered in this second, ms from intended send to answer */
  readonly latenciesMs: readonly number[];
  /** requests refused (no replica and nowhere to wait), counted, never silently lost */
  readonly failed: number;
  /** requests waiting in the dispatcher's FIFO queue at the end of the second */
  readonly queue: number;
  /** requests inside batches on replicas at the end of the second */
  readonly inService: number;
  /** milliseconds of forward passes the replicas reported for batches answered this second */
  readonly busyMs: number;
  /** sizes of the batches answered this second */
  readonly batches: readonly number[];
  readonly ready: number;
  readonly provisioning: number;
  readonly draining: number;
  /** 1 when a pause (hidden tab) came just before this second: the charts mark the gap */
  readonly afterGap: boolean;
}

/** The measured run, columns indexed by second (the Lab's TimeTrace names where they mean the same). */
export interface LiveColumns {
  readonly arrivals: Float64Array; readonly served: Float64Array; readonly failed: Float64Array; readonly queue: Float64Array;
  readonly inService: Float64Array; readonly busy: Float64Array;
  readonly ready: Int32Array; readonly provisioning: Int32Array; readonly draining: Int32Array;
  readonly desiredRaw: Float64Array; readonly desired: Int32Array; readonly metric: Float64Array;
  readonly reason: Uint8Array; readonly mode: Uint8Array; readonly decided: Uint8Array;
  /** measured latency percentiles of the requests answered in the second, ms (NaN when none) */
  readonly p50: Float32Array; readonly p95: Float32Array; readonly p99: Float32Array;
  /** mean and largest batch answered in the second (0 when none) */
  readonly batchMean: Float32Array; readonly batchMax: Float32Array;
  /** mean forward-pass milliseconds of the batches answered in the second (NaN when none) */
  readonly serviceMs: Float32Array;
  /** 1 on the first second after a pause */
  readonly gap: Uint8Array;
}

export interface LiveRun {
  readonly config: LabPolicyConfig;
  readonly model: AnyPolicyModel;
  readonly columns: LiveColumns;
  readonly history: MetricHistory;
  /** seconds recorded so far */
  seconds: number;
  state: unknown;
  desired: number;
  /** all answered requests' service: requests and forward-pass milliseconds (capacity = requests / busy seconds) */
  servedTotal: number;
  busyMsTotal: number;
}

function makeColumns(n: number): LiveColumns {
  const f64 = () => new Float64Array(n);
  const f32 = () => new Float32Array(n).fill(Number.NaN);
  return {
    arrivals: f64(), served: f64(), failed: f64(), queue: f64(), inService: f64(), busy: f64(),
    ready: new Int32Array(n), provisioning: new Int32Array(n), draining: new Int32Array(n),
    desiredRaw: f64(), desired: new Int32Array(n), metric: f64(), reason: new Uint8Array(n), mode: new Uint8Array(n),
    decided: new Uint8Array(n), p50: f32(), p95: f32(), p99: f32(), batchMean: new Float32Array(n), batchMax: new Float32Array(n), serviceMs: f32(),
    gap: new Uint8Array(n),
  };
}

function makeHistory(n: number): MetricHistory {
  const c = () => new Float64Array(n + 1);
  return {
    cumArrivals: c(), cumServed: c(), cumOngoing: c(), cumInService: c(), cumBusy: c(), cumReady: c(),
    cumWaiting: c(), cumRunning: c(), cumKvUsage: c(), cumGpuUtil: c(), cumGatewayQueue: c(),
    cumPromptTokens: c(), cumOutputTokens: c(), kvUsageMax: c(), waitingMax: c(),
  };
}

export function createLiveRun(config: LabPolicyConfig, maxSeconds = MAX_LIVE_SECONDS): LiveRun {
  const model = requireModel(config);
  return {
    config, model, columns: makeColumns(maxSeconds), history: makeHistory(maxSeconds), seconds: 0,
    state: model.init(config), desired: model.bounds(config).initial, servedTotal: 0, busyMsTotal: 0,
  };
}

/** Nearest-rank percentile of ascending values (the Lab's rule). */
export function nearestRank(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.max(1, Math.ceil(p * sorted.length - 1e-9)) - 1]!;
}

/** Requests one busy replica answers per second, measured so far (`fallback` before any answer). */
export function measuredCapacity(run: LiveRun, fallback: number): number {
  return run.busyMsTotal > 0 ? (run.servedTotal * 1000) / run.busyMsTotal : fallback;
}

/** Replicas the policy sets at the start, before any decision. */
export const initialReplicas = (run: LiveRun): number => run.model.bounds(run.config).initial;

/**
 * Records one second and, when the policy's period is due, runs it. Returns the decision taken (null when the policy
 * slept or the run is full). `capacityFallback` is the capacity the warm-up measured, used until requests are answered.
 */
export function recordSecond(run: LiveRun, sample: SecondSample, capacityFallback: number): Decision | null {
  const t = run.seconds;
  const { columns: c, history: h } = run;
  if (t >= c.arrivals.length) return null;
  const served = sample.latenciesMs.length;
  const sorted = [...sample.latenciesMs].sort((a, b) => a - b);
  c.arrivals[t] = sample.arrivals; c.served[t] = served; c.failed[t] = sample.failed; c.queue[t] = sample.queue;
  c.inService[t] = sample.inService;
  const busy = sample.ready > 0 ? Math.min(1, sample.busyMs / (sample.ready * 1000)) : 0;
  c.busy[t] = busy;
  c.ready[t] = sample.ready; c.provisioning[t] = sample.provisioning; c.draining[t] = sample.draining;
  c.p50[t] = nearestRank(sorted, 0.5); c.p95[t] = nearestRank(sorted, 0.95); c.p99[t] = nearestRank(sorted, 0.99);
  const batchTotal = sample.batches.reduce((sum, b) => sum + b, 0);
  c.batchMean[t] = sample.batches.length > 0 ? batchTotal / sample.batches.length : 0;
  c.batchMax[t] = sample.batches.reduce((max, b) => Math.max(max, b), 0);
  c.serviceMs[t] = sample.batches.length > 0 ? sample.busyMs / sample.batches.length : Number.NaN;
  c.gap[t] = sample.afterGap ? 1 : 0;
  run.servedTotal += served;
  run.busyMsTotal += sample.busyMs;

  // the prefix sums the policies read (MetricHistory), as the Lab's tick loop fills them
  const ongoing = sample.queue + sample.inService;
  const add = (column: Float64Array, value: number) => { column[t + 1] = column[t]! + value; };
  add(h.cumArrivals, sample.arrivals); add(h.cumServed, served); add(h.cumOngoing, ongoing);
  add(h.cumInService, sample.inService); add(h.cumBusy, busy); add(h.cumReady, sample.ready);
  // an LLM server's gauges, as far as they apply: waiting = queued, running = in batches, no KV cache, duty = busy share;
  // the gateway holds requests only while no replica is ready; no tokens
  add(h.cumWaiting, sample.queue); add(h.cumRunning, sample.inService); add(h.cumKvUsage, 0);
  add(h.cumGpuUtil, busy); add(h.cumGatewayQueue, sample.ready === 0 ? sample.queue : 0);
  add(h.cumPromptTokens, 0); add(h.cumOutputTokens, 0);
  h.waitingMax[t] = sample.ready > 0 ? sample.queue / sample.ready : 0;
  run.seconds = t + 1;

  const period = Math.max(1, Math.round(run.model.periodS(run.config)));
  let decision: Decision | null = null;
  if ((t + 1) % period === 0) {
    const obs: Observation = {
      t, ready: sample.ready, provisioning: sample.provisioning, current: run.desired,
      capacity: measuredCapacity(run, capacityFallback), history: h,
    };
    const step = run.model.decide(run.config, run.state, obs);
    run.state = step.state;
    const bounds = run.model.bounds(run.config);
    run.desired = Math.min(bounds.max, Math.max(bounds.min, Math.round(step.decision.desired)));
    decision = step.decision;
    c.decided[t] = 1;
  }
  const last = decision ?? (t > 0 ? { raw: c.desiredRaw[t - 1]!, metric: c.metric[t - 1]!, reason: c.reason[t - 1]!, mode: c.mode[t - 1]! } : null);
  c.desired[t] = run.desired;
  c.desiredRaw[t] = last?.raw ?? run.desired;
  c.metric[t] = last?.metric ?? 0; c.reason[t] = last?.reason ?? 0; c.mode[t] = last?.mode ?? 0;
  return decision;
}

/** One measured second as a record: what the page draws and exports (the Lab's tick names where they mean the same). */
/** The Lab's tick fields a measured second has too, with the same meaning. */
type SharedTickKeys = 't' | 'arrivals' | 'served' | 'failed' | 'queue' | 'ready' | 'provisioning' | 'draining' | 'desired_raw' | 'desired' | 'p50_ms' | 'p95_ms' | 'p99_ms';

export interface LiveSecond extends Pick<TimeTick, SharedTickKeys> {
  readonly in_service: number;
  /** busy share of the ready replicas, 0..1 */
  readonly busy: number;
  readonly batch_mean: number;
  readonly batch_max: number;
  /** mean forward-pass ms of the batches answered in the second; null when none */
  readonly service_ms: number | null;
  /** requests per second one busy replica answered, measured over the run so far */
  readonly capacity_rps: number;
  /** true on the first second after a pause (hidden tab) */
  readonly gap: boolean;
  /** the policy's sentence when it decided in this second, else null */
  readonly decision: string | null;
}

const orNull = (value: number) => (Number.isNaN(value) ? null : value);

/** The record of second t (recorded already). */
export function liveSecondAt(run: LiveRun, t: number, capacityFallback: number): LiveSecond {
  const c = run.columns;
  const decided = c.decided[t] === 1;
  return {
    t, arrivals: c.arrivals[t]!, served: c.served[t]!, failed: c.failed[t]!, queue: c.queue[t]!, in_service: c.inService[t]!,
    busy: c.busy[t]!, ready: c.ready[t]!, provisioning: c.provisioning[t]!, draining: c.draining[t]!,
    desired_raw: c.desiredRaw[t]!, desired: c.desired[t]!, p50_ms: orNull(c.p50[t]!), p95_ms: orNull(c.p95[t]!), p99_ms: orNull(c.p99[t]!),
    batch_mean: c.batchMean[t]!, batch_max: c.batchMax[t]!, service_ms: orNull(c.serviceMs[t]!), capacity_rps: measuredCapacity(run, capacityFallback), gap: c.gap[t] === 1,
    decision: decided
      ? run.model.explain(run.config, { raw: c.desiredRaw[t]!, desired: c.desired[t]!, metric: c.metric[t]!, reason: c.reason[t]!, mode: c.mode[t]! },
        { t, ready: c.ready[t]!, current: t > 0 ? c.desired[t - 1]! : initialReplicas(run) })
      : null,
  };
}
