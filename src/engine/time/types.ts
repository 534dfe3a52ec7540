/**
 * The Lab's second clock: the shapes of a time run's input and its trace. Columnar like the step trace (one typed
 * array per quantity, one entry per second), so a week of ticks stays cheap to keep and to scrub; a view asks
 * `tickAt(trace, t)` for one second's record when it needs words.
 */
import type { GpuProfile, NamedPolicy } from '../policies/types';

export type { GpuProfile } from '../policies/types';

/** A piecewise-constant traffic profile: each rate holds from its time until the next point's. */
export interface TrafficProfile {
  /** points sorted by strictly increasing `t`, the first at t = 0 */
  readonly points: readonly { /** seconds from the start */ readonly t: number; /** requests per second */ readonly rps: number }[];
}

export type ScenarioName = 'steady' | 'ramp' | 'spike' | 'flash-crowd' | 'diurnal' | 'idle-gaps';

export type ArrivalMode = 'poisson' | 'exact';

/** The platform every policy in a run shares (the CLI's --capacity, --service-ms, --cold-start ...). */
export interface PlatformSettings {
  /** requests per second one ready replica serves */
  readonly capacity: number;
  /** milliseconds of service per request, added to its own wait in the queue */
  readonly service_ms: number;
  /** seconds a new replica is provisioning (node, image, model load) before it is ready */
  readonly cold_start_s: number;
  /** most requests accepted and not yet finished; arrivals beyond it are dropped */
  readonly queue_limit: number;
  /** seconds a request may wait for service before it fails */
  readonly timeout_s: number;
  /** seconds a removed replica keeps finishing its work (billed) before it is gone */
  readonly drain_s: number;
  /** dollars per replica-hour */
  readonly price_per_hour: number;
  /** the latency objective the summary counts violations against: p95 in milliseconds */
  readonly slo_p95_ms: number;
}

/**
 * Traffic as a list of requests, each at its own time with its own token counts (a replayed trace such as Azure's, or a
 * `--trace FILE.csv`). Parallel columns, one entry per request, times non-decreasing.
 */
export interface RequestList {
  /** arrival time of each request, seconds from the start of the run (fractional), non-decreasing */
  readonly at: Float64Array;
  /** prompt (input, context) tokens of each request, 1 or more */
  readonly prompt: Int32Array;
  /** output (generated) tokens of each request, 1 or more */
  readonly output: Int32Array;
}

/**
 * The replica models (engine/time/replicas): a web server serving N requests/s, an LLM server batching tokens, or the
 * measured one (what Live measured: batched service on a device with a few cores).
 */
export type ReplicaKind = 'simple' | 'llm' | 'measured';

/** A GPU replica's cold start, stage by stage (GKE names node provisioning, image pull, app start-up with weights). */
export interface ColdStartStages {
  /** seconds to get a new GPU node (skipped on a warm node) */
  readonly node_s: number;
  /** seconds to pull and extract the serving image */
  readonly image_s: number;
  /** seconds to load the model weights */
  readonly weights_s: number;
  /** seconds of server start-up and warm-up (CUDA graphs, first requests) */
  readonly warmup_s: number;
}

export type ColdStartStage = 'node' | 'image' | 'weights' | 'warmup';

/** The cold start in stages, with the nodes kept warm (see engine/time/coldStart.ts for the defaults' sources). */
export interface ColdStartSettings {
  readonly stages: ColdStartStages;
  /** GPU nodes kept ready for replicas (a warm pool): a new replica skips the node stage while fewer nodes are in use */
  readonly warm_nodes: number;
  /** seconds a node released by scale-down stays warm for the next replica (cluster-autoscaler's 10 min default) */
  readonly node_keep_warm_s: number;
}

/** The LLM replica's settings (engine/time/replicas/llm.ts). */
export interface LlmSettings {
  /** the hardware/model profile: iteration time, batch cap, KV cache */
  readonly profile: GpuProfile;
  /** most prompt tokens prefilled in one iteration (chunked prefill; vLLM's max_num_batched_tokens, default 2048) */
  readonly max_num_batched_tokens: number;
  /** time-to-first-token objective, ms (Dynamo planner's default 500) */
  readonly slo_ttft_ms: number;
  /** inter-token latency objective, ms (Dynamo planner's default 50) */
  readonly slo_itl_ms: number;
}

/** The measured replica's settings (engine/time/replicas/measured.ts): what a Live run measured. */
export interface MeasuredSettings {
  /** a batch of b requests takes base_ms + per_item_ms x b on a core of its own (the LLM profile's itl line) */
  readonly base_ms: number;
  readonly per_item_ms: number;
  /** most requests in one batch */
  readonly max_batch: number;
  /** the device's cores: busy replicas beyond them share them, each batch stretched by busy / cores */
  readonly cores: number;
}

/** Which replica model a run uses, with its settings. */
export type ReplicaSettings =
  | { readonly kind: 'simple' }
  | { readonly kind: 'llm'; readonly llm: LlmSettings }
  | { readonly kind: 'measured'; readonly measured: MeasuredSettings };

export interface TimeRunInput {
  /** the rate profile (ignored for arrivals when `requests` is given) */
  readonly traffic: TrafficProfile;
  /** ticks to run, at most 7 days (604,800) */
  readonly seconds: number;
  readonly seed: number;
  readonly arrivals: ArrivalMode;
  readonly platform: PlatformSettings;
  /** every policy sees the same arrivals */
  readonly policies: readonly NamedPolicy[];
  /** the replica model; default the web server ({ kind: 'simple' }) */
  readonly replica?: ReplicaSettings;
  /**
   * requests at their own times with token counts (a trace); absent: arrivals come from `traffic` (and, under the LLM
   * replica, each gets token counts drawn from the seed, see traffic/tokens.ts)
   */
  readonly requests?: RequestList;
  /** a cold start in stages; absent: one stage of `platform.cold_start_s` */
  readonly coldStart?: ColdStartSettings;
}

export interface TimeSummary {
  readonly arrivals: number;
  readonly served: number;
  readonly dropped: number;
  readonly failed: number;
  /** accepted requests still unfinished at the end */
  readonly queue_end: number;
  /**
   * p95 over every request served in the run, ms (null if none): nearest rank over a histogram of every served
   * request's wait in whole seconds, plus service_ms; exact in the model (see LATENCY_METHOD), an estimate of reality.
   */
  readonly p95_ms: number | null;
  /** seconds whose served requests had a p95 above the SLO (a second with failed or dropped requests counts too) */
  readonly slo_violation_s: number;
  readonly instance_seconds: number;
  readonly cost: number;
  /** changes of the desired count */
  readonly scale_events: number;
  // --- present only under the LLM replica (absent, not null, under the web server, whose summary stays as it was)
  /** output tokens produced in the run */
  readonly tokens_out?: number;
  /** p95 time to first token over the run's requests that got one, ms (null if none) */
  readonly ttft_p95_ms?: number | null;
  /** p95 of the finished requests' mean inter-token latency, ms (null if none) */
  readonly itl_p95_ms?: number | null;
  /** share of finished requests that met both the TTFT and the ITL objective, 0..1 (null if none finished) */
  readonly goodput?: number | null;
}

/** One policy's run: columns indexed by second t = 0 .. seconds-1. */
export interface TimeTrace {
  readonly policy: NamedPolicy;
  readonly seconds: number;
  readonly arrivals: Float64Array;
  readonly served: Float64Array;
  readonly dropped: Float64Array;
  readonly failed: Float64Array;
  /** accepted requests not yet finished at the end of the second (waiting or in service) */
  readonly queue: Float64Array;
  readonly ready: Int32Array;
  readonly provisioning: Int32Array;
  readonly draining: Int32Array;
  /** the policy's raw recommendation in force after this second (last decision's) */
  readonly desiredRaw: Float64Array;
  /** the replica count the policy has set after this second's decision */
  readonly desired: Int32Array;
  /** latency percentiles of the requests served in this second, ms (NaN when none) */
  readonly p50: Float32Array;
  readonly p95: Float32Array;
  readonly p99: Float32Array;
  /** the metric the policy last acted on, and its reason code and mode flag (see PolicyModel) */
  readonly metric: Float64Array;
  readonly reason: Uint8Array;
  readonly mode: Uint8Array;
  /** 1 where the controller woke and decided in this second */
  readonly decided: Uint8Array;
  /** the replica model this trace ran with */
  readonly replica: ReplicaKind;
  // --- the serving gauges at the end of each second (both replica models; see MetricHistory for the web server's reading)
  /** accepted requests not yet running (held at the gateway or waiting at a replica); queue = waiting + running */
  readonly waiting: Float64Array;
  /** sequences in running batches (web server: requests in service, mean over the second) */
  readonly running: Float64Array;
  /** requests held at the gateway while no replica could take them (part of `waiting`) */
  readonly gatewayQueue: Float64Array;
  /** KV-cache usage, mean over ready replicas, 0..1 (0 under the web server) */
  readonly kvUsage: Float32Array;
  /** share of the second a ready replica had work running, mean over ready replicas, 0..1 (DCGM's duty cycle) */
  readonly gpuUtil: Float32Array;
  /** output tokens produced in the second (0 under the web server) */
  readonly tokensOut: Float64Array;
  /** p95 time to first token of the requests that got it in this second, ms (NaN if none) */
  readonly ttftP95: Float32Array;
  /** p95 mean inter-token latency of the requests that finished in this second, ms (NaN if none) */
  readonly itlP95: Float32Array;
  /** provisioning replicas by cold-start stage (all 0 when the cold start is one stage) */
  readonly stageNode: Int32Array;
  readonly stageImage: Int32Array;
  readonly stageWeights: Int32Array;
  readonly stageWarmup: Int32Array;
  readonly summary: TimeSummary;
}
