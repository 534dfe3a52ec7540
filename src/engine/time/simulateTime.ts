/**
 * The Lab's tick loop: one-second ticks, the same arrivals for every policy, a FIFO queue of arrival-second cohorts,
 * replicas that provision for a cold start, serve, and drain. Columns are typed arrays filled in place; the loop
 * allocates nothing per tick, and a policy runs only when it wakes (every `periodS` seconds).
 *
 * The model, tick t, in order:
 * 1. Replicas whose cold start ends become ready; drained ones are gone.
 * 2. Cohorts that have waited more than `timeout_s` fail.
 * 3. Arrivals: with no ready replica and a policy whose zeroBehaviour is 'fail', they fail; otherwise they join the queue
 *    as one cohort (arrival second t).
 * 4. Ready replicas serve up to ready x capacity requests, oldest cohort first (fractional capacity carries while busy).
 *    A request served in second t waited (t - its arrival second) whole seconds; its latency is that wait plus
 *    `service_ms`, and it counts as finished in that second. So waits are exact per cohort at one-second resolution.
 * 5. What exceeds `queue_limit` after serving is dropped, newest first (only this second's arrivals can overflow).
 * 6. The metric history grows by one second; the policy wakes at the end of the second if (t + 1) is a multiple of its
 *    period, and its desired count starts provisioning (ready after `cold_start_s` whole seconds) or removes replicas
 *    (starting ones first, newest first; then ready ones, which drain for `drain_s`, billed, serving nothing).
 */
import type { Decision, LabPolicyConfig, MetricHistory, NamedPolicy, Observation } from '../policies/types';
import { modelFor, type AnyPolicyModel } from '../policies/registry';
import { arrivalsColumn } from './traffic';
import type { PlatformSettings, TimeRunInput, TimeSummary, TimeTrace } from './types';

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
  const arrivals = arrivalsColumn(input.traffic, seconds, input.arrivals, input.seed);
  // the metric history is scratch (not part of a trace): one set serves every policy, each run overwriting it in order
  const history: MetricHistory = {
    cumArrivals: prefixSums(arrivals),
    cumServed: new Float64Array(seconds + 1),
    cumOngoing: new Float64Array(seconds + 1),
    cumInService: new Float64Array(seconds + 1),
    cumBusy: new Float64Array(seconds + 1),
    cumReady: new Float64Array(seconds + 1),
    // the LLM gauges: filled by the replica model that has them (zeros under the web server until it does)
    cumWaiting: new Float64Array(seconds + 1),
    cumRunning: new Float64Array(seconds + 1),
    cumKvUsage: new Float64Array(seconds + 1),
    cumGpuUtil: new Float64Array(seconds + 1),
    cumGatewayQueue: new Float64Array(seconds + 1),
    cumPromptTokens: new Float64Array(seconds + 1),
    cumOutputTokens: new Float64Array(seconds + 1),
    kvUsageMax: new Float64Array(seconds + 1),
    waitingMax: new Float64Array(seconds + 1),
  };
  return input.policies.map((policy) => runPolicy(policy, arrivals, history, input.platform));
}

/**
 * Nearest-rank p50, p95 and p99 of the cohorts served in second t (held in FIFO order, so waits descend), as latency
 * in ms, written into the three columns in one pass from the shortest wait up.
 */
function writePercentiles(waits: Float64Array, counts: Float64Array, length: number, total: number, serviceMs: number,
  t: number, p50: Float32Array, p95: Float32Array, p99: Float32Array): void {
  const r50 = Math.max(1, Math.ceil(0.5 * total - 1e-9));
  const r95 = Math.max(1, Math.ceil(0.95 * total - 1e-9));
  const r99 = Math.max(1, Math.ceil(0.99 * total - 1e-9));
  let seen = 0;
  let found = 0;
  for (let i = length - 1; i >= 0; i--) {
    seen += counts[i]!;
    const latency = waits[i]! * 1000 + serviceMs;
    if (found === 0 && seen >= r50) { p50[t] = latency; found = 1; }
    if (found === 1 && seen >= r95) { p95[t] = latency; found = 2; }
    if (found === 2 && seen >= r99) { p99[t] = latency; return; }
  }
}

/** p95 over every request served in the run, from the histogram of whole-second waits (exact in this model). */
function histogramP95(histogram: Float64Array, total: number, serviceMs: number): number | null {
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(0.95 * total - 1e-9));
  let seen = 0;
  for (let wait = 0; wait < histogram.length; wait++) {
    seen += histogram[wait]!;
    if (seen >= rank) return wait * 1000 + serviceMs;
  }
  return (histogram.length - 1) * 1000 + serviceMs;
}

/** One policy's run. `history` is overwritten second by second (entry 0 of each column stays 0), so it is reused. */
function runPolicy(policy: NamedPolicy, arrivals: Float64Array, history: MetricHistory, platform: PlatformSettings): TimeTrace {
  const model = requireModel(policy.config);
  const config = policy.config;
  const seconds = arrivals.length;
  const { capacity, service_ms: serviceMs, queue_limit: queueLimit, slo_p95_ms: slo, price_per_hour: pricePerHour } = platform;
  const cold = Math.max(0, Math.round(platform.cold_start_s));
  const timeout = Math.max(0, Math.round(platform.timeout_s));
  const drain = Math.max(0, Math.round(platform.drain_s));
  const bounds = model.bounds(config);
  const period = Math.max(1, Math.round(model.periodS(config)));
  const zeroFails = model.zeroBehaviour(config) === 'fail';

  const served = new Float64Array(seconds);
  const dropped = new Float64Array(seconds);
  const failed = new Float64Array(seconds);
  const queue = new Float64Array(seconds);
  const readyCol = new Int32Array(seconds);
  const provisioningCol = new Int32Array(seconds);
  const drainingCol = new Int32Array(seconds);
  const desiredRaw = new Float64Array(seconds);
  const desiredCol = new Int32Array(seconds);
  const p50 = new Float32Array(seconds);
  const p95 = new Float32Array(seconds);
  const p99 = new Float32Array(seconds);
  const metricCol = new Float64Array(seconds);
  const reasonCol = new Uint8Array(seconds);
  const modeCol = new Uint8Array(seconds);
  const decided = new Uint8Array(seconds);
  const { cumArrivals, cumServed, cumOngoing, cumInService, cumBusy, cumReady } = history;

  // The queue: cohort[s % ring] holds the requests of arrival second s still waiting; `head` is the oldest such second.
  const ring = timeout + 2;
  const cohort = new Float64Array(ring);
  const servedWaits = new Float64Array(ring);
  const servedCounts = new Float64Array(ring);
  const waitHistogram = new Float64Array(timeout + 1);
  let head = 0;
  let waiting = 0;
  // Replicas: provisioning ones by the second they become ready, draining ones by the second they are gone.
  const provRing = new Float64Array(cold + 1);
  const drainRing = new Float64Array(drain + 1);
  let ready = bounds.initial;
  let provisioning = 0;
  let draining = 0;
  let carry = 0;

  let state = model.init(config);
  let desired = bounds.initial;
  let raw = bounds.initial;
  let metric = 0;
  let reason = 0;
  let mode = 0;
  const obs: { -readonly [K in keyof Observation]: Observation[K] } = { t: 0, ready: 0, provisioning: 0, current: 0, capacity, history };

  const totalArrivals = cumArrivals[seconds]!;
  let totalServed = 0, totalDropped = 0, totalFailed = 0, instanceSeconds = 0, violations = 0, scaleEvents = 0;

  // ring positions of second t and of `head`, kept in step with them (no division per tick)
  let provSlot = 0;
  let drainSlot = 0;
  let tSlot = 0;
  let headSlot = 0;
  // the policy wakes at the end of second t when (t + 1) is a multiple of its period: count down instead of dividing
  let untilWake = period;
  let sumServed = 0, sumInService = 0, sumOngoing = 0, sumBusy = 0, sumReady = 0;
  for (let t = 0; t < seconds; t++) {
    const becomingReady = provRing[provSlot]!;
    if (becomingReady > 0) { ready += becomingReady; provisioning -= becomingReady; provRing[provSlot] = 0; }
    if (draining > 0) { const gone = drainRing[drainSlot]!; if (gone > 0) { draining -= gone; drainRing[drainSlot] = 0; } }

    let failedNow = 0;
    let droppedNow = 0;
    while (head < t - timeout) {
      failedNow += cohort[headSlot]!;
      waiting -= cohort[headSlot]!;
      cohort[headSlot] = 0;
      head++;
      if (++headSlot === ring) headSlot = 0;
    }
    const arriving = arrivals[t]!;
    if (zeroFails && ready === 0) failedNow += arriving;
    else { cohort[tSlot] = arriving; waiting += arriving; }

    // serve, oldest cohort first
    const budget = ready * capacity + carry;
    const whole = Math.floor(budget + 1e-9);
    let toServe = Math.min(whole, waiting);
    const servedNow = toServe;
    carry = ready > 0 && toServe === whole ? Math.max(0, budget - whole) : 0;
    let cohorts = 0;
    while (toServe > 0) {
      const available = cohort[headSlot]!;
      if (available === 0) { head++; if (++headSlot === ring) headSlot = 0; continue; }
      const take = available < toServe ? available : toServe;
      const wait = t - head;
      servedWaits[cohorts] = wait;
      servedCounts[cohorts++] = take;
      waitHistogram[wait] = waitHistogram[wait]! + take;
      cohort[headSlot] = available - take;
      toServe -= take;
      if (available === take) { head++; if (++headSlot === ring) headSlot = 0; }
    }
    waiting -= servedNow;
    if (waiting > queueLimit) {
      const excess = waiting - queueLimit;
      cohort[tSlot] = cohort[tSlot]! - excess;
      droppedNow = excess;
      waiting = queueLimit;
    }

    served[t] = servedNow;
    dropped[t] = droppedNow;
    failed[t] = failedNow;
    queue[t] = waiting;
    readyCol[t] = ready;
    provisioningCol[t] = provisioning;
    drainingCol[t] = draining;
    if (servedNow > 0) {
      writePercentiles(servedWaits, servedCounts, cohorts, servedNow, serviceMs, t, p50, p95, p99);
    } else { p50[t] = NaN; p95[t] = NaN; p99[t] = NaN; }
    totalServed += servedNow;
    totalDropped += droppedNow;
    totalFailed += failedNow;
    instanceSeconds += ready + provisioning + draining;
    if (droppedNow > 0 || failedNow > 0 || p95[t]! > slo) violations++;

    const inService = (servedNow * serviceMs) / 1000; // Little's law: mean requests in service during the second
    // running totals kept in locals (the same additions in the same order), written once each
    sumServed += servedNow;
    sumInService += inService;
    sumOngoing = sumOngoing + waiting + inService;
    sumBusy += ready > 0 ? Math.min(1, servedNow / (ready * capacity)) : 0;
    sumReady += ready;
    cumServed[t + 1] = sumServed;
    cumInService[t + 1] = sumInService;
    cumOngoing[t + 1] = sumOngoing;
    cumBusy[t + 1] = sumBusy;
    cumReady[t + 1] = sumReady;

    if (--untilWake === 0) {
      untilWake = period;
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
      let total = ready + provisioning;
      if (desired > total) {
        const slot = (t + 1 + cold) % (cold + 1);
        provRing[slot] = provRing[slot]! + (desired - total);
        provisioning += desired - total;
      } else if (desired < total) {
        for (let k = cold; k >= 0 && total > desired && provisioning > 0; k--) {
          const slot = (t + 1 + k) % (cold + 1);
          const cancel = Math.min(provRing[slot]!, total - desired);
          provRing[slot] = provRing[slot]! - cancel;
          provisioning -= cancel;
          total -= cancel;
        }
        const removed = total - desired;
        if (removed > 0) {
          ready -= removed;
          if (drain > 0) { const slot = (t + 1 + drain) % (drain + 1); drainRing[slot] = drainRing[slot]! + removed; draining += removed; }
        }
      }
    }
    desiredCol[t] = desired;
    desiredRaw[t] = raw;
    metricCol[t] = metric;
    reasonCol[t] = reason;
    modeCol[t] = mode;
    if (++provSlot > cold) provSlot = 0;
    if (++drainSlot > drain) drainSlot = 0;
    if (++tSlot === ring) tSlot = 0;
  }

  const summary: TimeSummary = {
    arrivals: totalArrivals,
    served: totalServed,
    dropped: totalDropped,
    failed: totalFailed,
    queue_end: waiting,
    p95_ms: histogramP95(waitHistogram, totalServed, serviceMs),
    slo_violation_s: violations,
    instance_seconds: instanceSeconds,
    cost: (instanceSeconds * pricePerHour) / 3600,
    scale_events: scaleEvents,
  };
  return {
    policy, seconds, arrivals, served, dropped, failed, queue, ready: readyCol, provisioning: provisioningCol,
    draining: drainingCol, desiredRaw, desired: desiredCol, p50, p95, p99, metric: metricCol, reason: reasonCol,
    mode: modeCol, decided, summary,
  };
}
