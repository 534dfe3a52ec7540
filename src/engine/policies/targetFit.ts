/**
 * Whether a policy's per-replica target can suit the platform it runs on. A target is what the controller aims to put
 * on one replica: requests in flight (Knative concurrency, Ray's ongoing requests), requests per second (Knative rps,
 * HPA Pods/Object/External, SageMaker invocations, the lesson's capacity per server) or a busy share (HPA cpu).
 *
 * What one replica can hold, from the platform alone:
 * - a rate: its capacity (requests per second). Aimed above it, every replica is asked for more than it serves, so a
 *   queue must grow before the controller adds one.
 * - requests in flight: by Little's law a replica serving `capacity` req/s with `n` in flight makes each wait about
 *   n / capacity seconds. It holds the larger of what it has in service at full load (capacity x service time) and
 *   what keeps that wait inside the SLO (capacity x SLO). Aimed above it, the SLO is missed before a replica is added.
 * Pure: the Lab's views show the words and offer `fitted` as the one-click fix.
 */
import { formatNumber } from '../format';
import type { PlatformSettings } from '../time/types';
import type { LabPolicyConfig } from './types';
import { HPA_DEFAULTS } from './hpaConfig';
import { KPA_DEFAULT_TARGET } from './kpaConfig';
import { RAY_DEFAULTS } from './rayConfig';
import { SAGEMAKER_DEFAULTS } from './sagemaker';

export type TargetKind = 'in-flight' | 'rate' | 'busy';

export interface TargetFit {
  /** the knob as the Lab's JSON names it, e.g. "target" or "metrics[0].target_value" */
  readonly knob: string;
  readonly kind: TargetKind;
  /** the knob's value, in its own unit */
  readonly value: number;
  /** the knob's unit in words, e.g. "requests in flight per replica" */
  readonly unit: string;
  /** what the controller aims to put on one replica, in requests in flight, requests/s or percent busy */
  readonly aimed: number;
  /** the most one replica can hold in the same unit */
  readonly limit: number;
  readonly suits: boolean;
  /** a knob value that suits the platform (the value itself when it suits) */
  readonly suggested: number;
  /** the controller's own default for this knob, when it has one */
  readonly controllerDefault: number | null;
}

/** Two decimals, rounded down so a suggestion never passes its limit (at least 0.01, the validators' floor). */
const round2 = (value: number) => Math.max(0.01, Math.floor(value * 100 + 1e-9) / 100);

/** Requests in flight one replica holds: in service at full load, or queued without missing the SLO, whichever is more. */
export function inFlightLimit(platform: PlatformSettings): number {
  return Math.max(platform.capacity * (platform.service_ms / 1000), platform.capacity * (platform.slo_p95_ms / 1000));
}

/** Requests in flight one replica has at full load (capacity x service time), at least 0.01: a target that suits. */
export function inFlightAtCapacity(platform: PlatformSettings): number {
  return round2(platform.capacity * (platform.service_ms / 1000));
}

function fit(kind: TargetKind, knob: string, unit: string, value: number, aimed: number, limit: number, suggested: number, controllerDefault: number | null): TargetFit {
  const suits = aimed <= limit * (1 + 1e-9);
  return { knob, kind, unit, value, aimed, limit, suits, suggested: suits ? value : suggested, controllerDefault };
}

/** Every per-replica target of a policy, with whether it suits the platform (the lesson's threshold rule has none). */
export function targetFits(config: LabPolicyConfig, platform: PlatformSettings): TargetFit[] {
  const rate = platform.capacity;
  switch (config.policy) {
    case 'threshold': return [];
    case 'target_tracking':
      return [fit('rate', 'capacity_per_server', 'requests/s one server handles at 100 %', config.capacity_per_server,
        config.capacity_per_server * config.target_utilization, rate, round2(rate), null)];
    case 'hpa':
      return config.metrics.map((metric, i) => (metric.type === 'cpu'
        ? fit('busy', `metrics[${i}].target_utilization_percent`, '% CPU', metric.target_utilization_percent, metric.target_utilization_percent, 100, metric.target_utilization_percent,
          HPA_DEFAULTS.metrics[0]?.type === 'cpu' ? HPA_DEFAULTS.metrics[0].target_utilization_percent : null)
        : fit('rate', `metrics[${i}].target_value`, 'requests/s per replica', metric.target_value, metric.target_value, rate, round2(0.7 * rate), null)));
    case 'kpa': {
      const share = config.target_utilization_percent / 100;
      return [config.metric === 'concurrency'
        ? fit('in-flight', 'target', 'requests in flight per replica', config.target, config.target * share, inFlightLimit(platform), inFlightAtCapacity(platform), KPA_DEFAULT_TARGET.concurrency)
        : fit('rate', 'target', 'requests/s per replica', config.target, config.target * share, rate, round2(rate), KPA_DEFAULT_TARGET.rps)];
    }
    case 'ray':
      return [fit('in-flight', 'target_ongoing_requests', 'requests in flight per replica', config.target_ongoing_requests, config.target_ongoing_requests,
        inFlightLimit(platform), Math.max(1, inFlightAtCapacity(platform)), RAY_DEFAULTS.target_ongoing_requests)];
    case 'sagemaker':
      return [fit('rate', 'target_value', 'invocations per instance per minute', config.target_value, config.target_value / 60, rate,
        Math.max(1, Math.round(0.6 * rate * 60)), SAGEMAKER_DEFAULTS.target_value)];
    default: return []; // the LLM-era controllers aim at the server's own gauges, not a per-replica request target
  }
}

/** The policy with every target that cannot suit the platform replaced by its suggestion (itself when all suit). */
export function fittedPolicy(config: LabPolicyConfig, platform: PlatformSettings): LabPolicyConfig {
  const misfits = targetFits(config, platform).filter((f) => !f.suits);
  if (misfits.length === 0) return config;
  const suggestion = (knob: string) => misfits.find((f) => f.knob === knob)?.suggested;
  switch (config.policy) {
    case 'threshold': return config;
    case 'target_tracking': return { ...config, capacity_per_server: suggestion('capacity_per_server') ?? config.capacity_per_server };
    case 'hpa':
      return { ...config, metrics: config.metrics.map((metric, i) => (metric.type === 'cpu' ? metric
        : { ...metric, target_value: suggestion(`metrics[${i}].target_value`) ?? metric.target_value })) };
    case 'kpa': return { ...config, target: suggestion('target') ?? config.target };
    case 'ray': return { ...config, target_ongoing_requests: suggestion('target_ongoing_requests') ?? config.target_ongoing_requests };
    case 'sagemaker': return { ...config, target_value: suggestion('target_value') ?? config.target_value };
    default: return config;
  }
}

const AIMED_UNIT: Readonly<Record<TargetKind, string>> = { 'in-flight': 'requests in flight', rate: 'requests/s', busy: '% busy' };

/** Why a target cannot suit the platform, in words, with the fix ("Set target to 1"). */
export function misfitReason(f: TargetFit, platform: PlatformSettings): string {
  const aimed = `${formatNumber(round2(f.aimed))} ${AIMED_UNIT[f.kind]} per replica`;
  const holds = f.kind === 'in-flight'
    ? `one replica serves about ${formatNumber(round2(inFlightAtCapacity(platform)))} at a time (${formatNumber(platform.capacity)} req/s x ${formatNumber(platform.service_ms)} ms) and holds at most about ${formatNumber(round2(f.limit))} before waits pass the SLO of ${formatNumber(platform.slo_p95_ms)} ms`
    : `one replica serves at most ${formatNumber(platform.capacity)} req/s`;
  return `${f.knob} ${formatNumber(f.value)} aims at ${aimed}, but ${holds}, so it adds a replica only once a queue has built up.`;
}
