/**
 * One second of a time trace as a record, with the controller's own sentence: what a view asks for when it needs
 * words (the decision log, a tooltip, the CLI's JSON). Reads the columns only; recomputes nothing but the sentence.
 */
import { formatNumber, plural } from '../format';
import type { Decision } from '../policies/types';
import { requireModel } from './simulateTime';
import type { TimeTrace } from './types';

export interface TimeTick {
  /** the second, 0-based */
  readonly t: number;
  readonly arrivals: number;
  readonly served: number;
  readonly dropped: number;
  readonly failed: number;
  /** accepted requests not finished at the end of the second */
  readonly queue: number;
  readonly ready: number;
  readonly provisioning: number;
  readonly draining: number;
  /** the raw recommendation in force (the last decision's) */
  readonly desired_raw: number;
  /** the replica count set after this second's decision */
  readonly desired: number;
  /** latency percentiles of the requests served this second, ms; null when none was served */
  readonly p50_ms: number | null;
  readonly p95_ms: number | null;
  readonly p99_ms: number | null;
  /** the metric the last decision acted on, in the policy's unit */
  readonly metric: number;
  readonly reason: number;
  readonly mode: number;
  /** whether the controller woke and decided in this second */
  readonly decided: boolean;
  /** the second at which the decision in force was made, or null before the first decision */
  readonly decided_at: number | null;
  /** the controller's sentence for the decision in force */
  readonly explanation: string;
  // --- the serving gauges (both replica models; see TimeTrace)
  readonly waiting: number;
  readonly running: number;
  readonly gateway_queue: number;
  readonly kv_usage: number;
  readonly gpu_util: number;
  readonly tokens_out: number;
  /** p95 time to first token / inter-token latency this second, ms; null when none */
  readonly ttft_p95_ms: number | null;
  readonly itl_p95_ms: number | null;
  /** provisioning replicas by cold-start stage (0 with a one-stage cold start) */
  readonly stages: { readonly node: number; readonly image: number; readonly weights: number; readonly warmup: number };
}

const orNull = (value: number) => (Number.isNaN(value) ? null : value);

/** The record of second t (clamped into the run). */
export function tickAt(trace: TimeTrace, t: number): TimeTick {
  const i = Math.min(Math.max(0, Math.floor(t)), Math.max(0, trace.seconds - 1));
  const config = trace.policy.config;
  const model = requireModel(config);
  const initial = model.bounds(config).initial;
  let at = i;
  while (at >= 0 && trace.decided[at] !== 1) at--;
  const decision: Decision = {
    raw: trace.desiredRaw[i] ?? initial,
    desired: trace.desired[i] ?? initial,
    metric: trace.metric[i] ?? 0,
    reason: trace.reason[i] ?? 0,
    mode: trace.mode[i] ?? 0,
  };
  const current = at > 0 ? trace.desired[at - 1]! : initial;
  const period = Math.max(1, Math.round(model.periodS(config)));
  const explanation = at < 0
    ? `${model.title}: no decision yet (it decides every ${formatNumber(period)} s, first at the end of second ${formatNumber(period - 1)}); ${plural(initial, 'replica')} as configured.`
    : model.explain(config, decision, { t: at, ready: trace.ready[at] ?? initial, current });
  return {
    t: i,
    arrivals: trace.arrivals[i] ?? 0,
    served: trace.served[i] ?? 0,
    dropped: trace.dropped[i] ?? 0,
    failed: trace.failed[i] ?? 0,
    queue: trace.queue[i] ?? 0,
    ready: trace.ready[i] ?? 0,
    provisioning: trace.provisioning[i] ?? 0,
    draining: trace.draining[i] ?? 0,
    desired_raw: decision.raw,
    desired: decision.desired,
    p50_ms: orNull(trace.p50[i] ?? NaN),
    p95_ms: orNull(trace.p95[i] ?? NaN),
    p99_ms: orNull(trace.p99[i] ?? NaN),
    metric: decision.metric,
    reason: decision.reason,
    mode: decision.mode,
    decided: trace.decided[i] === 1,
    decided_at: at >= 0 ? at : null,
    explanation,
    waiting: trace.waiting[i] ?? 0,
    running: trace.running[i] ?? 0,
    gateway_queue: trace.gatewayQueue[i] ?? 0,
    kv_usage: trace.kvUsage[i] ?? 0,
    gpu_util: trace.gpuUtil[i] ?? 0,
    tokens_out: trace.tokensOut[i] ?? 0,
    ttft_p95_ms: orNull(trace.ttftP95[i] ?? NaN),
    itl_p95_ms: orNull(trace.itlP95[i] ?? NaN),
    stages: { node: trace.stageNode[i] ?? 0, image: trace.stageImage[i] ?? 0, weights: trace.stageWeights[i] ?? 0, warmup: trace.stageWarmup[i] ?? 0 },
  };
}
