/**
 * The Lab's second clock: the shapes of a time run's input and its trace. Columnar like the step trace (one typed
 * array per quantity, one entry per second), so a week of ticks stays cheap to keep and to scrub; a view asks
 * `tickAt(trace, t)` for one second's record when it needs words.
 */
import type { NamedPolicy } from '../policies/types';

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

export interface TimeRunInput {
  readonly traffic: TrafficProfile;
  /** ticks to run, at most 7 days (604,800) */
  readonly seconds: number;
  readonly seed: number;
  readonly arrivals: ArrivalMode;
  readonly platform: PlatformSettings;
  /** every policy sees the same arrivals */
  readonly policies: readonly NamedPolicy[];
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
  readonly summary: TimeSummary;
}
