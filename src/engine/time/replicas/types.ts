/**
 * The tick loop <-> replica model contract. The loop (simulateTime) owns the clock, the replica lifecycle (provisioning,
 * ready, draining) and the policy; a replica model owns the requests: it is told when replicas become ready or are
 * removed, and asked what the ready replicas served in each second. One file per model behind a registry
 * (registry.ts): the web server (simple.ts), the LLM server that batches tokens (llm.ts), the measured one (measured.ts).
 *
 * Allocation-free per tick: the loop hands the model one `SecondServed` object, reused every second, and the columns
 * the model writes at index t.
 */
import type { PlatformSettings, ReplicaKind, ReplicaSettings, RequestList } from '../types';

/** What the ready replicas did in one second: written by the model into the loop's reused object. */
export interface SecondServed {
  /** requests finished in the second */
  served: number;
  /** arrivals refused because `queue_limit` requests were already accepted and unfinished */
  dropped: number;
  /** requests that failed in the second: timed out waiting, refused at zero replicas, or cut by a drain that ran out */
  failed: number;
  /** accepted requests not yet running at the end of the second (gateway + replica queues) */
  waiting: number;
  /** accepted requests unfinished at the end of the second (the trace's `queue`) */
  queue: number;
  /** requests running at the end of the second (web server: mean in service over the second, by Little's law) */
  running: number;
  /** requests held at the gateway at the end of the second (no replica could take them) */
  gatewayQueue: number;
  /** `vllm:num_requests_waiting` summed over the ready replicas (the gauge a policy reads) */
  replicaWaiting: number;
  /** `vllm:num_requests_running` summed over the ready replicas (draining ones excluded) */
  replicaRunning: number;
  /** busy share of ready capacity (the web server's CPU-like metric), 0..1 */
  busy: number;
  /** KV usage, mean and max over the ready replicas, 0..1 */
  kvMean: number;
  kvMax: number;
  /** largest waiting count of any ready replica */
  waitingMax: number;
  /** GPU duty cycle, mean over the ready replicas, 0..1 */
  gpuUtil: number;
  /** output tokens produced in the second */
  tokensOut: number;
  /** prompt and output tokens of the requests that arrived in the second */
  promptTokens: number;
  outputTokens: number;
  /** whether the second breaks the run's objective (the summary's slo_violation_s) */
  violated: boolean;
}

/** Per-second latency columns the model writes at index t (NaN where nothing was measured). */
export interface LatencyColumns {
  readonly p50: Float32Array;
  readonly p95: Float32Array;
  readonly p99: Float32Array;
  readonly ttftP95: Float32Array;
  readonly itlP95: Float32Array;
}

/** What a replica model knows about one policy's run when it starts. */
export interface ReplicaRunContext {
  readonly platform: PlatformSettings;
  /** requests arriving in each second (the same for every policy) */
  readonly arrivals: Float64Array;
  /** the requests with their own times and token counts (the LLM replica needs them; the web server ignores them) */
  readonly requests: RequestList | undefined;
  /** refuse arrivals while no replica is ready (the policy's zero behaviour is 'fail') instead of holding them */
  readonly zeroFails: boolean;
  /** ready replicas at t = 0 */
  readonly initialReady: number;
  /** whole seconds a removed replica drains before it is gone */
  readonly drainS: number;
  readonly columns: LatencyColumns;
}

/** The run-level numbers only the replica model knows. */
export interface ReplicaRunSummary {
  /** accepted requests still unfinished at the end */
  readonly queue_end: number;
  readonly p95_ms: number | null;
  /** the LLM replica's numbers (left out by the web server) */
  readonly llm?: { readonly tokens_out: number; readonly ttft_p95_ms: number | null; readonly itl_p95_ms: number | null; readonly goodput: number | null };
}

/** One policy's requests on one replica model, second by second. */
export interface ReplicaRun {
  /** `count` replicas became ready at the start of second t */
  addReady(count: number, t: number): void;
  /** `count` ready replicas are removed at the end of second t; they drain for `drainS` seconds */
  removeReady(count: number, t: number): void;
  /** second t: take its arrivals, serve with the `ready` replicas, fill `out` and the columns at t */
  serve(t: number, ready: number, out: SecondServed): void;
  summary(): ReplicaRunSummary;
}

/** A replica model: one file, one registry line. */
export interface ReplicaModel<K extends ReplicaKind = ReplicaKind> {
  readonly kind: K;
  /** what it is called in the UI and the CLI's help */
  readonly title: string;
  /** one sentence: what one replica does in this model */
  readonly describe: string;
  start(settings: Extract<ReplicaSettings, { kind: K }>, context: ReplicaRunContext): ReplicaRun;
}

/**
 * A fresh `SecondServed` (the loop makes one per run and reuses it every second). Its numbers start as doubles (NaN),
 * so V8 gives the fields a double representation from the first write and the loop's code never deoptimizes on them.
 */
export function emptySecond(): SecondServed {
  const x = NaN;
  return {
    served: x, dropped: x, failed: x, queue: x, waiting: x, running: x, gatewayQueue: x, replicaWaiting: x, replicaRunning: x,
    busy: x, kvMean: x, kvMax: x, waitingMax: x, gpuUtil: x, tokensOut: x, promptTokens: x, outputTokens: x, violated: false,
  };
}

/**
 * The gauges of a replica with no GPU (the web server, Live's measured replica), from its queue: what waits is at the
 * gateway while no replica is ready and on the replicas otherwise; the busy share stands in for GPU util; KV and tokens
 * are 0. Sets everything but served, dropped, failed, queue, running and violated.
 */
export function writeQueueGauges(out: SecondServed, ready: number, waiting: number, replicaRunning: number, busy: number): void {
  out.waiting = waiting;
  out.gatewayQueue = ready > 0 ? 0 : waiting;
  out.replicaWaiting = ready > 0 ? waiting : 0;
  out.replicaRunning = replicaRunning;
  out.busy = busy;
  out.kvMean = 0;
  out.kvMax = 0;
  out.waitingMax = ready > 0 ? waiting / ready : 0;
  out.gpuUtil = busy;
  out.tokensOut = 0;
  out.promptTokens = 0;
  out.outputTokens = 0;
}
