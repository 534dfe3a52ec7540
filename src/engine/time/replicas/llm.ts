/**
 * The LLM replica (`--replica llm`): each ready replica is an LLM server doing continuous batching (llmServer.ts) on
 * requests with their own prompt and output token counts, timed inside the second.
 *
 * Routing: each arrival goes, at its own time, to the ready replica with the fewest waiting + running requests (llm-d's
 * queue scorer; ties to the lowest slot). While no replica is ready, requests are held at the gateway (llm-d's flow
 * control queue), and routed the moment one is; a policy whose zero behaviour is 'fail' refuses them instead.
 * An arrival is dropped when `queue_limit` requests are already accepted and unfinished. A request that has waited more
 * than `timeout_s` without being admitted (at the gateway or at a replica, checked at each queue's head at the start of
 * a second) fails.
 * Scale-down: the removed replicas are those with the fewest running sequences; their waiting requests go back to the
 * gateway (and on to the other replicas); their running sequences keep decoding for `drain_s` seconds, and what still
 * runs then is cut and counted failed (streams cut mid-answer).
 *
 * Per second: `served` = requests finished, TTFT (arrival to first token) and ITL (mean gap between a request's later
 * tokens, (finish - first token) / (output - 1)) are measured per request; latency p50/p95/p99 are end to end.
 * A second breaks the objective when a request was dropped or failed, or the second's TTFT or ITL p95 is over its SLO.
 */
import type { LlmSettings, RequestList } from '../types';
import { LlmServer, type ServerSink } from './llmServer';
import { nearestRank, Samples } from './select';
import type { ReplicaModel, ReplicaRun, ReplicaRunContext, ReplicaRunSummary, SecondServed } from './types';
import { RingQueue } from './ringQueue';

const READY = 1;
const DRAINING = 2;

class LlmRun implements ReplicaRun, ServerSink {
  private readonly servers: LlmServer[] = [];
  private readonly state: number[] = [];
  private readonly drainUntil: number[] = [];
  /** the gateway's queue: request ids, first in first out */
  private readonly gateway = new RingQueue(64);
  private next = 0;
  private inSystem = 0;
  private readyCount = 0;
  // this second's and the run's samples
  private readonly ttft = new Samples();
  private readonly itl = new Samples();
  private readonly e2e = new Samples();
  private readonly runTtft: Float64Array;
  private readonly runItl: Float64Array;
  private readonly runE2e: Float64Array;
  private runTtftLength = 0;
  private runItlLength = 0;
  private readonly firstAt: Float64Array;
  private served = 0;
  private failed = 0;
  private good = 0;
  private totalTokens = 0;
  private totalServed = 0;
  private readonly cut = (): void => { this.failed++; this.inSystem--; };

  constructor(private readonly settings: LlmSettings, private readonly requests: RequestList, private readonly context: ReplicaRunContext) {
    const n = requests.at.length;
    this.runTtft = new Float64Array(n);
    this.runItl = new Float64Array(n);
    this.runE2e = new Float64Array(n);
    this.firstAt = new Float64Array(n);
    this.addReady(context.initialReady, 0);
  }

  firstToken(id: number, time: number): void {
    const ms = (time - this.requests.at[id]!) * 1000;
    this.firstAt[id] = time;
    this.ttft.push(ms);
    this.runTtft[this.runTtftLength++] = ms;
  }

  finish(id: number, time: number): void {
    const output = this.requests.output[id]!;
    const itl = output > 1 ? ((time - this.firstAt[id]!) * 1000) / (output - 1) : 0;
    this.itl.push(itl);
    this.runItl[this.runItlLength++] = itl;
    const e2e = (time - this.requests.at[id]!) * 1000;
    this.e2e.push(e2e);
    this.runE2e[this.runItlLength - 1] = e2e;
    if ((this.firstAt[id]! - this.requests.at[id]!) * 1000 <= this.settings.slo_ttft_ms && itl <= this.settings.slo_itl_ms) this.good++;
    this.served++;
    this.inSystem--;
  }

  addReady(count: number, t: number): void {
    for (let added = 0, slot = 0; added < count; slot++) {
      if (slot === this.servers.length) {
        this.servers.push(new LlmServer(this.settings, this.requests.prompt, this.requests.output, this));
        this.state.push(0);
        this.drainUntil.push(0);
      }
      if (this.state[slot] !== 0) continue;
      this.servers[slot]!.reset(t);
      this.state[slot] = READY;
      added++;
    }
    this.readyCount += count;
  }

  removeReady(count: number, t: number): void {
    for (let removed = 0; removed < count; removed++) {
      let pick = -1;
      for (let slot = 0; slot < this.servers.length; slot++) {
        if (this.state[slot] === READY && (pick < 0 || this.servers[slot]!.running < this.servers[pick]!.running)) pick = slot;
      }
      if (pick < 0) return;
      const server = this.servers[pick]!;
      while (server.waiting > 0) this.hold(server.popWaiting());
      this.state[pick] = server.running > 0 ? DRAINING : 0;
      this.drainUntil[pick] = t + 1 + this.context.drainS;
      this.readyCount--;
    }
  }

  private hold(id: number): void { this.gateway.push(id); }

  /** The ready replica with the fewest waiting + running, all brought to `time` first. */
  private route(id: number, time: number, secondEnd: number): void {
    let pick = -1;
    let least = Infinity;
    for (let slot = 0; slot < this.servers.length; slot++) {
      if (this.state[slot] !== READY) continue;
      const server = this.servers[slot]!;
      server.advanceTo(time, secondEnd);
      const load = server.waiting + server.running;
      if (load < least) { least = load; pick = slot; }
    }
    this.servers[pick]!.enqueue(id);
  }

  serve(t: number, ready: number, out: SecondServed): void {
    const end = t + 1;
    const { at, prompt, output } = this.requests;
    const { queue_limit: queueLimit, timeout_s: timeout } = this.context.platform;
    this.served = 0; this.failed = 0;
    this.ttft.length = 0; this.itl.length = 0; this.e2e.length = 0;
    for (let slot = 0; slot < this.servers.length; slot++) if (this.state[slot] !== 0) this.servers[slot]!.startSecond(t);

    // timeouts at the queues' heads
    while (this.gateway.length > 0 && at[this.gateway.peek()]! < t - timeout) { this.gateway.shift(); this.failed++; this.inSystem--; }
    for (let slot = 0; slot < this.servers.length; slot++) {
      if (this.state[slot] !== READY) continue;
      const server = this.servers[slot]!;
      while (server.waiting > 0 && at[server.peekWaiting()!]! < t - timeout) { server.popWaiting(); this.failed++; this.inSystem--; }
    }
    // the gateway empties into ready replicas
    if (ready > 0) while (this.gateway.length > 0) this.route(this.gateway.shift(), t, end);

    let promptTokens = 0;
    let outputTokens = 0;
    let dropped = 0;
    const n = at.length;
    while (this.next < n && at[this.next]! < end) {
      const id = this.next++;
      promptTokens += prompt[id]!;
      outputTokens += output[id]!;
      if (this.context.zeroFails && ready === 0) { this.failed++; continue; }
      if (this.inSystem >= queueLimit) { dropped++; continue; }
      this.inSystem++;
      if (ready === 0) this.hold(id);
      else this.route(id, at[id]!, end);
    }

    let waiting = this.gateway.length;
    let running = 0;
    let replicaWaiting = 0, replicaRunning = 0, kvSum = 0, kvMax = 0, waitingMax = 0, busy = 0, tokens = 0;
    for (let slot = 0; slot < this.servers.length; slot++) {
      const state = this.state[slot]!;
      if (state === 0) continue;
      const server = this.servers[slot]!;
      if (state === DRAINING) {
        server.advanceTo(Math.min(end, this.drainUntil[slot]!), end);
        if (server.running > 0 && this.drainUntil[slot]! <= end) server.cutRunning(this.cut);
        if (server.running === 0) this.state[slot] = 0;
        tokens += server.tokens;
        running += server.running;
        continue;
      }
      server.advanceTo(end, end);
      const kv = server.kvUsage();
      tokens += server.tokens;
      busy += server.busy;
      kvSum += kv;
      if (kv > kvMax) kvMax = kv;
      if (server.waiting > waitingMax) waitingMax = server.waiting;
      replicaWaiting += server.waiting;
      replicaRunning += server.running;
      waiting += server.waiting;
      running += server.running;
    }
    this.totalTokens += tokens;
    this.totalServed += this.served;

    const { p50, p95, p99, ttftP95, itlP95 } = this.context.columns;
    p50[t] = this.e2e.percentile(0.5);
    p95[t] = this.e2e.percentile(0.95);
    p99[t] = this.e2e.percentile(0.99);
    ttftP95[t] = this.ttft.percentile(0.95);
    itlP95[t] = this.itl.percentile(0.95);
    const gpuUtil = ready > 0 ? busy / ready : 0;
    out.served = this.served;
    out.dropped = dropped;
    out.failed = this.failed;
    out.queue = waiting + running;
    out.waiting = waiting;
    out.running = running;
    out.gatewayQueue = this.gateway.length;
    out.replicaWaiting = replicaWaiting;
    out.replicaRunning = replicaRunning;
    out.busy = gpuUtil;
    out.kvMean = ready > 0 ? kvSum / ready : 0;
    out.kvMax = kvMax;
    out.waitingMax = waitingMax;
    out.gpuUtil = gpuUtil;
    out.tokensOut = tokens;
    out.promptTokens = promptTokens;
    out.outputTokens = outputTokens;
    out.violated = dropped > 0 || this.failed > 0 || ttftP95[t]! > this.settings.slo_ttft_ms || itlP95[t]! > this.settings.slo_itl_ms;
  }

  summary(): ReplicaRunSummary {
    const finished = this.runItlLength;
    return {
      queue_end: this.inSystem,
      p95_ms: orNull(nearestRank(this.runE2e, finished, 0.95)),
      llm: {
        tokens_out: this.totalTokens,
        ttft_p95_ms: orNull(nearestRank(this.runTtft, this.runTtftLength, 0.95)),
        itl_p95_ms: orNull(nearestRank(this.runItl, this.runItlLength, 0.95)),
        goodput: finished > 0 ? this.good / finished : null,
      },
    };
  }
}

const orNull = (value: number): number | null => (Number.isNaN(value) ? null : value);

export const llmReplica: ReplicaModel<'llm'> = {
  kind: 'llm',
  title: 'LLM server (continuous batching)',
  describe: 'each ready replica batches token generation: iteration time grows with the batch, prefill with the prompt tokens',
  start: (settings, context) => {
    if (context.requests === undefined) throw new Error('the LLM replica needs requests with token counts');
    return new LlmRun(settings.llm, context.requests, context);
  },
};
