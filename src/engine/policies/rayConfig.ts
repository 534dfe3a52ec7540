/**
 * Ray Serve `autoscaling_config` in the Lab's JSON: defaults, knob docs and the validator.
 * Defaults from ray-project/ray `python/ray/serve/config.py` (AutoscalingConfig).
 */
import type { Result, ValidationError } from '../lesson/validate';
import { LAB_MAX_REPLICAS, checkInitial, checkKeys, checkMinMax, checkTopLevel, numberField } from './configCheck';
import type { KnobDoc, RayServeConfig } from './types';
import { formatNumber } from '../format';

/** max_replicas defaults to 1 in Ray; the Lab's example is 10 so the policy has room to act. */
export const RAY_DEFAULTS: RayServeConfig = {
  policy: 'ray',
  min_replicas: 1,
  max_replicas: 10,
  initial_replicas: 1,
  target_ongoing_requests: 2,
  look_back_period_s: 30,
  upscale_delay_s: 30,
  downscale_delay_s: 600,
  upscaling_factor: 1,
  downscaling_factor: 1,
};

export const RAY_KNOBS: readonly KnobDoc[] = [
  { key: 'min_replicas', native: 'min_replicas', default: 1, min: 0, max: LAB_MAX_REPLICAS, step: 1, doc: 'The fewest replicas; 0 lets the deployment scale to zero (requests wait at the proxy).' },
  { key: 'max_replicas', native: 'max_replicas', default: 10, nativeDefault: 1, min: 1, max: LAB_MAX_REPLICAS, step: 1, doc: 'The most replicas (Ray\'s default is 1; 10 is the Lab\'s example).' },
  { key: 'initial_replicas', native: 'initial_replicas', default: 1, min: 0, max: LAB_MAX_REPLICAS, step: 1, doc: 'Replicas at the start (default min_replicas).' },
  { key: 'target_ongoing_requests', native: 'target_ongoing_requests', default: 2, min: 0.01, doc: 'Ongoing requests (queued plus running) each replica should have.' },
  { key: 'look_back_period_s', native: 'look_back_period_s', default: 30, unit: 's', min: 1, max: 3600, step: 1, doc: 'Seconds the ongoing-request count is averaged over.' },
  { key: 'upscale_delay_s', native: 'upscale_delay_s', default: 30, unit: 's', min: 0, max: 3600, step: 1, doc: 'Scale up only after every decision pointed up for this long. Whole seconds: the Lab decides once a second (Ray every 0.1 s), so a sub-second delay such as 0.3 is refused with the reason rather than acting as 0.' },
  { key: 'downscale_delay_s', native: 'downscale_delay_s', default: 600, unit: 's', min: 0, max: 7200, step: 1, doc: 'Scale down only after every decision pointed down for this long. Whole seconds, as upscale_delay_s.' },
  { key: 'upscaling_factor', native: 'upscaling_factor (formerly smoothing_factor)', default: 1, min: 0.01, max: 100, step: 0.1, doc: 'Move this share of the way to the wanted count when scaling up.' },
  { key: 'downscaling_factor', native: 'downscaling_factor (formerly smoothing_factor)', default: 1, min: 0.01, max: 100, step: 0.1, doc: 'Move this share of the way to the wanted count when scaling down.' },
];

const KEYS = ['policy', ...RAY_KNOBS.map((knob) => knob.key)];

/**
 * Ray counts a delay in 0.1 s control-loop steps; the Lab decides once a second, where 0.3 s would act as 0. Rather than
 * round silently (or up, with a note the Lab's JSON has no place for), a delay that is not whole seconds is refused.
 */
function wholeDelay(errors: ValidationError[], value: number | undefined, key: string): number | undefined {
  if (value === undefined || Number.isInteger(value)) return value;
  errors.push({
    path: key,
    message: `${key} ${formatNumber(value)} is finer than the Lab's one decision a second (it would act as ${formatNumber(Math.floor(value))} s)`,
    hint: `use whole seconds: ${formatNumber(Math.ceil(value))} waits at least as long as Ray would`,
  });
  return undefined;
}

export function validateRayConfig(input: unknown): Result<RayServeConfig> {
  const errors: ValidationError[] = [];
  const raw = checkTopLevel(errors, input, 'ray', '{"policy": "ray", "min_replicas": 1, "max_replicas": 10, "target_ongoing_requests": 2}');
  if (raw === undefined) return { ok: false, errors };
  checkKeys(errors, raw, KEYS, '');
  const d = RAY_DEFAULTS;
  const min = numberField(errors, raw, 'min_replicas', '', { integer: true, min: 0, max: LAB_MAX_REPLICAS, what: `a whole number of replicas from 0 to ${LAB_MAX_REPLICAS}` }, d.min_replicas);
  const max = numberField(errors, raw, 'max_replicas', '', { integer: true, min: 1, max: LAB_MAX_REPLICAS, what: `a whole number of replicas from 1 to ${LAB_MAX_REPLICAS}` }, Math.max(d.max_replicas, min ?? 1));
  const ordered = checkMinMax(errors, 'min_replicas', min, 'max_replicas', max);
  const initial = numberField(errors, raw, 'initial_replicas', '', { integer: true, min: 0, max: LAB_MAX_REPLICAS, what: 'a whole number of replicas between min_replicas and max_replicas' }, min ?? d.min_replicas);
  if (ordered && min !== undefined && max !== undefined) checkInitial(errors, 'initial_replicas', initial, min, max, 'min_replicas', 'max_replicas');
  const target = numberField(errors, raw, 'target_ongoing_requests', '', { min: 0, minExclusive: true, max: 1e6, what: 'ongoing requests per replica above 0, e.g. 2' }, d.target_ongoing_requests);
  const lookBack = numberField(errors, raw, 'look_back_period_s', '', { min: 1, max: 3600, what: 'seconds from 1 to 3600, e.g. 30' }, d.look_back_period_s);
  const upDelay = wholeDelay(errors, numberField(errors, raw, 'upscale_delay_s', '', { min: 0, max: 3600, what: 'seconds from 0 to 3600, e.g. 30' }, d.upscale_delay_s), 'upscale_delay_s');
  const downDelay = wholeDelay(errors, numberField(errors, raw, 'downscale_delay_s', '', { min: 0, max: 7200, what: 'seconds from 0 to 7200, e.g. 600' }, d.downscale_delay_s), 'downscale_delay_s');
  const factor = { min: 0, minExclusive: true, max: 100, what: 'a factor above 0, e.g. 1 (0.5 moves half way)' };
  const up = numberField(errors, raw, 'upscaling_factor', '', factor, d.upscaling_factor);
  const down = numberField(errors, raw, 'downscaling_factor', '', factor, d.downscaling_factor);
  if (errors.length > 0 || min === undefined || max === undefined || initial === undefined || target === undefined || lookBack === undefined
    || upDelay === undefined || downDelay === undefined || up === undefined || down === undefined) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    value: {
      policy: 'ray', min_replicas: min, max_replicas: max, initial_replicas: initial, target_ongoing_requests: target,
      look_back_period_s: lookBack, upscale_delay_s: upDelay, downscale_delay_s: downDelay, upscaling_factor: up, downscaling_factor: down,
    },
  };
}
