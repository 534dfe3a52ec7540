/**
 * Knative KPA in the Lab's JSON: defaults, knob docs and the validator.
 * Defaults and ranges from knative/serving `pkg/autoscaler/config/config.go` (defaultConfig, validate) and the
 * per-revision annotations of `pkg/apis/autoscaling` (panic threshold 110-1000 %, window 6 s - 1 h).
 */
import type { Result, ValidationError } from '../lesson/validate';
import {
  LAB_MAX_REPLICAS, booleanField, checkKeys, checkTopLevel, choiceField, numberField,
} from './configCheck';
import type { KnobDoc, KpaConfig } from './types';

/** Default targets per metric: container-concurrency-target-default and requests-per-second-target-default. */
export const KPA_DEFAULT_TARGET = { concurrency: 100, rps: 200 } as const;

export const KPA_DEFAULTS: KpaConfig = {
  policy: 'kpa',
  min_scale: 0,
  max_scale: 0,
  initial_scale: 1,
  metric: 'concurrency',
  target: KPA_DEFAULT_TARGET.concurrency,
  target_utilization_percent: 70,
  stable_window_s: 60,
  panic_window_percent: 10,
  panic_threshold_percent: 200,
  max_scale_up_rate: 1000,
  max_scale_down_rate: 2,
  scale_to_zero_grace_period_s: 30,
  scale_down_delay_s: 0,
  enable_scale_to_zero: true,
  tick_s: 2,
};

const A = 'autoscaling.knative.dev/';
export const KPA_KNOBS: readonly KnobDoc[] = [
  { key: 'min_scale', native: `${A}min-scale`, default: 0, min: 0, max: LAB_MAX_REPLICAS, step: 1, doc: 'The fewest pods; 0 lets the revision scale to zero.' },
  { key: 'max_scale', native: `${A}max-scale`, default: 0, min: 0, max: LAB_MAX_REPLICAS, step: 1, doc: `The most pods; 0 means unbounded (the Lab caps at ${LAB_MAX_REPLICAS}).` },
  { key: 'initial_scale', native: `${A}initial-scale`, default: 1, min: 0, max: LAB_MAX_REPLICAS, step: 1, doc: 'Pods the revision must reach once before the autoscaler may go lower; 0 needs the cluster setting allow-zero-initial-scale.' },
  { key: 'metric', native: `${A}metric`, default: 'concurrency', choices: ['concurrency', 'rps'], doc: 'concurrency: requests in flight per pod (the activator\'s buffered ones count); rps: requests per second per pod.' },
  { key: 'target', native: `${A}target`, default: 100, min: 0.01, doc: 'Per-pod target before utilization: 100 concurrent (container-concurrency-target-default) or 200 rps (requests-per-second-target-default). These defaults suit web servers; a model server that serves one request at a time (capacity x service time = 1) needs a target near 1, or it waits for a long queue before it adds a pod.' },
  { key: 'target_utilization_percent', native: `${A}target-utilization-percentage`, default: 70, unit: '%', min: 1, max: 100, step: 1, doc: 'The share of the target the autoscaler aims for: 100 x 70 % = 70 concurrent per pod.' },
  { key: 'stable_window_s', native: `${A}window`, default: 60, unit: 's', min: 6, max: 3600, step: 1, doc: 'The stable window the metric is averaged over; also how long panic lasts after the last surge.' },
  { key: 'panic_window_percent', native: `${A}panic-window-percentage`, default: 10, unit: '%', min: 1, max: 100, step: 1, doc: 'The panic window as a share of the stable window (10 % of 60 s = 6 s).' },
  { key: 'panic_threshold_percent', native: `${A}panic-threshold-percentage`, default: 200, unit: '%', min: 110, max: 1000, step: 1, doc: 'Panic when the panic window wants this share of the ready pods or more.' },
  { key: 'max_scale_up_rate', native: 'max-scale-up-rate (config-autoscaler)', default: 1000, min: 1.01, doc: 'At most this many times the ready pods after one decision.' },
  { key: 'max_scale_down_rate', native: 'max-scale-down-rate (config-autoscaler)', default: 2, min: 1.01, doc: 'At least ready / this many pods after one decision (2: at most halve).' },
  { key: 'scale_to_zero_grace_period_s', native: 'scale-to-zero-grace-period (config-autoscaler)', default: 30, unit: 's', min: 1, max: 3600, step: 1, doc: 'How long the last pod stays after the autoscaler first wants zero.' },
  { key: 'scale_down_delay_s', native: `${A}scale-down-delay`, default: 0, unit: 's', min: 0, max: 3600, step: 1, doc: 'Scale down only to the highest count wanted over this many seconds.' },
  { key: 'enable_scale_to_zero', native: 'enable-scale-to-zero (config-autoscaler)', default: true, choices: ['true', 'false'], doc: 'false keeps at least one pod even with min-scale 0.' },
  { key: 'tick_s', native: 'the autoscaler\'s tickInterval', default: 2, unit: 's', min: 1, max: 60, step: 1, doc: 'Seconds between two decisions.' },
];

const KEYS = ['policy', ...KPA_KNOBS.map((knob) => knob.key)];

/** Validates the Lab's KPA JSON; the default `target` follows the metric (100 concurrent, 200 rps). */
export function validateKpaConfig(input: unknown): Result<KpaConfig> {
  const errors: ValidationError[] = [];
  const raw = checkTopLevel(errors, input, 'kpa', '{"policy": "kpa", "metric": "concurrency", "target": 100}');
  if (raw === undefined) return { ok: false, errors };
  checkKeys(errors, raw, KEYS, '');
  const d = KPA_DEFAULTS;
  const scale = (what: string) => ({ integer: true, min: 0, max: LAB_MAX_REPLICAS, what });
  const minScale = numberField(errors, raw, 'min_scale', '', scale(`a whole number of pods from 0 to ${LAB_MAX_REPLICAS}`), d.min_scale);
  const maxScale = numberField(errors, raw, 'max_scale', '', scale(`a whole number of pods, 0 for unbounded, at most ${LAB_MAX_REPLICAS}`), d.max_scale);
  if (minScale !== undefined && maxScale !== undefined && maxScale > 0 && minScale > maxScale) {
    errors.push({ path: 'min_scale', message: `min_scale (${minScale}) is greater than max_scale (${maxScale})`, hint: `they look swapped: try "min_scale": ${maxScale}, "max_scale": ${minScale}` });
  }
  const initial = numberField(errors, raw, 'initial_scale', '', scale(`a whole number of pods from 0 to ${LAB_MAX_REPLICAS}`), Math.max(d.initial_scale, minScale ?? 0));
  if (initial !== undefined && minScale !== undefined && maxScale !== undefined && (minScale <= maxScale || maxScale === 0)) {
    const upper = maxScale === 0 ? LAB_MAX_REPLICAS : maxScale;
    if (initial < minScale || initial > upper) {
      errors.push({ path: 'initial_scale', message: `initial_scale (${initial}) must be between min_scale (${minScale}) and max_scale (${upper})`, hint: `try ${Math.min(Math.max(initial, minScale), upper)}` });
    }
  }
  const metric = choiceField(errors, raw, 'metric', '', ['concurrency', 'rps'] as const, d.metric);
  const target = numberField(errors, raw, 'target', '', { min: 0.01, max: 1e6, what: 'a per-pod target of at least 0.01, e.g. 100 concurrent or 200 rps' }, KPA_DEFAULT_TARGET[metric ?? 'concurrency']);
  const utilization = numberField(errors, raw, 'target_utilization_percent', '', { min: 1, max: 100, what: 'a percent from 1 to 100, e.g. 70' }, d.target_utilization_percent);
  const stable = numberField(errors, raw, 'stable_window_s', '', { integer: true, min: 6, max: 3600, what: 'whole seconds from 6 to 3600 (6 s .. 1 h)' }, d.stable_window_s);
  const panicWindow = numberField(errors, raw, 'panic_window_percent', '', { min: 1, max: 100, what: 'a percent of the stable window from 1 to 100' }, d.panic_window_percent);
  const panicThreshold = numberField(errors, raw, 'panic_threshold_percent', '', { min: 110, max: 1000, what: 'a percent from 110 to 1000, e.g. 200' }, d.panic_threshold_percent);
  const up = numberField(errors, raw, 'max_scale_up_rate', '', { min: 1, minExclusive: true, max: 1e6, what: 'a rate above 1, e.g. 1000' }, d.max_scale_up_rate);
  const down = numberField(errors, raw, 'max_scale_down_rate', '', { min: 1, minExclusive: true, max: 1e6, what: 'a rate above 1, e.g. 2' }, d.max_scale_down_rate);
  const grace = numberField(errors, raw, 'scale_to_zero_grace_period_s', '', { integer: true, min: 0, minExclusive: true, max: 3600, what: 'whole seconds above 0, e.g. 30' }, d.scale_to_zero_grace_period_s);
  const delay = numberField(errors, raw, 'scale_down_delay_s', '', { integer: true, min: 0, max: 3600, what: 'whole seconds from 0 to 3600' }, d.scale_down_delay_s);
  const toZero = booleanField(errors, raw, 'enable_scale_to_zero', '', d.enable_scale_to_zero);
  const tick = numberField(errors, raw, 'tick_s', '', { integer: true, min: 1, max: 60, what: 'whole seconds from 1 to 60 (Knative ticks every 2)' }, d.tick_s);
  if (errors.length > 0 || minScale === undefined || maxScale === undefined || initial === undefined || metric === undefined || target === undefined
    || utilization === undefined || stable === undefined || panicWindow === undefined || panicThreshold === undefined || up === undefined
    || down === undefined || grace === undefined || delay === undefined || toZero === undefined || tick === undefined) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    value: {
      policy: 'kpa', min_scale: minScale, max_scale: maxScale, initial_scale: initial, metric, target, target_utilization_percent: utilization,
      stable_window_s: stable, panic_window_percent: panicWindow, panic_threshold_percent: panicThreshold, max_scale_up_rate: up,
      max_scale_down_rate: down, scale_to_zero_grace_period_s: grace, scale_down_delay_s: delay, enable_scale_to_zero: toZero, tick_s: tick,
    },
  };
}
