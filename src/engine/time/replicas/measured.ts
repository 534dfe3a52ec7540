/**
 * The measured replica (`replica: { kind: 'measured', measured }`): a replica whose service is what Live measured on
 * this device, so the Lab's simulation of a Live run has the same kind of server as the run.
 *
 * - Batched service: a free replica takes up to `max_batch` waiting requests (first in, first out) into one batch, which
 *   takes `base_ms + per_item_ms x batch` on a core of its own; one batch at a time per replica.
 * - Cores: when a batch starts with `busy` replicas running batches (itself included) on a device of `cores` cores, it is
 *   stretched by max(1, busy / cores). So replicas beyond the cores add latency, not throughput: with every replica
 *   busy, the device serves `cores x max_batch / (base + per x max_batch)` requests per ms at most, however many there are.
 * - Time in milliseconds inside each second: the second's arrivals come evenly spaced through it (a fractional count
 *   carries to the next second), so a request's latency is its wait plus its batch's time, to the millisecond.
 * - Requests waiting longer than `timeout_s` fail; an arrival finding `queue_limit` requests accepted and unfinished is
 *   dropped; with no ready replica and a policy whose zero behaviour is 'fail', arrivals fail.
 * - A removed replica takes no new batch; its running batch finishes if it ends within `drain_s` after the second
 *   (counted served then), or fails when the drain runs out. Idle replicas are removed first.
 * Gauges: waiting = the shared queue, running = requests in batches, busy = share of the second the ready replicas had
 * a batch running (the CPU-like metric), KV 0. The run's p95 comes from a 1 ms histogram (1 s buckets beyond a minute).
 */
import type { MeasuredSettings, PlatformSettings } from '../types';
import { Samples } from './select';
import { writeQueueGauges, type ReplicaModel, type ReplicaRun, type ReplicaRunContext, type ReplicaRunSummary, type SecondServed } from './types';
import { RingQueue } from './ringQueue';

/** One replica (ready or draining) in the run's pool of slots. */
interface Slot {
  /** the slot holds a replica */
  used: boolean;
  /** when it next acts, ms from the run's start: its batch's end (or the drain's end), or, idle, when it looks for work */
  at: number;
  /** requests in its running batch (0: idle) */
  inflight: number;
  /** removed: its batch fails at `at` (the drain ran out before the batch's end) */
  cut: boolean;
  /** removed: takes no new batch and is gone once its batch is done */
  draining: boolean;
  /** the batch's latencies, ms (known when it starts) */
  readonly latencies: Float64Array;
}

const MINUTE_MS = 60_000;

class MeasuredRun implements ReplicaRun {
  private readonly fifo = new RingQueue(256);
  private readonly slots: Slot[] = [];
  private readonly second = new Samples();
  private readonly histogram: Float64Array;
  private readonly timeoutMs: number;
  private readonly drainMs: number;
  private carry = 0;
  private inflight = 0;
  private busyNow = 0;
  private totalServed = 0;

  constructor(private readonly settings: MeasuredSettings, private readonly platform: PlatformSettings, private readonly context: ReplicaRunContext) {
    this.timeoutMs = Math.max(0, platform.timeout_s) * 1000;
    this.drainMs = context.drainS * 1000;
    this.histogram = new Float64Array(MINUTE_MS + Math.ceil(Math.max(0, platform.timeout_s)) + 2);
    this.addReady(context.initialReady, 0);
  }

  addReady(count: number, t: number): void {
    for (let k = 0; k < count; k++) {
      let slot = this.slots.find((s) => !s.used);
      if (slot === undefined) { slot = { used: false, at: 0, inflight: 0, cut: false, draining: false, latencies: new Float64Array(this.settings.max_batch) }; this.slots.push(slot); }
      slot.used = true; slot.at = t * 1000; slot.inflight = 0; slot.cut = false; slot.draining = false;
    }
  }

  removeReady(count: number, t: number): void {
    const deadline = (t + 1) * 1000 + this.drainMs;
    for (let k = 0; k < count; k++) {
      // an idle replica first, else the one whose batch ends soonest
      let pick: Slot | undefined;
      for (const slot of this.slots) {
        if (!slot.used || slot.draining) continue;
        if (pick === undefined || (pick.inflight > 0 && (slot.inflight === 0 || slot.at < pick.at))) pick = slot;
      }
      if (pick === undefined) return;
      if (pick.inflight === 0) { pick.used = false; continue; }
      pick.draining = true;
      if (pick.at > deadline) { pick.cut = true; pick.at = deadline; }
    }
  }

  /** An arrival at `at` ms joins the queue, or is dropped when `queue_limit` requests are accepted and unfinished. */
  private admit(at: number): number {
    if (this.fifo.length + this.inflight >= this.platform.queue_limit) return 1;
    this.fifo.push(at);
    return 0;
  }

  private record(latency: number): void {
    this.second.push(latency);
    const bucket = latency < MINUTE_MS ? Math.ceil(latency) : MINUTE_MS + Math.ceil((latency - MINUTE_MS) / 1000);
    const index = Math.min(this.histogram.length - 1, Math.max(0, bucket));
    this.histogram[index] = this.histogram[index]! + 1;
  }

  serve(t: number, ready: number, out: SecondServed): void {
    const { fifo, slots, settings } = this;
    const start = t * 1000;
    const end = start + 1000;
    let served = 0;
    let failed = 0;
    let dropped = 0;
    this.second.length = 0;
    while (fifo.length > 0 && fifo.peek() < start - this.timeoutMs) { fifo.shift(); failed++; }

    const wanted = this.context.arrivals[t]! + this.carry;
    let n = Math.floor(wanted + 1e-9);
    this.carry = Math.max(0, wanted - n);
    if (this.context.zeroFails && ready === 0) { failed += n; n = 0; }
    const spacing = n > 0 ? 1000 / n : 0;
    let next = 0; // the next of this second's arrivals

    let busyMs = 0;
    for (const slot of slots) if (slot.used && !slot.draining && slot.inflight > 0) busyMs += Math.min(1000, Math.max(0, slot.at - start));

    for (;;) {
      // the replica that acts first within the second
      let slot: Slot | undefined;
      for (const s of slots) if (s.used && s.at < end && (slot === undefined || s.at < slot.at)) slot = s;
      if (slot === undefined) break;
      const now = slot.at;
      if (slot.inflight > 0) {
        if (slot.cut) failed += slot.inflight;
        else { served += slot.inflight; for (let j = 0; j < slot.inflight; j++) this.record(slot.latencies[j]!); }
        this.inflight -= slot.inflight;
        this.busyNow--;
        slot.inflight = 0;
      }
      if (slot.draining) { slot.used = false; continue; }
      while (next < n && start + (next + 0.5) * spacing <= now) dropped += this.admit(start + (next++ + 0.5) * spacing);
      if (fifo.length === 0) { slot.at = next < n ? start + (next + 0.5) * spacing : end; continue; }
      const batch = Math.min(settings.max_batch, fifo.length);
      this.busyNow++;
      const duration = (settings.base_ms + settings.per_item_ms * batch) * Math.max(1, this.busyNow / settings.cores);
      for (let j = 0; j < batch; j++) slot.latencies[j] = now + duration - fifo.shift();
      slot.inflight = batch;
      slot.at = now + duration;
      this.inflight += batch;
      busyMs += Math.min(duration, end - now);
    }
    while (next < n) dropped += this.admit(start + (next++ + 0.5) * spacing);

    const { columns } = this.context;
    columns.p50[t] = this.second.percentile(0.5);
    columns.p95[t] = this.second.percentile(0.95);
    columns.p99[t] = this.second.percentile(0.99);
    this.totalServed += served;

    let runningReady = 0;
    for (const slot of slots) if (slot.used && !slot.draining) runningReady += slot.inflight;
    const waiting = fifo.length;
    const busy = ready > 0 ? Math.min(1, busyMs / (ready * 1000)) : 0;
    out.served = served;
    out.dropped = dropped;
    out.failed = failed;
    out.running = this.inflight;
    out.queue = waiting + this.inflight;
    writeQueueGauges(out, ready, waiting, runningReady, busy);
    out.violated = dropped > 0 || failed > 0 || columns.p95[t]! > this.platform.slo_p95_ms;
  }

  summary(): ReplicaRunSummary {
    const total = this.totalServed;
    if (total === 0) return { queue_end: this.fifo.length + this.inflight, p95_ms: null };
    const rank = Math.max(1, Math.ceil(0.95 * total - 1e-9));
    let seen = 0;
    let bucket = 0;
    for (; bucket < this.histogram.length - 1; bucket++) { seen += this.histogram[bucket]!; if (seen >= rank) break; }
    const p95 = bucket <= MINUTE_MS ? bucket : MINUTE_MS + (bucket - MINUTE_MS) * 1000;
    return { queue_end: this.fifo.length + this.inflight, p95_ms: p95 };
  }
}

export const measuredReplica: ReplicaModel<'measured'> = {
  kind: 'measured',
  title: 'Measured (Live)',
  describe: 'each ready replica runs one batch at a time of up to `max_batch` requests, taking `base_ms + per_item_ms x batch`; busy replicas beyond `cores` share them',
  start: (settings, context) => new MeasuredRun(settings.measured, context.platform, context),
};
