/**
 * The web-server replica (`--replica simple`, the default): each ready replica serves up to `capacity` requests per
 * second from one shared first-in-first-out queue of arrival-second cohorts, each taking `service_ms`.
 *
 * Second t, in order:
 * 1. Cohorts that have waited more than `timeout_s` fail.
 * 2. Arrivals: with no ready replica and a policy whose zeroBehaviour is 'fail', they fail; otherwise they join the queue
 *    as one cohort (arrival second t).
 * 3. Ready replicas serve up to ready x capacity requests, oldest cohort first (fractional capacity carries while busy).
 *    A request served in second t waited (t - its arrival second) whole seconds; its latency is that wait plus
 *    `service_ms`, and it counts as finished in that second. So waits are exact per cohort at one-second resolution.
 * 4. What exceeds `queue_limit` after serving is dropped, newest first (only this second's arrivals can overflow).
 * A draining replica serves nothing (the queue is shared, so nothing is cut). The serving gauges read: waiting = queued
 * (at the gateway while no replica is ready), running = mean in service (Little's law), KV 0, GPU util = busy share.
 */
import type { PlatformSettings } from '../types';
import { writeQueueGauges, type ReplicaModel, type ReplicaRun, type ReplicaRunContext, type ReplicaRunSummary, type SecondServed } from './types';

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

class SimpleRun implements ReplicaRun {
  private readonly capacity: number;
  private readonly serviceMs: number;
  private readonly queueLimit: number;
  private readonly slo: number;
  private readonly timeout: number;
  private readonly ring: number;
  // The queue: cohort[s % ring] holds the requests of arrival second s still waiting; `head` is the oldest such second.
  private readonly cohort: Float64Array;
  private readonly servedWaits: Float64Array;
  private readonly servedCounts: Float64Array;
  private readonly waitHistogram: Float64Array;
  // the context's fields the hot path reads, held directly (one load each per second, not two)
  private readonly arrivals: Float64Array;
  private readonly zeroFails: boolean;
  private readonly p50: Float32Array;
  private readonly p95: Float32Array;
  private readonly p99: Float32Array;
  // The queue's counters live in typed arrays (seconds: head, headSlot, tSlot; amounts: waiting, carry, totalServed):
  // plain number fields would start as small integers and change representation when they first hold a fraction, which
  // changes the object's shape and throws away the tick loop's optimized code.
  private readonly slots = new Int32Array(3);
  private readonly amounts = new Float64Array(3);

  constructor(platform: PlatformSettings, context: ReplicaRunContext) {
    this.capacity = platform.capacity;
    this.serviceMs = platform.service_ms;
    this.queueLimit = platform.queue_limit;
    this.slo = platform.slo_p95_ms;
    this.timeout = Math.max(0, Math.round(platform.timeout_s));
    this.ring = this.timeout + 2;
    this.cohort = new Float64Array(this.ring);
    this.servedWaits = new Float64Array(this.ring);
    this.servedCounts = new Float64Array(this.ring);
    this.waitHistogram = new Float64Array(this.timeout + 1);
    this.arrivals = context.arrivals;
    this.zeroFails = context.zeroFails;
    this.p50 = context.columns.p50;
    this.p95 = context.columns.p95;
    this.p99 = context.columns.p99;
  }

  addReady(): void { /* replicas share one queue: nothing to set up */ }
  removeReady(): void { /* a draining replica serves nothing and holds nothing */ }

  serve(t: number, ready: number, out: SecondServed): void {
    // the queue's state in locals for the loops below, written back once
    const { cohort, ring, capacity, timeout, servedWaits, servedCounts, waitHistogram, queueLimit, slots, amounts } = this;
    let head = slots[0]!;
    let headSlot = slots[1]!;
    const tSlot = slots[2]!;
    let waiting = amounts[0]!;
    const carry = amounts[1]!;
    let failedNow = 0;
    let droppedNow = 0;
    while (head < t - timeout) {
      failedNow += cohort[headSlot]!;
      waiting -= cohort[headSlot]!;
      cohort[headSlot] = 0;
      head++;
      if (++headSlot === ring) headSlot = 0;
    }
    const arriving = this.arrivals[t]!;
    if (this.zeroFails && ready === 0) failedNow += arriving;
    else { cohort[tSlot] = arriving; waiting += arriving; }

    // serve, oldest cohort first
    const budget = ready * capacity + carry;
    const whole = Math.floor(budget + 1e-9);
    let toServe = Math.min(whole, waiting);
    const servedNow = toServe;
    amounts[1] = ready > 0 && toServe === whole ? Math.max(0, budget - whole) : 0;
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
    slots[0] = head;
    slots[1] = headSlot;
    slots[2] = tSlot + 1 === ring ? 0 : tSlot + 1;
    amounts[0] = waiting;
    amounts[2] = amounts[2]! + servedNow;

    const { p50, p95, p99 } = this;
    if (servedNow > 0) writePercentiles(servedWaits, servedCounts, cohorts, servedNow, this.serviceMs, t, p50, p95, p99);
    else { p50[t] = NaN; p95[t] = NaN; p99[t] = NaN; }

    const inService = (servedNow * this.serviceMs) / 1000; // Little's law: mean requests in service during the second
    const busy = ready > 0 ? Math.min(1, servedNow / (ready * capacity)) : 0;
    out.served = servedNow;
    out.dropped = droppedNow;
    out.failed = failedNow;
    out.queue = waiting;
    out.running = inService;
    writeQueueGauges(out, ready, waiting, inService, busy);
    out.violated = droppedNow > 0 || failedNow > 0 || p95[t]! > this.slo;
  }

  summary(): ReplicaRunSummary {
    return { queue_end: this.amounts[0]!, p95_ms: histogramP95(this.waitHistogram, this.amounts[2]!, this.serviceMs) };
  }
}

export const simpleReplica: ReplicaModel<'simple'> = {
  kind: 'simple',
  title: 'Web server',
  describe: 'each ready replica serves up to `capacity` requests per second, each taking `service_ms`, from one shared queue',
  start: (_settings, context) => new SimpleRun(context.platform, context),
};
