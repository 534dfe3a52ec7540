/**
 * What AIBrix's two PodAutoscaler strategies share (vllm-project/aibrix `pkg/controller/podautoscaler/`, read at commit
 * e3e10f9): the defaults of `context/context.go` (NewBaseScalingContext), the metrics client's windows
 * (`metrics/client.go`: each scrape stores the MEAN of the per-pod values; stable window 180 s, panic window 60 s),
 * `podautoscaler_controller.go` (computeScaleDecision: bounds first, then the algorithm, then stabilizeRecommendation,
 * then [min, max]; DefaultResyncInterval 10 s) and the validator of the Lab's JSON for both.
 *
 * stabilizeRecommendation keeps every recommendation with its time; a scale-up takes the HIGHEST within the scale-up
 * cooldown window (0 s: none, so the recommendation itself), a scale-down the LOWEST within the scale-down cooldown
 * window (300 s). That is the opposite of the HPA's scale-down stabilization (which keeps the highest): in AIBrix the
 * 300 s window does not delay a scale-down, it lets it go to the lowest count recommended in the last five minutes.
 */
import { formatNumber } from '../format';
import type { Result, ValidationError } from '../lesson/validate';
import { LAB_MAX_REPLICAS, checkInitial, checkKeys, checkMinMax, checkTopLevel, describeValue, numberField } from './configCheck';
import { signalNamed, signalPodMeanWhileReported } from './signals';
import type { AibrixKnobs, KnobDoc, MetricHistory } from './types';

export const AIBRIX_SOURCE = 'vllm-project/aibrix pkg/controller/podautoscaler/ at commit e3e10f9 (2026-08): context/context.go (NewBaseScalingContext defaults, annotation parsers), metrics/client.go (UpdateMetrics, GetMetricValue, DefaultStableWindowDuration, DefaultPanicWindowDuration), podautoscaler_controller.go (computeScaleDecision, stabilizeRecommendation, DefaultResyncInterval)';

export const AIBRIX_KNOB_DEFAULTS: AibrixKnobs = {
  min_replicas: 1,
  max_replicas: 8,
  initial_replicas: 1,
  target_metric: 'gpu_cache_usage_perc',
  target_value: 0.5,
  max_scale_up_rate: 2,
  max_scale_down_rate: 2,
  scale_up_tolerance: 0.1,
  scale_down_tolerance: 0.1,
  scale_up_cooldown_window_s: 0,
  scale_down_cooldown_window_s: 300,
  stable_window_s: 180,
  reconcile_interval_s: 10,
};

const A = 'autoscaling.aibrix.ai/';

export const AIBRIX_KNOBS: readonly KnobDoc[] = [
  { key: 'min_replicas', native: 'spec.minReplicas', default: 1, min: 0, max: LAB_MAX_REPLICAS, step: 1, doc: 'The fewest replicas.' },
  { key: 'max_replicas', native: 'spec.maxReplicas', default: 8, min: 1, max: LAB_MAX_REPLICAS, step: 1, doc: 'The most replicas (AIBrix\'s samples use 8).' },
  { key: 'initial_replicas', native: 'the Deployment\'s spec.replicas', default: 1, min: 0, max: LAB_MAX_REPLICAS, step: 1, doc: 'Replicas at the start.' },
  { key: 'target_metric', native: 'spec.metricsSources[].targetMetric', default: 'gpu_cache_usage_perc', choices: ['gpu_cache_usage_perc', 'kv_cache_usage_perc', 'num_requests_waiting', 'num_requests_running'], doc: 'The metric each pod reports: gpu_cache_usage_perc / kv_cache_usage_perc (KV-cache usage 0-1), num_requests_waiting, num_requests_running, or another name read as requests per second.' },
  { key: 'target_value', native: 'spec.metricsSources[].targetValue', default: 0.5, min: 0.001, doc: 'The value per pod to keep (AIBrix\'s samples: KV-cache usage 0.5).' },
  { key: 'max_scale_up_rate', native: `${A}max-scale-up-rate`, default: 2, min: 1, max: 1000, step: 0.1, doc: 'At most this many times the current count in one step.' },
  { key: 'max_scale_down_rate', native: `${A}max-scale-down-rate`, default: 2, min: 1, max: 1000, step: 0.1, doc: 'At least the current count divided by this after one step.' },
  { key: 'scale_up_tolerance', native: `${A}scale-up-tolerance`, default: 0.1, min: 0, max: 10, step: 0.05, doc: 'No scale-up while the metric is within this share above target.' },
  { key: 'scale_down_tolerance', native: `${A}scale-down-tolerance`, default: 0.1, min: 0, max: 0.99, step: 0.05, doc: 'No scale-down while the metric is within this share below target.' },
  { key: 'scale_up_cooldown_window_s', native: `${A}scale-up-cooldown-window`, default: 0, unit: 's', min: 0, max: 3600, step: 1, doc: 'A scale-up goes to the highest count recommended within this window.' },
  { key: 'scale_down_cooldown_window_s', native: `${A}scale-down-cooldown-window`, default: 300, unit: 's', min: 0, max: 3600, step: 1, doc: 'A scale-down goes to the LOWEST count recommended within this window (the source selects the minimum).' },
  { key: 'stable_window_s', native: 'DefaultStableWindowDuration (metrics/client.go)', default: 180, unit: 's', min: 1, max: 3600, step: 1, doc: 'Seconds the per-pod mean is averaged over (the value APA acts on, KPA\'s stable value).' },
  { key: 'reconcile_interval_s', native: 'DefaultResyncInterval (podautoscaler_controller.go)', default: 10, unit: 's', min: 1, max: 600, step: 1, doc: 'Seconds between decisions.' },
];

export const AIBRIX_KPA_EXTRA_KNOBS: readonly KnobDoc[] = [
  { key: 'panic_window_s', native: 'DefaultPanicWindowDuration (metrics/client.go)', default: 60, unit: 's', min: 1, max: 3600, step: 1, doc: 'Seconds the panic value is averaged over.' },
  { key: 'panic_threshold', native: `${A}panic-threshold`, default: 2, min: 1, max: 100, step: 0.1, doc: 'Panic when the panic value is more than this many times the stable value (or the stable value is 0).' },
];

/**
 * The per-pod value the metrics client holds for the window ending with second t: the mean over the seconds in which a
 * pod reported of the mean over pods (a vLLM gauge by its AIBrix name, or requests per second per pod for another
 * name). Undefined when no pod reported in the window (the window is empty: the controller cannot decide).
 */
export function aibrixMetric(history: MetricHistory, targetMetric: string, t: number, seconds: number): number | undefined {
  const signal = signalNamed(targetMetric);
  if (signal !== undefined) return signalPodMeanWhileReported(history, signal, t, seconds);
  const start = Math.max(0, t + 1 - Math.max(1, Math.round(seconds)));
  let total = 0;
  let count = 0;
  for (let k = start; k <= t; k++) {
    const ready = history.cumReady[k + 1]! - history.cumReady[k]!;
    if (ready <= 0) continue;
    total += (history.cumArrivals[k + 1]! - history.cumArrivals[k]!) / ready;
    count++;
  }
  return count === 0 ? undefined : total / count;
}

export interface AibrixRecommendation {
  readonly t: number;
  readonly replicas: number;
}

/** `stabilizeRecommendation` and `cleanOldRecommendations`, pure: the stabilized count and the history kept. */
export function stabilizeRecommendation(
  history: readonly AibrixRecommendation[], now: number, recommendation: number, current: number, upWindowS: number, downWindowS: number,
): { readonly replicas: number; readonly history: readonly AibrixRecommendation[] } {
  const all = [...history, { t: now, replicas: recommendation }];
  const kept = all.filter((rec) => rec.t > now - Math.max(upWindowS, downWindowS));
  if (recommendation === current) return { replicas: current, history: kept };
  const selectMax = recommendation > current;
  const cutoff = now - (selectMax ? upWindowS : downWindowS);
  let stabilized: number | undefined;
  for (const rec of kept) {
    if (rec.t <= cutoff) continue;
    if (stabilized === undefined || (selectMax ? rec.replicas > stabilized : rec.replicas < stabilized)) stabilized = rec.replicas;
  }
  return { replicas: stabilized ?? recommendation, history: kept };
}

/** What computeScaleDecision does before the algorithm: outside [min, max] the count is brought back first. */
export function aibrixBounds(knobs: AibrixKnobs, current: number): number | undefined {
  if (current > knobs.max_replicas) return knobs.max_replicas;
  if (current < knobs.min_replicas) return knobs.min_replicas;
  return undefined;
}

export function describeAibrixMetric(knobs: AibrixKnobs): string {
  return signalNamed(knobs.target_metric) !== undefined ? knobs.target_metric : `${knobs.target_metric} (read as requests/s per pod)`;
}

export function round2(value: number): string {
  return formatNumber(Math.round(value * 100) / 100);
}

/** Checks the knobs both strategies share; `extra` are the KPA's. */
export function validateAibrixKnobs(
  errors: ValidationError[], input: unknown, kind: 'aibrix-apa' | 'aibrix-kpa', extraKeys: readonly string[],
): { raw: Readonly<Record<string, unknown>>; knobs: AibrixKnobs } | undefined {
  const raw = checkTopLevel(errors, input, kind, `{"policy": "${kind}", "target_metric": "gpu_cache_usage_perc", "target_value": 0.5, "max_replicas": 8}`);
  if (raw === undefined) return undefined;
  checkKeys(errors, raw, ['policy', ...AIBRIX_KNOBS.map((knob) => knob.key), ...extraKeys], '');
  const d = AIBRIX_KNOB_DEFAULTS;
  const count = (what: string, min: number) => ({ integer: true, min, max: LAB_MAX_REPLICAS, what });
  const min = numberField(errors, raw, 'min_replicas', '', count(`a whole number of replicas from 0 to ${LAB_MAX_REPLICAS}`, 0), d.min_replicas);
  const max = numberField(errors, raw, 'max_replicas', '', count(`a whole number of replicas from 1 to ${LAB_MAX_REPLICAS}`, 1), Math.max(d.max_replicas, min ?? 1));
  const ordered = checkMinMax(errors, 'min_replicas', min, 'max_replicas', max);
  const initial = numberField(errors, raw, 'initial_replicas', '', count('a whole number of replicas between min_replicas and max_replicas', 0), Math.max(1, min ?? d.min_replicas));
  if (ordered && min !== undefined && max !== undefined) checkInitial(errors, 'initial_replicas', initial, min, max, 'min_replicas', 'max_replicas');
  let metric: string | undefined = d.target_metric;
  if ('target_metric' in raw && raw.target_metric !== undefined) {
    if (typeof raw.target_metric === 'string' && raw.target_metric.trim() !== '') metric = raw.target_metric.trim();
    else { errors.push({ path: 'target_metric', message: `target_metric must be a metric name, got ${describeValue(raw.target_metric)}`, hint: 'e.g. "gpu_cache_usage_perc"' }); metric = undefined; }
  }
  const target = numberField(errors, raw, 'target_value', '', { min: 0, minExclusive: true, max: 1e9, what: 'a value per pod above 0, e.g. 0.5 for KV-cache usage' }, d.target_value);
  const rate = (what: string) => ({ min: 1, max: 1000, what });
  const up = numberField(errors, raw, 'max_scale_up_rate', '', rate('a factor from 1, e.g. 2 (double at most)'), d.max_scale_up_rate);
  const down = numberField(errors, raw, 'max_scale_down_rate', '', rate('a factor from 1, e.g. 2 (halve at most)'), d.max_scale_down_rate);
  const upTol = numberField(errors, raw, 'scale_up_tolerance', '', { min: 0, max: 10, what: 'a share from 0, e.g. 0.1' }, d.scale_up_tolerance);
  const downTol = numberField(errors, raw, 'scale_down_tolerance', '', { min: 0, max: 0.99, what: 'a share from 0 to 0.99, e.g. 0.1' }, d.scale_down_tolerance);
  const seconds = (max: number, example: number) => ({ integer: true, min: 0, max, what: `whole seconds from 0 to ${max}, e.g. ${example}` });
  const upWindow = numberField(errors, raw, 'scale_up_cooldown_window_s', '', seconds(3600, 0), d.scale_up_cooldown_window_s);
  const downWindow = numberField(errors, raw, 'scale_down_cooldown_window_s', '', seconds(3600, 300), d.scale_down_cooldown_window_s);
  const stable = numberField(errors, raw, 'stable_window_s', '', { integer: true, min: 1, max: 3600, what: 'whole seconds from 1 to 3600, e.g. 180' }, d.stable_window_s);
  const interval = numberField(errors, raw, 'reconcile_interval_s', '', { integer: true, min: 1, max: 600, what: 'whole seconds from 1 to 600, e.g. 10' }, d.reconcile_interval_s);
  if (min === undefined || max === undefined || initial === undefined || metric === undefined || target === undefined || up === undefined
    || down === undefined || upTol === undefined || downTol === undefined || upWindow === undefined || downWindow === undefined
    || stable === undefined || interval === undefined) return undefined;
  return {
    raw,
    knobs: {
      min_replicas: min, max_replicas: max, initial_replicas: initial, target_metric: metric, target_value: target,
      max_scale_up_rate: up, max_scale_down_rate: down, scale_up_tolerance: upTol, scale_down_tolerance: downTol,
      scale_up_cooldown_window_s: upWindow, scale_down_cooldown_window_s: downWindow, stable_window_s: stable, reconcile_interval_s: interval,
    },
  };
}

export function invalid<C>(errors: ValidationError[]): Result<C> {
  return { ok: false, errors };
}
