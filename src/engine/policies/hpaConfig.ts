/**
 * Kubernetes HPA (autoscaling/v2) in the Lab's JSON: defaults, knob docs and the validator.
 * Defaults from kubernetes/kubernetes: `pkg/apis/autoscaling/v2/defaults.go` (behavior rules, CPU 80 % when no metric),
 * `pkg/controller/podautoscaler/config/v1alpha1/defaults.go` (15 s sync, 0.1 tolerance, 300 s downscale stabilization).
 */
import type { Result, ValidationError } from '../lesson/validate';
import {
  LAB_MAX_REPLICAS, checkChoice, checkInitial, checkKeys, checkMinMax, checkNumber, checkTopLevel, choiceField,
  isPlainObject, joinPath, numberField, describeValue, type PlainObject,
} from './configCheck';
import { checkKedaActivation } from './kedaConfig';
import type { HpaConfig, HpaMetric, HpaScalingRule, KnobDoc } from './types';

/** The API server's default scale-up rule (filled in when spec.behavior is present). */
export const HPA_DEFAULT_SCALE_UP: HpaScalingRule = {
  stabilization_window_s: 0,
  select_policy: 'Max',
  policies: [{ type: 'Pods', value: 4, period_s: 15 }, { type: 'Percent', value: 100, period_s: 15 }],
};

/** The default scale-down rule; its window is the controller's --horizontal-pod-autoscaler-downscale-stabilization. */
export const HPA_DEFAULT_SCALE_DOWN: HpaScalingRule = {
  stabilization_window_s: 300,
  select_policy: 'Max',
  policies: [{ type: 'Percent', value: 100, period_s: 15 }],
};

/** The controller's older path (no spec.behavior): scale-up at most max(2 x current, 4) per sync. */
export const HPA_SCALE_UP_LIMIT_FACTOR = 2;
export const HPA_SCALE_UP_LIMIT_MINIMUM = 4;
/** --horizontal-pod-autoscaler-downscale-stabilization, used on the older path. */
export const HPA_DOWNSCALE_STABILIZATION_S = 300;

/** max_replicas is required by the API; 10 is the Lab's example value. behavior is absent: the controller's older path. */
export const HPA_DEFAULTS: HpaConfig = {
  policy: 'hpa',
  min_replicas: 1,
  max_replicas: 10,
  initial_replicas: 1,
  metrics: [{ type: 'cpu', target_utilization_percent: 80 }],
  tolerance: 0.1,
  sync_period_s: 15,
};

export const HPA_KNOBS: readonly KnobDoc[] = [
  { key: 'min_replicas', native: 'spec.minReplicas', default: 1, min: 1, max: LAB_MAX_REPLICAS, step: 1, doc: 'The fewest replicas the HPA keeps (scale to zero needs the HPAScaleToZero alpha gate).' },
  { key: 'max_replicas', native: 'spec.maxReplicas', default: 10, required: true, min: 1, max: LAB_MAX_REPLICAS, step: 1, doc: 'The most replicas the HPA sets; required by the API (10 is the Lab\'s example).' },
  { key: 'initial_replicas', native: 'Deployment spec.replicas', default: 1, min: 1, max: LAB_MAX_REPLICAS, step: 1, doc: 'Replicas at the start of the run (default min_replicas).' },
  { key: 'metrics', native: 'spec.metrics', default: 'Resource cpu, averageUtilization 80', doc: 'Each metric proposes a replica count; the largest proposal wins. Pods/Object/External read as requests per second per pod (target_type "value" on an Object/External metric: the whole value against target_value, as the manifest\'s type: Value), cpu as busy share of capacity.' },
  { key: 'tolerance', native: '--horizontal-pod-autoscaler-tolerance', default: 0.1, min: 0, max: 0.99, step: 0.01, doc: 'A ratio within 1 ± tolerance keeps the current count.' },
  { key: 'sync_period_s', native: '--horizontal-pod-autoscaler-sync-period', default: 15, unit: 's', min: 1, max: 300, step: 1, doc: 'Seconds between two reconciliations; the metric is averaged over the same span.' },
  { key: 'behavior', native: 'spec.behavior', default: null, doc: 'Absent: the older path (scale-up at most max(2 x current, 4) per sync, 300 s down window). Present, even {}: the rules below, missing ones defaulted.' },
  { key: 'behavior.scale_up.stabilization_window_s', native: 'behavior.scaleUp.stabilizationWindowSeconds', default: 0, unit: 's', min: 0, max: 3600, step: 1, doc: 'Scale up only to the lowest recommendation seen in this window.' },
  { key: 'behavior.scale_up.select_policy', native: 'behavior.scaleUp.selectPolicy', default: 'Max', choices: ['Max', 'Min', 'Disabled'], doc: 'Max: the policy allowing the biggest change wins; Min: the smallest; Disabled: no scale-up.' },
  { key: 'behavior.scale_up.policies', native: 'behavior.scaleUp.policies', default: 'Pods 4 / 15 s, Percent 100 / 15 s', doc: 'Each allows, over its periodSeconds, at most value pods (Pods) or value % more (Percent) than at the period\'s start.' },
  { key: 'behavior.scale_down.stabilization_window_s', native: 'behavior.scaleDown.stabilizationWindowSeconds', default: 300, unit: 's', min: 0, max: 3600, step: 1, doc: 'Scale down only to the highest recommendation seen in this window.' },
  { key: 'behavior.scale_down.select_policy', native: 'behavior.scaleDown.selectPolicy', default: 'Max', choices: ['Max', 'Min', 'Disabled'], doc: 'Max: the policy allowing the biggest change wins; Min: the smallest; Disabled: no scale-down.' },
  { key: 'behavior.scale_down.policies', native: 'behavior.scaleDown.policies', default: 'Percent 100 / 15 s', doc: 'Each allows, over its periodSeconds, at most value pods (Pods) or value % fewer (Percent) than at the period\'s start.' },
];

const TOP_KEYS = ['policy', 'min_replicas', 'max_replicas', 'initial_replicas', 'metrics', 'tolerance', 'sync_period_s', 'behavior', 'keda'] as const;
const RULE_KEYS = ['stabilization_window_s', 'select_policy', 'policies'] as const;
const POLICY_KEYS = ['type', 'value', 'period_s'] as const;
const METRIC_TYPES = ['cpu', 'pods', 'object', 'external'] as const;
const REPLICAS = { integer: true, min: 1, max: LAB_MAX_REPLICAS, what: `a whole number of replicas from 1 to ${LAB_MAX_REPLICAS}` };

function checkMetric(errors: ValidationError[], value: unknown, path: string): HpaMetric | undefined {
  if (!isPlainObject(value)) {
    errors.push({ path, message: `${path} must be an object, got ${describeValue(value)}`, hint: 'e.g. {"type": "pods", "target_value": 100} or {"type": "cpu", "target_utilization_percent": 80}' });
    return undefined;
  }
  const type = checkChoice(errors, joinPath(path, 'type'), value.type, METRIC_TYPES);
  if (type === undefined) return undefined;
  if (type === 'cpu') {
    checkKeys(errors, value, ['type', 'target_utilization_percent'], path);
    const target = numberField(errors, value, 'target_utilization_percent', path, { min: 0, minExclusive: true, max: 100, what: 'a percent of CPU above 0 and at most 100, e.g. 80' }, 80);
    return target === undefined ? undefined : { type, target_utilization_percent: target };
  }
  checkKeys(errors, value, type === 'pods' ? ['type', 'target_value', 'name'] : ['type', 'target_value', 'name', 'target_type', 'activation_threshold'], path);
  const targetType = type === 'pods' ? undefined : choiceField(errors, value, 'target_type', path, ['average_value', 'value'] as const, 'average_value');
  if (!('target_value' in value)) {
    errors.push({ path: joinPath(path, 'target_value'), message: `${joinPath(path, 'target_value')} is required for a ${type} metric`, hint: 'give the requests per second per pod to aim for, e.g. 100' });
    return undefined;
  }
  const target = checkNumber(errors, joinPath(path, 'target_value'), value.target_value, { min: 0, minExclusive: true, max: 1e9, what: 'requests per second per pod, above 0' });
  let name: string | undefined;
  if ('name' in value && value.name !== undefined) {
    if (typeof value.name === 'string' && value.name.trim() !== '') name = value.name;
    else errors.push({ path: joinPath(path, 'name'), message: `${joinPath(path, 'name')} must be a metric name, got ${describeValue(value.name)}`, hint: 'e.g. "requests_per_second"' });
  }
  const activation = type === 'pods' ? Number.NaN : numberField(errors, value, 'activation_threshold', path, { min: -1e9, max: 1e9, what: 'the value above which KEDA activates, e.g. 0' }, Number.NaN);
  if (target === undefined || activation === undefined || (type !== 'pods' && targetType === undefined)) return undefined;
  const metric: HpaMetric = name === undefined ? { type, target_value: target } : { type, target_value: target, name };
  const typed: HpaMetric = targetType === 'value' ? { ...metric, target_type: 'value' } : metric;
  return Number.isNaN(activation) ? typed : { ...typed, activation_threshold: activation };
}

function checkRule(errors: ValidationError[], value: unknown, path: string, fallback: HpaScalingRule): HpaScalingRule | undefined {
  if (value === undefined) return fallback;
  if (!isPlainObject(value)) {
    errors.push({ path, message: `${path} must be an object, got ${describeValue(value)}`, hint: 'e.g. {"stabilization_window_s": 300}, or leave it out for the defaults' });
    return undefined;
  }
  checkKeys(errors, value, RULE_KEYS, path);
  const window = numberField(errors, value, 'stabilization_window_s', path, { integer: true, min: 0, max: 3600, what: 'whole seconds from 0 to 3600' }, fallback.stabilization_window_s);
  const select = choiceField(errors, value, 'select_policy', path, ['Max', 'Min', 'Disabled'] as const, fallback.select_policy);
  let policies: HpaScalingRule['policies'] | undefined = fallback.policies;
  if ('policies' in value && value.policies !== undefined) {
    const listPath = joinPath(path, 'policies');
    const list = value.policies;
    if (!Array.isArray(list) || list.length === 0) {
      errors.push({ path: listPath, message: `${listPath} must be a non-empty list, got ${describeValue(list)}`, hint: 'e.g. [{"type": "Pods", "value": 4, "period_s": 15}], or leave it out for the defaults' });
      policies = undefined;
    } else {
      const checked = list.map((item: unknown, i) => {
        const itemPath = joinPath(listPath, i);
        if (!isPlainObject(item)) {
          errors.push({ path: itemPath, message: `${itemPath} must be an object, got ${describeValue(item)}`, hint: '{"type": "Percent", "value": 100, "period_s": 15}' });
          return undefined;
        }
        return checkRatePolicy(errors, item, itemPath);
      });
      policies = checked.every((p) => p !== undefined) ? checked as HpaScalingRule['policies'] : undefined;
    }
  }
  if (window === undefined || select === undefined || policies === undefined) return undefined;
  return { stabilization_window_s: window, select_policy: select, policies };
}

function checkRatePolicy(errors: ValidationError[], item: PlainObject, path: string): HpaScalingRule['policies'][number] | undefined {
  checkKeys(errors, item, POLICY_KEYS, path);
  for (const key of POLICY_KEYS) {
    if (!(key in item)) errors.push({ path: joinPath(path, key), message: `${joinPath(path, key)} is required`, hint: '{"type": "Pods", "value": 4, "period_s": 15}' });
  }
  const type = 'type' in item ? checkChoice(errors, joinPath(path, 'type'), item.type, ['Pods', 'Percent'] as const) : undefined;
  const value = 'value' in item ? checkNumber(errors, joinPath(path, 'value'), item.value, { integer: true, min: 0, minExclusive: true, max: 100000, what: 'a whole number above 0 (pods, or percent)' }) : undefined;
  const period = 'period_s' in item ? checkNumber(errors, joinPath(path, 'period_s'), item.period_s, { integer: true, min: 0, minExclusive: true, max: 1800, what: 'whole seconds from 1 to 1800' }) : undefined;
  if (type === undefined || value === undefined || period === undefined) return undefined;
  return { type, value, period_s: period };
}

/**
 * Validates the Lab's HPA JSON. Absent keys take HPA_DEFAULTS; a present `behavior` (even {}) gets every rule filled
 * with the API defaults, as the API server does, so the result names the rules in force.
 */
export function validateHpaConfig(input: unknown): Result<HpaConfig> {
  const errors: ValidationError[] = [];
  const raw = checkTopLevel(errors, input, 'hpa', '{"policy": "hpa", "max_replicas": 10, "metrics": [{"type": "pods", "target_value": 100}]}');
  if (raw === undefined) return { ok: false, errors };
  checkKeys(errors, raw, TOP_KEYS, '');
  const keda = checkKedaActivation(errors, raw.keda);
  const min = numberField(errors, raw, 'min_replicas', '', raw.keda !== undefined ? { ...REPLICAS, min: 0, what: `a whole number of replicas from 0 to ${LAB_MAX_REPLICAS} (0: KEDA activates from zero)` } : { ...REPLICAS, what: `a whole number of replicas from 1 to ${LAB_MAX_REPLICAS} (minReplicas 0 needs the HPAScaleToZero alpha gate, which the Lab does not model)` }, HPA_DEFAULTS.min_replicas);
  const max = numberField(errors, raw, 'max_replicas', '', REPLICAS, Math.max(HPA_DEFAULTS.max_replicas, min ?? 1));
  const ordered = checkMinMax(errors, 'min_replicas', min, 'max_replicas', max);
  const initial = numberField(errors, raw, 'initial_replicas', '', raw.keda !== undefined ? { ...REPLICAS, min: 0 } : REPLICAS, min ?? HPA_DEFAULTS.min_replicas);
  if (ordered && min !== undefined && max !== undefined) checkInitial(errors, 'initial_replicas', initial, min, max, 'min_replicas', 'max_replicas');
  const tolerance = numberField(errors, raw, 'tolerance', '', { min: 0, max: 0.99, what: 'a decimal from 0 to 0.99, e.g. 0.1 for 10 %' }, HPA_DEFAULTS.tolerance);
  const sync = numberField(errors, raw, 'sync_period_s', '', { integer: true, min: 1, max: 300, what: 'whole seconds from 1 to 300 (the controller default is 15)' }, HPA_DEFAULTS.sync_period_s);

  let metrics: readonly HpaMetric[] | undefined = HPA_DEFAULTS.metrics;
  if ('metrics' in raw && raw.metrics !== undefined) {
    if (!Array.isArray(raw.metrics)) {
      errors.push({ path: 'metrics', message: `metrics must be a list, got ${describeValue(raw.metrics)}`, hint: '[{"type": "pods", "target_value": 100}]' });
      metrics = undefined;
    } else if (raw.metrics.length > 0) {
      const checked = raw.metrics.map((metric: unknown, i) => checkMetric(errors, metric, joinPath('metrics', i)));
      metrics = checked.every((m) => m !== undefined) ? checked as HpaMetric[] : undefined;
    }
  }

  let behavior: HpaConfig['behavior'];
  let behaviorOk = true;
  if ('behavior' in raw && raw.behavior !== undefined) {
    const b = raw.behavior;
    if (!isPlainObject(b)) {
      errors.push({ path: 'behavior', message: `behavior must be an object, got ${describeValue(b)}`, hint: 'use {} for the default rules, or leave it out for the older path' });
      behaviorOk = false;
    } else {
      checkKeys(errors, b, ['scale_up', 'scale_down'], 'behavior');
      const up = checkRule(errors, b.scale_up, 'behavior.scale_up', HPA_DEFAULT_SCALE_UP);
      const down = checkRule(errors, b.scale_down, 'behavior.scale_down', HPA_DEFAULT_SCALE_DOWN);
      if (up === undefined || down === undefined) behaviorOk = false;
      else behavior = { scale_up: up, scale_down: down };
    }
  }
  if (errors.length > 0 || min === undefined || max === undefined || initial === undefined || tolerance === undefined || sync === undefined || metrics === undefined || !behaviorOk) {
    return { ok: false, errors };
  }
  const config: HpaConfig = { policy: 'hpa', min_replicas: min, max_replicas: max, initial_replicas: initial, metrics, tolerance, sync_period_s: sync };
  const withBehavior = behavior === undefined ? config : { ...config, behavior };
  return { ok: true, value: keda === undefined ? withBehavior : { ...withBehavior, keda } };
}
