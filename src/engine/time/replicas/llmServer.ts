/**
 * One LLM server (a vLLM-style engine) doing continuous batching, event by event. The iteration model is LLM-SERVING.md's
 * suggested one: an iteration produces one token for every decoding sequence and prefills up to
 * `max_num_batched_tokens` prompt tokens (chunked prefill, oldest admitted first); it takes
 * `itl_base_ms + itl_per_seq_ms x running + prefill_ms_per_token x prefill tokens in it`. A request's first token comes
 * at the end of the iteration that finishes its prefill; it then gets one token per iteration until its output count.
 *
 * Admission (at the start of each iteration, first come first served): while fewer than `max_num_seqs` run and the KV
 * cache can hold the newcomer's prompt + whole answer beside what running sequences may still grow to (a reservation,
 * so nothing is preempted; vLLM admits on the prompt and preempts when the cache fills). A lone request is admitted even
 * if it alone exceeds the cache. The KV gauge reports what is held: prompts + tokens generated so far.
 *
 * Speed: runs of identical decode iterations (no prefill, no admission possible) are jumped over in one step up to the
 * next completion or the time asked for. Finish points sit in a min-heap keyed by a per-server iteration counter:
 * a sequence whose first token came at counter c0 finishes at c0 + output - 1. An iteration that starts before the time
 * asked for is run whole (it may end a little after it); its tokens and completions count when it is run.
 */
import type { GpuProfile, LlmSettings } from '../types';
import { RingQueue } from './ringQueue';

/** Where a server reports its requests' first tokens and completions (times in seconds). */
export interface ServerSink {
  firstToken(id: number, time: number): void;
  finish(id: number, time: number): void;
}

export class LlmServer {
  /** seconds: where this server's clock stands (>= the time last asked for) */
  now = 0;
  /** accepted by this server, not yet admitted: request ids, first in first out */
  private readonly waitQ = new RingQueue(16);
  /** admitted and prefilling, oldest first (a ring of max_num_seqs) */
  private readonly prefillQ: Int32Array;
  private prefillHead = 0;
  private prefilling = 0;
  private prefillLeftHead = 0;
  private prefillLeftTotal = 0;
  /** decoding sequences: a min-heap of finish counters */
  private readonly heapKey: Float64Array;
  private readonly heapId: Int32Array;
  private decoding = 0;
  private counter = 0;
  private c0Sum = 0;
  /** sequences admitted (prefilling + decoding) */
  running = 0;
  private promptSum = 0;
  private reserved = 0;
  /** seconds of GPU work inside the current second, and what ran past its end */
  busy = 0;
  private busyCarry = 0;
  /** output tokens produced in the current second */
  tokens = 0;

  private readonly base: number;
  private readonly perSeq: number;
  private readonly prefillPerToken: number;
  private readonly maxSeqs: number;
  private readonly kvTokens: number;
  private readonly chunk: number;

  constructor(settings: LlmSettings, private readonly prompt: Int32Array, private readonly output: Int32Array, private readonly sink: ServerSink) {
    const p: GpuProfile = settings.profile;
    this.base = p.itl_base_ms / 1000;
    this.perSeq = p.itl_per_seq_ms / 1000;
    this.prefillPerToken = p.prefill_ms_per_token / 1000;
    this.maxSeqs = p.max_num_seqs;
    this.kvTokens = p.kv_cache_tokens;
    this.chunk = Math.max(1, settings.max_num_batched_tokens);
    this.prefillQ = new Int32Array(this.maxSeqs);
    this.heapKey = new Float64Array(this.maxSeqs);
    this.heapId = new Int32Array(this.maxSeqs);
  }

  /** A fresh server at time `now` (a new replica, or a slot reused). */
  reset(now: number): void {
    this.now = now;
    this.waitQ.clear();
    this.prefillHead = 0; this.prefilling = 0; this.prefillLeftHead = 0; this.prefillLeftTotal = 0;
    this.decoding = 0; this.counter = 0; this.c0Sum = 0;
    this.running = 0; this.promptSum = 0; this.reserved = 0;
    this.busy = 0; this.busyCarry = 0; this.tokens = 0;
  }

  /** KV cache held now: prompts of admitted sequences + tokens generated so far, 0..1 of the cache. */
  kvUsage(): number {
    const generated = this.decoding * (this.counter + 1) - this.c0Sum;
    return Math.min(1, (this.promptSum + generated) / this.kvTokens);
  }

  /** requests accepted by this server and not yet admitted */
  get waiting(): number { return this.waitQ.length; }

  enqueue(id: number): void { this.waitQ.push(id); }

  /** The oldest waiting request's id (undefined if none). */
  peekWaiting(): number | undefined { return this.waitQ.length > 0 ? this.waitQ.peek() : undefined; }

  /** Removes and returns the oldest waiting request's id (call only when waiting > 0). */
  popWaiting(): number { return this.waitQ.shift(); }

  /** A new second [start, start + 1) begins: the busy time carried over from an iteration that ran past its start. */
  startSecond(start: number): void {
    this.busy = Math.min(1, this.busyCarry);
    this.busyCarry -= this.busy;
    this.tokens = 0;
    if (this.now < start) this.now = start;
  }

  /** Runs iterations until the clock reaches `target` (an iteration started before it runs whole); `secondEnd` splits busy time. */
  advanceTo(target: number, secondEnd: number): void {
    while (this.now < target) {
      this.admit();
      if (this.running === 0) { this.now = target; return; }
      if (this.prefillLeftTotal > 0) this.prefillIteration(secondEnd);
      else this.decodeRun(target, secondEnd);
    }
  }

  private admit(): void {
    while (this.waitQ.length > 0 && this.running < this.maxSeqs) {
      const id = this.waitQ.peek();
      const need = this.prompt[id]! + this.output[id]!;
      if (this.running > 0 && this.reserved + need > this.kvTokens) return;
      this.popWaiting();
      this.running++;
      this.reserved += need;
      this.promptSum += this.prompt[id]!;
      if (this.prefilling === 0) this.prefillLeftHead = this.prompt[id]!;
      this.prefillQ[(this.prefillHead + this.prefilling) % this.maxSeqs] = id;
      this.prefilling++;
      this.prefillLeftTotal += this.prompt[id]!;
    }
  }

  private work(seconds: number, secondEnd: number): void {
    const end = this.now + seconds;
    if (end <= secondEnd) this.busy += seconds;
    else { this.busy += Math.max(0, secondEnd - this.now); this.busyCarry += end - Math.max(this.now, secondEnd); }
    this.now = end;
  }

  private prefillIteration(secondEnd: number): void {
    let chunk = Math.min(this.chunk, this.prefillLeftTotal);
    this.work(this.base + this.perSeq * this.running + this.prefillPerToken * chunk, secondEnd);
    this.counter++;
    this.tokens += this.decoding;
    this.prefillLeftTotal -= chunk;
    while (chunk > 0) {
      const take = Math.min(chunk, this.prefillLeftHead);
      chunk -= take;
      this.prefillLeftHead -= take;
      if (this.prefillLeftHead > 0) break;
      const id = this.prefillQ[this.prefillHead]!;
      this.prefillHead = (this.prefillHead + 1) % this.maxSeqs;
      this.prefilling--;
      if (this.prefilling > 0) this.prefillLeftHead = this.prompt[this.prefillQ[this.prefillHead]!]!;
      this.tokens++;
      this.sink.firstToken(id, this.now);
      if (this.output[id]! <= 1) this.release(id);
      else this.push(this.counter + this.output[id]! - 1, id);
    }
    this.finishDue();
  }

  private decodeRun(target: number, secondEnd: number): void {
    const dt = this.base + this.perSeq * this.running;
    const toFinish = this.heapKey[0]! - this.counter;
    const toTarget = Math.max(1, Math.ceil((target - this.now) / dt - 1e-9));
    const k = toFinish < toTarget ? toFinish : toTarget;
    this.work(k * dt, secondEnd);
    this.counter += k;
    this.tokens += k * this.decoding;
    this.finishDue();
  }

  private finishDue(): void {
    while (this.decoding > 0 && this.heapKey[0]! <= this.counter) {
      const key = this.heapKey[0]!;
      const id = this.heapId[0]!;
      this.pop();
      this.c0Sum -= key - this.output[id]! + 1;
      this.release(id);
    }
  }

  private release(id: number): void {
    this.running--;
    this.reserved -= this.prompt[id]! + this.output[id]!;
    this.promptSum -= this.prompt[id]!;
    this.sink.finish(id, this.now);
  }

  /**
   * Cuts every admitted sequence (a drain that ran out): calls `cut(id, generated)` for each, and empties the server.
   * Waiting requests are left for the caller (popWaiting).
   */
  cutRunning(cut: (id: number, generated: number) => void): void {
    for (let i = 0; i < this.prefilling; i++) cut(this.prefillQ[(this.prefillHead + i) % this.maxSeqs]!, 0);
    for (let i = 0; i < this.decoding; i++) {
      const id = this.heapId[i]!;
      cut(id, this.counter - (this.heapKey[i]! - this.output[id]! + 1) + 1);
    }
    this.prefilling = 0; this.prefillLeftTotal = 0; this.prefillLeftHead = 0;
    this.decoding = 0; this.c0Sum = 0; this.running = 0; this.promptSum = 0; this.reserved = 0;
  }

  private push(key: number, id: number): void {
    this.c0Sum += key - this.output[id]! + 1;
    let i = this.decoding++;
    const { heapKey, heapId } = this;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heapKey[parent]! <= key) break;
      heapKey[i] = heapKey[parent]!; heapId[i] = heapId[parent]!;
      i = parent;
    }
    heapKey[i] = key; heapId[i] = id;
  }

  private pop(): void {
    const { heapKey, heapId } = this;
    const last = --this.decoding;
    if (last === 0) return;
    const key = heapKey[last]!;
    const id = heapId[last]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      if (child + 1 < last && heapKey[child + 1]! < heapKey[child]!) child++;
      if (heapKey[child]! >= key) break;
      heapKey[i] = heapKey[child]!; heapId[i] = heapId[child]!;
      i = child;
    }
    heapKey[i] = key; heapId[i] = id;
  }
}
