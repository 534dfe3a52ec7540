/**
 * Live's dispatcher: a Web Worker with the open-loop load generator, one FIFO queue and the Lab's policy. Replicas are
 * other workers, reached over MessagePorts (the page only spawns and ends them on request, never on a request's path).
 * An idle ready replica takes up to `maxBatch` waiting requests at once. Each whole second of the run's clock (which
 * stops while the tab is hidden) is recorded by engine/live/recorder, which wakes the policy; its desired count spawns
 * replicas (cold start measured) or drains them (newest first, each finishing its batch).
 */
import * as Comlink from 'comlink';
import { digitBytes, sampleWithLabel } from '../../engine/live/digits';
import { createLoadPlan, dueBefore, type LoadPlan } from '../../engine/live/loadPlan';
import { PIXELS } from '../../engine/live/lenet';
import { createLiveRun, initialReplicas, liveSecondAt, recordSecond, type LiveRun, type LiveSecond } from '../../engine/live/recorder';
import { epochNow, type ColdStart, type FromReplica, type LiveHost, type LivePhase, type LiveRunConfig, type LiveStatus, type ReplicaInit } from './protocol';

export type { LiveHost, LiveRunConfig, LiveStatus } from './protocol';

interface Request { readonly intendedMs: number; readonly sample: number; readonly drawn?: (digit: number) => void; readonly drawnPixels?: Uint8Array }
interface Replica {
  readonly id: number; readonly port: MessagePort; state: 'starting' | 'ready' | 'draining';
  batch: readonly Request[] | null; coldStart: ColdStart | null; readonly requestedAtS: number;
}

let host: LiveHost | null = null;
let config: LiveRunConfig | null = null;
let run: LiveRun | null = null;
let plan: LoadPlan | null = null;
let sample: { count: number; labels: Uint8Array; bytes: Uint8Array } | null = null;
let phase: LivePhase = 'starting';
let message: string | null = null;
const replicas = new Map<number, Replica>();
let nextId = 1;
let queue: Request[] = [];
let head = 0;
let nextSample = 0;
let timer: ReturnType<typeof setInterval> | null = null;
// the run's clock: performance.now() minus the start and every paused span
let startedAt = 0;
let pausedSince: number | null = null;
let pausedTotal = 0;
let afterGap = false;
let lastDecision = 0;
const totals = { sent: 0, answered: 0, failed: 0, answeredInPause: 0, unansweredAtEnd: 0, digitsRight: 0, digitsJudged: 0 };
const coldStarts: ColdStart[] = [];
let warmupPerRequestMs = 0;
// the second being measured
let second = { arrivals: 0, latencies: [] as number[], failed: 0, busyMs: 0, batches: [] as number[] };

const runNow = () => (pausedSince ?? performance.now()) - startedAt - pausedTotal;
const waiting = () => queue.length - head;
const count = (state: Replica['state']) => [...replicas.values()].filter((r) => r.state === state).length;
const inFlight = () => [...replicas.values()].reduce((sum, r) => sum + (r.batch?.length ?? 0), 0);
const capacityFallback = () => (warmupPerRequestMs > 0 ? 1000 / warmupPerRequestMs : 1);

function spawnReplica(): void {
  const id = nextId++;
  const channel = new MessageChannel();
  const replica: Replica = { id, port: channel.port1, state: 'starting', batch: null, coldStart: null, requestedAtS: run && startedAt > 0 ? runNow() / 1000 : -1 };
  replicas.set(id, replica);
  channel.port1.onmessage = (event: MessageEvent<FromReplica>) => onReplica(replica, event.data);
  const init: ReplicaInit = {
    type: 'init', id, base: config!.base, digitsPerRequest: config!.digitsPerRequest, maxBatch: config!.maxBatch,
    extraLoadMs: config!.extraLoadMs, requestedAt: epochNow(),
  };
  host?.spawn(init, Comlink.transfer(channel.port2, [channel.port2]));
}

function retire(replica: Replica): void {
  replica.port.postMessage({ type: 'stop' });
  replica.port.close();
  replicas.delete(replica.id);
  host?.kill(replica.id);
}

function onReplica(replica: Replica, data: FromReplica): void {
  switch (data.type) {
    case 'ready':
      replica.coldStart = data.coldStart;
      coldStarts.push(data.coldStart);
      if (warmupPerRequestMs === 0) warmupPerRequestMs = data.warmupPerRequestMs;
      if (replica.state === 'starting') replica.state = 'ready';
      dispatch();
      return;
    case 'failed':
      phase = 'failed';
      message = `A replica could not start: ${data.message}`;
      stopTimer();
      return;
    case 'done': {
      const batch = replica.batch ?? [];
      replica.batch = null;
      const now = runNow();
      batch.forEach((request, i) => {
        totals.answered++;
        if (pausedSince !== null) totals.answeredInPause++;
        else second.latencies.push(now - request.intendedMs);
        const k = config!.digitsPerRequest;
        if (request.drawn) { request.drawn(data.predictions[i * k]!); return; }
        for (let d = 0; d < k; d++) {
          totals.digitsJudged++;
          if (data.predictions[i * k + d] === sample!.labels[(request.sample + d) % sample!.count]) totals.digitsRight++;
        }
      });
      second.busyMs += data.computeMs;
      second.batches.push(batch.length);
      if (replica.state === 'draining') retire(replica);
      else dispatch();
      return;
    }
  }
}

/** Idle ready replicas take up to maxBatch waiting requests each, oldest first. */
function dispatch(): void {
  if (pausedSince !== null || !sample || !config) return;
  const k = config.digitsPerRequest;
  for (const replica of replicas.values()) {
    if (waiting() === 0) break;
    if (replica.state !== 'ready' || replica.batch) continue;
    const batch = queue.slice(head, head + Math.min(config.maxBatch, waiting()));
    head += batch.length;
    if (head > 4096) { queue = queue.slice(head); head = 0; }
    const pixels = new Uint8Array(batch.length * k * PIXELS);
    batch.forEach((request, i) => {
      for (let d = 0; d < k; d++) {
        const at = (i * k + d) * PIXELS;
        if (d === 0 && request.drawnPixels) pixels.set(request.drawnPixels, at);
        else { const s = (request.sample + d) % sample!.count; pixels.set(sample!.bytes.subarray(sample!.count + s * PIXELS, sample!.count + (s + 1) * PIXELS), at); }
      }
    });
    replica.batch = batch;
    replica.port.postMessage({ type: 'batch', batchId: replica.id, requests: batch.length, pixels }, [pixels.buffer]);
  }
}

function enqueue(intendedMs: number, extra?: Pick<Request, 'drawn' | 'drawnPixels'>): void {
  const request: Request = { intendedMs, sample: nextSample, ...extra };
  nextSample = (nextSample + config!.digitsPerRequest) % sample!.count;
  // a policy that refuses requests with no replica ready (HPA's Service has no endpoint) counts them as failed
  if (count('ready') === 0 && run!.model.zeroBehaviour(run!.config) === 'fail') { totals.failed++; second.failed++; return; }
  queue.push(request);
}

/** The replica count the policy set: start new ones, or cancel starting ones and drain ready ones, newest first. */
function scaleTo(desired: number): void {
  const live = [...replicas.values()].filter((r) => r.state !== 'draining').sort((a, b) => b.id - a.id);
  for (let n = live.length; n < desired; n++) spawnReplica();
  const excess = live.length - desired;
  if (excess <= 0) return;
  const victims = [...live.filter((r) => r.state === 'starting'), ...live.filter((r) => r.state === 'ready')].slice(0, excess);
  for (const replica of victims) {
    if (replica.state === 'starting' || !replica.batch) retire(replica);
    else replica.state = 'draining';
  }
}

function closeSecond(): void {
  const decision = recordSecond(run!, {
    arrivals: second.arrivals, latenciesMs: second.latencies, failed: second.failed, queue: waiting(), inService: inFlight(),
    busyMs: second.busyMs, batches: second.batches, ready: count('ready'), provisioning: count('starting'),
    draining: count('draining'), afterGap,
  }, capacityFallback());
  afterGap = false;
  second = { arrivals: 0, latencies: [], failed: 0, busyMs: 0, batches: [] };
  if (decision) { lastDecision = run!.seconds - 1; scaleTo(run!.desired); }
}

function pump(): void {
  if (!run || !plan || pausedSince !== null) return;
  const now = runNow();
  for (const intended of dueBefore(plan, now)) { enqueue(intended); totals.sent++; second.arrivals++; }
  dispatch();
  while (now >= (run.seconds + 1) * 1000 && run.seconds < run.columns.arrivals.length) closeSecond();
  if (run.seconds >= config!.seconds && phase === 'running') phase = 'draining';
  // after the load ends, keep measuring until every request is answered (at most a minute more)
  if (phase === 'draining' && ((waiting() === 0 && inFlight() === 0) || run.seconds >= config!.seconds + 60)) {
    phase = 'finished';
    stopTimer();
    totals.unansweredAtEnd += waiting();
    queue = [];
    head = 0;
  }
}

function stopTimer(): void {
  if (timer !== null) clearInterval(timer);
  timer = null;
}

function status(): LiveStatus {
  return {
    phase, message, paused: pausedSince !== null, ...totals, waiting: waiting(), inFlight: inFlight(),
    replicas: [...replicas.values()].map(({ id, state, coldStart, requestedAtS }) => ({ id, state, coldStart, requestedAtS })),
    coldStarts: [...coldStarts], warmupPerRequestMs,
  };
}

const api = {
  /** Loads the digits, starts the policy's initial replicas and, once they are ready, the run's clock. */
  async start(input: LiveRunConfig, pageHost: LiveHost): Promise<void> {
    config = input;
    host = pageHost;
    const response = await fetch(new URL('live/digits.bin', input.base));
    if (!response.ok) throw new Error(`the digits did not load (HTTP ${response.status})`);
    sample = digitBytes(new Uint8Array(await response.arrayBuffer()));
    run = createLiveRun(input.policy, Math.min(3600, input.seconds + 61));
    plan = createLoadPlan(input.profile, input.seconds, input.seed);
    for (let i = 0; i < initialReplicas(run); i++) spawnReplica();
    await new Promise<void>((resolve) => {
      const wait = setInterval(() => { if (count('starting') === 0 || phase === 'failed') { clearInterval(wait); resolve(); } }, 10);
    });
    if (phase === 'failed') return;
    startedAt = performance.now();
    phase = 'running';
    timer = setInterval(pump, 2);
  },
  /** New seconds from `from` on, and the endpoint's state now. */
  poll(from: number): { readonly seconds: LiveSecond[]; readonly status: LiveStatus; readonly lastDecision: number } {
    const seconds: LiveSecond[] = [];
    if (run) for (let t = from; t < run.seconds; t++) seconds.push(liveSecondAt(run, t, capacityFallback()));
    return { seconds, status: status(), lastDecision };
  },
  pause(): void {
    if (pausedSince === null && timer !== null) pausedSince = performance.now();
  },
  resume(): void {
    if (pausedSince === null) return;
    pausedTotal += performance.now() - pausedSince;
    pausedSince = null;
    afterGap = true;
    dispatch();
  },
  /** Ends the load now; what is queued is still answered and counted. */
  stop(): void {
    if (!plan || !config) return;
    plan.nextMs = Number.POSITIVE_INFINITY;
    if (phase === 'running') phase = 'draining';
  },
  /** One drawn digit (784 bytes, 0..255) sent as a real request through the queue; resolves with the model's answer. */
  ask(pixels: Uint8Array): Promise<number> {
    if (!run || !config || phase === 'starting' || phase === 'failed') return Promise.reject(new Error('the endpoint is not running'));
    return new Promise((resolve) => {
      enqueue(runNow(), { drawn: resolve, drawnPixels: pixels });
      totals.sent++;
      second.arrivals++;
      dispatch();
    });
  },
  /** The `n`-th held-out digit labelled `label` (wrapping round): its place in the sample and its 784 bytes, to show and to send with ask. */
  sampleDigit(label: number, n: number): { readonly index: number; readonly count: number; readonly pixels: Uint8Array } | null {
    if (!sample) return null;
    const picked = sampleWithLabel(sample, label, n);
    return picked ? { ...picked, count: sample.count } : null;
  },
  /** Ends every replica (leaving the mode). */
  shutdown(): void {
    stopTimer();
    for (const replica of [...replicas.values()]) retire(replica);
  },
};

export type DispatcherApi = typeof api;

Comlink.expose(api);
