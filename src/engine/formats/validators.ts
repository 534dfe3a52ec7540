/**
 * One entry point for every Lab policy's validator, chosen by the config's `policy` key. The HPA, KPA and Ray
 * validators come from engine/policies; the lesson's two policies in time and SageMaker are checked here (their models
 * in engine/policies ship defaults but no validator): the lesson's keys by the step engine's own validator (so the
 * lesson's config stays valid as written), the time knobs with the policies' shared field checkers, defaults from the
 * models' THRESHOLD_TIME_DEFAULTS, TARGET_TRACKING_TIME_DEFAULTS and SAGEMAKER_DEFAULTS.
 */
import { validateConfig, type Result, type ValidationError } from '../lesson/validate';
import {
  LAB_MAX_REPLICAS, booleanField, checkInitial, checkKeys, checkMinMax, checkTopLevel, describeValue, isPlainObject, numberField,
  type PlainObject,
} from '../policies/configCheck';
import { validateAibrixApaConfig } from '../policies/aibrixApa';
import { validateAibrixKpaConfig } from '../policies/aibrixKpa';
import { validateDynamoPlannerConfig } from '../policies/dynamoConfig';
import { validateHpaConfig } from '../policies/hpaConfig';
import { validateLlmdSaturationConfig } from '../policies/llmdSaturation';
import { validateKpaConfig } from '../policies/kpaConfig';
import { validateRayConfig } from '../policies/rayConfig';
import { SAGEMAKER_DEFAULTS } from '../policies/sagemaker';
import { TARGET_TRACKING_TIME_DEFAULTS } from '../policies/targetTracking';
import { THRESHOLD_TIME_DEFAULTS } from '../policies/threshold';
import {
  LAB_POLICY_KINDS, type LabPolicyConfig, type LabPolicyKind, type SageMakerConfig, type TargetTrackingTimeConfig, type ThresholdTimeConfig,
} from '../policies/types';

const TIME_KEYS = ['period_s', 'scale_out_cooldown_s', 'scale_in_cooldown_s'] as const;
const COOLDOWN = { integer: true, min: 0, max: 3600, what: 'whole seconds from 0 to 3600' };

type LessonTime = Pick<ThresholdTimeConfig, (typeof TIME_KEYS)[number]>;

/** The lesson's policy in time: the lesson's keys as the step validator checks them, plus a period and two cooldowns. */
function validateLessonInTime(input: unknown, kind: 'threshold' | 'target_tracking'): Result<ThresholdTimeConfig | TargetTrackingTimeConfig> {
  const errors: ValidationError[] = [];
  const raw = checkTopLevel(errors, input, kind, `{"policy": "${kind}"}`);
  if (raw === undefined) return { ok: false, errors };
  // the rule's own knobs default to the Lab's time defaults (a per-second capacity), the bounds as the lesson's
  const defaults: Readonly<Record<string, unknown>> = { ...(kind === 'threshold' ? THRESHOLD_TIME_DEFAULTS : TARGET_TRACKING_TIME_DEFAULTS) };
  const ruleKeys = kind === 'threshold' ? ['upper_threshold', 'lower_threshold', 'scale_step'] : ['target_utilization', 'capacity_per_server', 'tolerance'];
  const lesson: Record<string, unknown> = { policy: kind };
  for (const key of ruleKeys) lesson[key] = defaults[key];
  for (const [key, value] of Object.entries(raw)) if (!(TIME_KEYS as readonly string[]).includes(key) && key !== 'policy') lesson[key] = value;
  const step = validateConfig(lesson);
  if (!step.ok) errors.push(...step.errors);
  const d = THRESHOLD_TIME_DEFAULTS;
  const period = numberField(errors, raw, 'period_s', '', { integer: true, min: 1, max: 3600, what: 'whole seconds between decisions from 1 to 3600, e.g. 15' }, d.period_s);
  const out = numberField(errors, raw, 'scale_out_cooldown_s', '', COOLDOWN, d.scale_out_cooldown_s);
  const inCooldown = numberField(errors, raw, 'scale_in_cooldown_s', '', COOLDOWN, d.scale_in_cooldown_s);
  if (!step.ok || errors.length > 0 || period === undefined || out === undefined || inCooldown === undefined) return { ok: false, errors };
  const time: LessonTime = { period_s: period, scale_out_cooldown_s: out, scale_in_cooldown_s: inCooldown };
  return { ok: true, value: { ...step.value, ...time } as ThresholdTimeConfig | TargetTrackingTimeConfig };
}

const SAGEMAKER_KEYS = Object.keys(SAGEMAKER_DEFAULTS);

export function validateSageMakerLabConfig(input: unknown): Result<SageMakerConfig> {
  const errors: ValidationError[] = [];
  const raw = checkTopLevel(errors, input, 'sagemaker', '{"policy": "sagemaker", "max_capacity": 4, "target_value": 70}');
  if (raw === undefined) return { ok: false, errors };
  checkKeys(errors, raw, SAGEMAKER_KEYS, '');
  const d = SAGEMAKER_DEFAULTS;
  const count = (what: string, min: number) => ({ integer: true, min, max: LAB_MAX_REPLICAS, what });
  const min = numberField(errors, raw, 'min_capacity', '', count(`a whole number of instances from 0 to ${LAB_MAX_REPLICAS}`, 0), d.min_capacity);
  const max = numberField(errors, raw, 'max_capacity', '', count(`a whole number of instances from 1 to ${LAB_MAX_REPLICAS}`, 1), Math.max(d.max_capacity, min ?? 1));
  const ordered = checkMinMax(errors, 'min_capacity', min, 'max_capacity', max);
  const initial = numberField(errors, raw, 'initial_capacity', '', count('a whole number of instances between min_capacity and max_capacity', 0), min ?? d.min_capacity);
  if (ordered && min !== undefined && max !== undefined) checkInitial(errors, 'initial_capacity', initial, min, max, 'min_capacity', 'max_capacity');
  const target = numberField(errors, raw, 'target_value', '', { min: 0, minExclusive: true, max: 1e9, what: 'invocations per instance per minute above 0, e.g. 70' }, d.target_value);
  const out = numberField(errors, raw, 'scale_out_cooldown_s', '', COOLDOWN, d.scale_out_cooldown_s);
  const inCooldown = numberField(errors, raw, 'scale_in_cooldown_s', '', COOLDOWN, d.scale_in_cooldown_s);
  const disable = booleanField(errors, raw, 'disable_scale_in', '', d.disable_scale_in);
  if (errors.length > 0 || min === undefined || max === undefined || initial === undefined || target === undefined
    || out === undefined || inCooldown === undefined || disable === undefined) return { ok: false, errors };
  return {
    ok: true,
    value: {
      policy: 'sagemaker', min_capacity: min, max_capacity: max, initial_capacity: initial, target_value: target,
      scale_out_cooldown_s: out, scale_in_cooldown_s: inCooldown, disable_scale_in: disable,
    },
  };
}

const VALIDATORS: Readonly<Record<LabPolicyKind, (input: unknown) => Result<LabPolicyConfig>>> = {
  threshold: (input) => validateLessonInTime(input, 'threshold'),
  target_tracking: (input) => validateLessonInTime(input, 'target_tracking'),
  hpa: validateHpaConfig,
  kpa: validateKpaConfig,
  ray: validateRayConfig,
  sagemaker: validateSageMakerLabConfig,
  'aibrix-apa': validateAibrixApaConfig,
  'aibrix-kpa': validateAibrixKpaConfig,
  'llm-d-saturation': validateLlmdSaturationConfig,
  'dynamo-planner': validateDynamoPlannerConfig,
};

function isKind(value: unknown): value is LabPolicyKind {
  return typeof value === 'string' && (LAB_POLICY_KINDS as readonly string[]).includes(value);
}

/** The policy a Lab config without a `policy` key is: the lesson's, as the step validator infers it. */
function inferKind(raw: PlainObject): LabPolicyKind | undefined {
  if (['target_utilization', 'capacity_per_server'].some((key) => key in raw)) return 'target_tracking';
  if (['upper_threshold', 'lower_threshold', 'scale_step', 'min_servers', 'max_servers'].some((key) => key in raw)) return 'threshold';
  return undefined;
}

/** Validates any Lab config by its `policy` (the lesson's keys alone mean the lesson's policy); defaults filled. */
export function validateLabConfig(input: unknown): Result<LabPolicyConfig> {
  if (!isPlainObject(input)) {
    return { ok: false, errors: [{ path: '', message: `A Lab policy must be an object, got ${describeValue(input)}`, hint: 'e.g. {"policy": "hpa", "max_replicas": 10}' }] };
  }
  const kind = 'policy' in input ? input.policy : inferKind(input);
  if (!isKind(kind)) {
    const known = LAB_POLICY_KINDS.map((k) => `"${k}"`).join(', ');
    return {
      ok: false,
      errors: [{ path: 'policy', message: 'policy' in input ? `Unknown policy ${describeValue(input.policy)}` : 'policy is missing', hint: `set "policy" to one of ${known}` }],
    };
  }
  const validator = VALIDATORS[kind];
  return validator(kind === input.policy ? input : { policy: kind, ...input });
}
