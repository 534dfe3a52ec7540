/**
 * The Lab's contract: what a production controller is (its config, its memory, its decision) and what it may read
 * when it wakes. The tick loop (engine/time) owns the replicas, the queue and the metric columns; a policy only turns
 * an observation into a replica count. Pure data and pure functions: no DOM, no store, no worker, no React.
 *
 * Lab configs use the app's snake_case vocabulary with units in the names (`_s` seconds, `_percent`); each policy's
 * help maps every knob to its native name (HPA `stabilizationWindowSeconds`, Knative `autoscaling.knative.dev/window`,
 * Ray `upscale_delay_s`, SageMaker `ScaleOutCooldown`). The lesson's two policies keep the lesson's own keys, so the
 * lesson's config is a valid Lab config as written.
 */
import type { Result } from '../lesson/validate';

export type LabPolicyKind =
  | 'threshold' | 'target_tracking' | 'hpa' | 'kpa' | 'ray' | 'sagemaker'
  | 'aibrix-apa' | 'aibrix-kpa' | 'llm-d-saturation' | 'dynamo-planner';

export const LAB_POLICY_KINDS: readonly LabPolicyKind[] = [
  'threshold', 'target_tracking', 'hpa', 'kpa', 'ray', 'sagemaker', 'aibrix-apa', 'aibrix-kpa', 'llm-d-saturation', 'dynamo-planner',
];

/** What happens to a request that arrives while no replica exists. */
export type ZeroBehaviour =
  | 'hold'  // buffered (Knative activator, Ray proxy): it waits, counted in the queue, until a replica is ready or it times out
  | 'fail'; // refused at once (SageMaker with no instance): counted as failed

// ---------------------------------------------------------------------------------------------------------------
// Configs: one object per policy, `policy` is the discriminant. Optional keys take the documented defaults.
// ---------------------------------------------------------------------------------------------------------------

interface LessonTimeKnobs {
  /** seconds between decisions (the lesson's "step"), default 15 */
  readonly period_s: number;
  /** seconds after a scale-out before the next scale-out may happen, default 0 */
  readonly scale_out_cooldown_s: number;
  /** seconds after any scaling before a scale-in may happen, default 0 */
  readonly scale_in_cooldown_s: number;
}

/** The lesson's threshold rule in time: load = requests per second averaged over the last period. */
export interface ThresholdTimeConfig extends LessonTimeKnobs {
  readonly policy: 'threshold';
  readonly min_servers: number;
  readonly max_servers: number;
  readonly initial_servers: number;
  /** requests per second above which `scale_step` servers are added */
  readonly upper_threshold: number;
  /** requests per second below which `scale_step` servers are removed */
  readonly lower_threshold: number;
  readonly scale_step: number;
}

/** The lesson's target-tracking rule in time. */
export interface TargetTrackingTimeConfig extends LessonTimeKnobs {
  readonly policy: 'target_tracking';
  readonly min_servers: number;
  readonly max_servers: number;
  readonly initial_servers: number;
  /** wanted utilization, a decimal in (0, 1] */
  readonly target_utilization: number;
  /** requests per second the policy believes one server handles at 100 % */
  readonly capacity_per_server: number;
  readonly tolerance: number;
}

/** An HPA metric. `pods`/`object`/`external` are read as requests per second per pod; `cpu` as busy share of capacity. */
export type HpaMetric =
  | {
    readonly type: 'pods' | 'object' | 'external';
    /** the target: requests per second per pod (AverageValue), or the metric's whole value (Value) */
    readonly target_value: number;
    /** metric name kept for export, e.g. "requests_per_second"; an LLM signal's name (or `avg(name)`) reads that signal */
    readonly name?: string;
    /** KEDA's activationThreshold for this trigger (only with `keda`), default 0 */
    readonly activation_threshold?: number;
    /**
     * Object / External only: 'average_value' (default; ratio = value / (target x current replicas)) or 'value'
     * (the manifest's `type: Value`; ratio = value / target, proposal ceil(ratio x ready pods))
     */
    readonly target_type?: 'value' | 'average_value';
  }
  | { readonly type: 'cpu'; /** target average utilization, percent (default 80) */ readonly target_utilization_percent: number };

export interface HpaScalingRule {
  /** stabilizationWindowSeconds: up default 0, down default 300 */
  readonly stabilization_window_s: number;
  /** selectPolicy: Max (default), Min or Disabled */
  readonly select_policy: 'Max' | 'Min' | 'Disabled';
  readonly policies: readonly { readonly type: 'Pods' | 'Percent'; readonly value: number; /** periodSeconds */ readonly period_s: number }[];
}

export interface HpaConfig {
  readonly policy: 'hpa';
  readonly min_replicas: number;
  readonly max_replicas: number;
  /** replicas at t = 0 (the Deployment's spec.replicas), default min_replicas */
  readonly initial_replicas: number;
  /** several metrics: the largest proposal wins; default one cpu metric at 80 % */
  readonly metrics: readonly HpaMetric[];
  /** default 0.1 (the controller flag --horizontal-pod-autoscaler-tolerance) */
  readonly tolerance: number;
  /** default 15 (--horizontal-pod-autoscaler-sync-period) */
  readonly sync_period_s: number;
  /**
   * spec.behavior. Absent (undefined) = the controller's older path (scale-up capped at max(2 x current, 4) per sync,
   * 300 s down window). Present, even `{}`: missing rules filled with the API defaults.
   */
  readonly behavior?: { readonly scale_up?: Partial<HpaScalingRule>; readonly scale_down?: Partial<HpaScalingRule> };
  /** KEDA's activation phase (0 <-> 1 replicas) around the HPA it creates; with it, min_replicas may be 0 */
  readonly keda?: KedaActivation;
}

/** A KEDA ScaledObject's own knobs (kedacore/keda pkg/scaling/executor/scale_scaledobjects.go). */
export interface KedaActivation {
  /** pollingInterval, default 30 */
  readonly polling_interval_s: number;
  /** cooldownPeriod, default 300 */
  readonly cooldown_period_s: number;
}

export interface KpaConfig {
  readonly policy: 'kpa';
  /** autoscaling.knative.dev/min-scale, default 0 */
  readonly min_scale: number;
  /** autoscaling.knative.dev/max-scale, 0 = unbounded (the Lab caps at 1000), default 0 */
  readonly max_scale: number;
  /** autoscaling.knative.dev/initial-scale, default 1 */
  readonly initial_scale: number;
  /** autoscaling.knative.dev/metric: concurrency (default) or rps */
  readonly metric: 'concurrency' | 'rps';
  /** autoscaling.knative.dev/target: default 100 (concurrency) or 200 (rps) */
  readonly target: number;
  /** autoscaling.knative.dev/target-utilization-percentage, default 70 */
  readonly target_utilization_percent: number;
  /** autoscaling.knative.dev/window, default 60 */
  readonly stable_window_s: number;
  /** autoscaling.knative.dev/panic-window-percentage, default 10 */
  readonly panic_window_percent: number;
  /** autoscaling.knative.dev/panic-threshold-percentage, default 200 */
  readonly panic_threshold_percent: number;
  /** max-scale-up-rate, default 1000 */
  readonly max_scale_up_rate: number;
  /** max-scale-down-rate, default 2 */
  readonly max_scale_down_rate: number;
  /** scale-to-zero-grace-period, default 30 */
  readonly scale_to_zero_grace_period_s: number;
  /** autoscaling.knative.dev/scale-down-delay, default 0 */
  readonly scale_down_delay_s: number;
  /** enable-scale-to-zero, default true */
  readonly enable_scale_to_zero: boolean;
  /** default 2 (the autoscaler's tick) */
  readonly tick_s: number;
}

export interface RayServeConfig {
  readonly policy: 'ray';
  readonly min_replicas: number;
  readonly max_replicas: number;
  /** default min_replicas */
  readonly initial_replicas: number;
  /** default 2 */
  readonly target_ongoing_requests: number;
  /** default 30 */
  readonly look_back_period_s: number;
  /** default 30 */
  readonly upscale_delay_s: number;
  /** default 600 */
  readonly downscale_delay_s: number;
  /** default 1 (Ray's `upscaling_factor`; `smoothing_factor` is its older name) */
  readonly upscaling_factor: number;
  /** default 1 */
  readonly downscaling_factor: number;
}

export interface SageMakerConfig {
  readonly policy: 'sagemaker';
  /** MinCapacity (RegisterScalableTarget), default 1 */
  readonly min_capacity: number;
  /** MaxCapacity */
  readonly max_capacity: number;
  /** instances at t = 0, default min_capacity */
  readonly initial_capacity: number;
  /** TargetValue: SageMakerVariantInvocationsPerInstance, invocations per instance per minute (the docs' example: 70) */
  readonly target_value: number;
  /** ScaleOutCooldown, default 300 */
  readonly scale_out_cooldown_s: number;
  /** ScaleInCooldown, default 300 */
  readonly scale_in_cooldown_s: number;
  /** DisableScaleIn, default false */
  readonly disable_scale_in: boolean;
}

export type LabPolicyConfig =
  | ThresholdTimeConfig | TargetTrackingTimeConfig | HpaConfig | KpaConfig | RayServeConfig | SageMakerConfig
  | AibrixApaConfig | AibrixKpaConfig | LlmdSaturationConfig | DynamoPlannerConfig;

/** AIBrix PodAutoscaler (autoscaling.aibrix.ai/v1alpha1) knobs both strategies share; defaults from its context.go. */
export interface AibrixKnobs {
  /** spec.minReplicas, default 1 */
  readonly min_replicas: number;
  /** spec.maxReplicas */
  readonly max_replicas: number;
  /** replicas at t = 0, default min_replicas */
  readonly initial_replicas: number;
  /** spec.metricsSources[0].targetMetric, e.g. "gpu_cache_usage_perc" (a vLLM gauge) or another name (requests/s) */
  readonly target_metric: string;
  /** spec.metricsSources[0].targetValue, per pod */
  readonly target_value: number;
  /** autoscaling.aibrix.ai/max-scale-up-rate, default 2 */
  readonly max_scale_up_rate: number;
  /** autoscaling.aibrix.ai/max-scale-down-rate, default 2 */
  readonly max_scale_down_rate: number;
  /** autoscaling.aibrix.ai/scale-up-tolerance, default 0.1 */
  readonly scale_up_tolerance: number;
  /** autoscaling.aibrix.ai/scale-down-tolerance, default 0.1 */
  readonly scale_down_tolerance: number;
  /** autoscaling.aibrix.ai/scale-up-cooldown-window, default 0 */
  readonly scale_up_cooldown_window_s: number;
  /** autoscaling.aibrix.ai/scale-down-cooldown-window, default 300 */
  readonly scale_down_cooldown_window_s: number;
  /** the metrics client's stable window (DefaultStableWindowDuration), default 180 */
  readonly stable_window_s: number;
  /** the controller's resync (DefaultResyncInterval), default 10 */
  readonly reconcile_interval_s: number;
}

export interface AibrixApaConfig extends AibrixKnobs {
  readonly policy: 'aibrix-apa';
}

export interface AibrixKpaConfig extends AibrixKnobs {
  readonly policy: 'aibrix-kpa';
  /** the metrics client's panic window (DefaultPanicWindowDuration), default 60 */
  readonly panic_window_s: number;
  /** autoscaling.aibrix.ai/panic-threshold, default 2.0 */
  readonly panic_threshold: number;
}

/** llm-d workload-variant-autoscaler, saturation mode (one variant); keys as its capacity-scaling ConfigMap. */
export interface LlmdSaturationConfig {
  readonly policy: 'llm-d-saturation';
  readonly min_replicas: number;
  readonly max_replicas: number;
  readonly initial_replicas: number;
  /** kvCacheThreshold, default 0.80 */
  readonly kv_cache_threshold: number;
  /** queueLengthThreshold, default 5 */
  readonly queue_length_threshold: number;
  /** kvSpareTrigger, default 0.1 */
  readonly kv_spare_trigger: number;
  /** queueSpareTrigger, default 3 */
  readonly queue_spare_trigger: number;
  /** the Prometheus queries' max_over_time range, default 60 */
  readonly metrics_window_s: number;
  /** the controller's reconcile loop, default 60 */
  readonly reconcile_interval_s: number;
}

/** NVIDIA Dynamo SLA planner, aggregated mode (one engine type); keys as its planner arguments. */
export interface DynamoPlannerConfig {
  readonly policy: 'dynamo-planner';
  /** min_endpoint, default 1 */
  readonly min_endpoint: number;
  /** max_gpu_budget, default 8 (with decode_engine_num_gpu 1: 8 engines) */
  readonly max_gpu_budget: number;
  /** decode_engine_num_gpu, default 1 */
  readonly engine_num_gpu: number;
  /** engines at t = 0, default min_endpoint */
  readonly initial_replicas: number;
  /** ttft, milliseconds, default 500 */
  readonly ttft_ms: number;
  /** itl, milliseconds, default 50 */
  readonly itl_ms: number;
  /** throughput_adjustment_interval, default 180 */
  readonly throughput_adjustment_interval_s: number;
  /** load_adjustment_interval, default 5 */
  readonly load_adjustment_interval_s: number;
  /** enable_throughput_scaling, default true */
  readonly enable_throughput_scaling: boolean;
  /** enable_load_scaling, default false in the source */
  readonly enable_load_scaling: boolean;
  /** load_scaling_down_sensitivity, percent, default 80 */
  readonly load_scaling_down_sensitivity_percent: number;
  /** the engine's max_num_batched_tokens (vLLM's default 2048) */
  readonly max_num_batched_tokens: number;
}

/** The workload a manifest's policy scales (HPA/KEDA `scaleTargetRef`, the object's namespace): kept for export only. */
export interface ScaleTarget {
  readonly kind: string;
  readonly name: string;
  readonly api_version?: string;
  readonly namespace?: string;
}

/** A config with a display name (the Lab's compare table and legends). */
export interface NamedPolicy {
  readonly name: string;
  readonly config: LabPolicyConfig;
  /** what the imported manifest scaled, so an export points at the same workload (absent for the Lab's own policies) */
  readonly target?: ScaleTarget;
}

// ---------------------------------------------------------------------------------------------------------------
// The tick loop <-> policy contract.
// ---------------------------------------------------------------------------------------------------------------

/**
 * The run so far as prefix sums over whole seconds, so any window mean is O(1):
 * `cumX[k]` = total of X over seconds 0 .. k-1; entries 0 .. t+1 are valid when the policy wakes at the end of second t.
 */
export interface MetricHistory {
  /** requests arriving each second */
  readonly cumArrivals: Float64Array;
  /** requests completed each second */
  readonly cumServed: Float64Array;
  /** ongoing requests at the end of each second: waiting (queue or activator/proxy) plus in service */
  readonly cumOngoing: Float64Array;
  /** requests in service on replicas at the end of each second (concurrency, without the buffered ones) */
  readonly cumInService: Float64Array;
  /** busy share of ready capacity each second, 0 .. 1 (a CPU metric saturates at 1) */
  readonly cumBusy: Float64Array;
  /** ready replicas each second */
  readonly cumReady: Float64Array;
  // --- the serving engine's own gauges and the gateway's (LLM endpoints; see engine/time/replicas) ---
  // Sampled at the end of each second, as a Prometheus scrape would. Under the web-server replica they read:
  // waiting = requests queued, running = requests in service, kv usage 0, GPU utilisation = busy share.
  /** `vllm:num_requests_waiting`, summed over the ready replicas (accepted by a replica, not yet running) */
  readonly cumWaiting: Float64Array;
  /** `vllm:num_requests_running`, summed over the ready replicas (sequences in running batches) */
  readonly cumRunning: Float64Array;
  /** `vllm:kv_cache_usage_perc`, mean over the ready replicas, 0 .. 1 (0 when none is ready) */
  readonly cumKvUsage: Float64Array;
  /** `DCGM_FI_DEV_GPU_UTIL` as a share 0 .. 1: the part of the second a ready replica had a sequence running, mean */
  readonly cumGpuUtil: Float64Array;
  /** `inference_extension_flow_control_queue_size`: requests held at the gateway (the only one of these at 0 replicas) */
  readonly cumGatewayQueue: Float64Array;
  /** prompt and output tokens of the requests arriving each second (what Dynamo's planner predicts from) */
  readonly cumPromptTokens: Float64Array;
  readonly cumOutputTokens: Float64Array;
  /** per second, NOT prefix sums (index t = second t): the largest KV usage and waiting count of any ready replica */
  readonly kvUsageMax: Float64Array;
  readonly waitingMax: Float64Array;
}

/** Mean of a prefix-summed column over the `seconds` seconds ending with second `t` (fewer at the start of a run). */
export function windowMean(cum: Float64Array, t: number, seconds: number): number {
  const end = t + 1;
  const start = Math.max(0, end - Math.max(1, Math.round(seconds)));
  return end > start ? (cum[end]! - cum[start]!) / (end - start) : 0;
}

/** Largest value of a per-second column over the `seconds` seconds ending with second `t` (0 before any). */
export function windowMax(column: Float64Array, t: number, seconds: number): number {
  const start = Math.max(0, t + 1 - Math.max(1, Math.round(seconds)));
  let max = 0;
  for (let i = start; i <= t; i++) if (column[i]! > max) max = column[i]!;
  return max;
}

/**
 * An LLM replica's hardware/model profile: the iteration-time model of LLM-SERVING.md. One iteration produces one token
 * for every running sequence and takes `itl_base_ms + itl_per_seq_ms x running` (+ `prefill_ms_per_token` x the prompt
 * tokens prefilled in it).
 */
export interface GpuProfile {
  readonly name?: string;
  readonly itl_base_ms: number;
  readonly itl_per_seq_ms: number;
  readonly prefill_ms_per_token: number;
  readonly max_num_seqs: number;
  readonly kv_cache_tokens: number;
}

/** What a controller reads when it wakes at the end of second `t`. */
export interface Observation {
  /** the second that just ended, 0-based */
  readonly t: number;
  readonly ready: number;
  readonly provisioning: number;
  /** the replica count the controller set last time (spec.replicas) */
  readonly current: number;
  /** requests per second one ready replica serves (the platform's, not the policy's belief) */
  readonly capacity: number;
  readonly history: MetricHistory;
  /** the replica's profile when the run uses the LLM replica (a planner sizes from it); undefined for the web server */
  readonly profile?: GpuProfile;
}

/** One decision: the three numbers the Lab draws as separate lines, and a code the policy turns into words. */
export interface Decision {
  /** the raw recommendation from the metric alone, before stabilization, rate limits and the min/max clamp */
  readonly raw: number;
  /** the replica count set after stabilization, rate limits and clamp */
  readonly desired: number;
  /** the metric value the policy acted on, in the policy's own unit (see PolicyModel.metricUnit) */
  readonly metric: number;
  /** a policy-specific reason code (index into the policy's REASONS), for explain() */
  readonly reason: number;
  /** a policy-specific flag shown on the charts, e.g. KPA panic mode (1) or not (0) */
  readonly mode: number;
}

/** One knob of a policy, for its help and the Lab's knob panel. */
export interface KnobDoc {
  /** the Lab config key, e.g. "stable_window_s" */
  readonly key: string;
  /** the knob's name in the real system, e.g. "autoscaling.knative.dev/window" */
  readonly native: string;
  /** the value the Lab fills in when the key is left out (an example value when the real system has no default) */
  readonly default: number | string | boolean | null;
  /** the real system requires the field (e.g. HPA spec.maxReplicas): `default` is the Lab's example, not a default */
  readonly required?: boolean;
  /** the real system's own default where it differs from the Lab's (Ray max_replicas: 1) */
  readonly nativeDefault?: number | string | boolean;
  /** e.g. "s", "%", "requests/s per pod" */
  readonly unit?: string;
  /** one sentence: what it does */
  readonly doc: string;
  /** for a number input / slider */
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  /** for a choice */
  readonly choices?: readonly string[];
}

/** What a knob's note says about its default: "(default)", "(default 10)", or, for a required knob or one whose real
 * default differs, that the value is the Lab's example (with the real system's default when it has one). */
export function knobDefaultNote(knob: KnobDoc, isDefault: boolean, describe: (value: unknown) => string = String): string {
  const example = isDefault ? 'the Lab\'s example' : `the Lab's example ${describe(knob.default)}`;
  if (knob.required) return `(required; ${example})`;
  if (knob.nativeDefault !== undefined) return `(${example}; the real default is ${describe(knob.nativeDefault)})`;
  return isDefault ? '(default)' : `(default ${describe(knob.default)})`;
}

/** A controller: pure functions over its config and its own memory. */
export interface PolicyModel<C extends LabPolicyConfig, S> {
  readonly kind: C['policy'];
  /** what it is called in the UI, e.g. "Kubernetes HPA (autoscaling/v2)" */
  readonly title: string;
  /** where its behaviour comes from (file paths / docs), shown in its help */
  readonly source: string;
  /** what this model of the controller leaves out, said plainly in its help */
  readonly leavesOut: string;
  /** the config with every default filled (a required knob gets a sensible example value, marked in knobs) */
  readonly defaults: C;
  readonly knobs: readonly KnobDoc[];
  /** the unit of Decision.metric, e.g. "requests/s per pod", "concurrent requests" */
  metricUnit(config: C): string;
  /** seconds between decisions */
  periodS(config: C): number;
  bounds(config: C): { readonly min: number; readonly max: number; readonly initial: number };
  zeroBehaviour(config: C): ZeroBehaviour;
  /** the controller's memory at t = 0 */
  init(config: C): S;
  /** pure: the decision at the end of second obs.t, and the memory after it (may be the same object if unchanged) */
  decide(config: C, state: S, obs: Observation): { readonly state: S; readonly decision: Decision };
  /** one sentence, in the controller's own terms, saying why: "HPA: 3 pods at 180 req/s each vs target 100 ..." */
  explain(config: C, decision: Decision, obs: Pick<Observation, 't' | 'ready' | 'current'>): string;
}

/** Parsing/validation of a Lab config for one policy: fills defaults, errors carry dotted paths. */
export type PolicyValidator<C extends LabPolicyConfig> = (input: unknown) => Result<C>;
