/** Checks a whole time-run input at the boundary, so simulateTime only ever sees what it can run. */
import { formatNumber } from '../format';
import { modelFor } from '../policies/registry';
import type { Result, ValidationError } from '../lesson/validate';
import { validatePlatform, validateSeconds } from './platform';
import { validateGpuProfile } from './replicas/profiles';
import type { TimeRunInput } from './types';

const isWhole = (value: number) => Number.isInteger(value) && value >= 0;

/** Every problem of a run input, each at its field path (`policies[1].config.min_servers`), or the input itself. */
export function checkTimeRun(input: TimeRunInput): Result<TimeRunInput> {
  const errors: ValidationError[] = [];
  const seconds = validateSeconds(input.seconds);
  if (!seconds.ok) errors.push(...seconds.errors);
  const platform = validatePlatform(input.platform);
  if (!platform.ok) errors.push(...platform.errors.map((error) => ({ ...error, path: `platform.${error.path}` })));
  if (!Number.isFinite(input.seed)) errors.push({ path: 'seed', message: `seed must be a finite number, got ${String(input.seed)}`, hint: 'use a whole number, e.g. 1' });
  const { points } = input.traffic;
  if (points.length === 0 || points[0]!.t !== 0) errors.push({ path: 'traffic.points[0]', message: 'the traffic profile must start at t = 0', hint: 'add a first point {t: 0, rps: ...}' });
  points.forEach((point, i) => {
    if (!(point.rps >= 0) || !Number.isFinite(point.rps)) errors.push({ path: `traffic.points[${i}].rps`, message: `rate ${String(point.rps)} is not a non-negative number`, hint: 'use requests per second, 0 or more' });
    if (i > 0 && !(point.t > points[i - 1]!.t)) errors.push({ path: `traffic.points[${i}].t`, message: `time ${String(point.t)} does not come after ${String(points[i - 1]!.t)}`, hint: 'times must increase strictly' });
  });
  if (input.policies.length === 0) errors.push({ path: 'policies', message: 'no policy to run', hint: 'give at least one policy config' });
  input.policies.forEach(({ config }, i) => {
    const path = `policies[${i}].config`;
    const model = modelFor(config);
    if (model === undefined) {
      errors.push({ path: `${path}.policy`, message: `the Lab cannot simulate policy "${String(config.policy)}" yet`, hint: 'use one of threshold, target_tracking, hpa, kpa, ray, sagemaker' });
      return;
    }
    const { min, max, initial } = model.bounds(config);
    if (![min, max, initial].every(isWhole)) errors.push({ path, message: `replica bounds must be whole numbers 0 or more (min ${formatNumber(min)}, max ${formatNumber(max)}, initial ${formatNumber(initial)})`, hint: 'use whole replica counts' });
    else if (min > max) errors.push({ path, message: `the minimum (${min}) is above the maximum (${max})`, hint: `swap them: min ${max}, max ${min}` });
    else if (initial < min || initial > max) errors.push({ path, message: `the initial count (${initial}) is outside ${min}..${max}`, hint: `use a count from ${min} to ${max}` });
    const period = model.periodS(config);
    if (!(period >= 1) || !Number.isFinite(period)) errors.push({ path, message: `the decision period must be at least 1 s, got ${String(period)}`, hint: 'use a whole number of seconds, e.g. 15' });
  });
  checkLlmInputs(input, errors);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: input };
}

const positive = (value: number) => Number.isFinite(value) && value > 0;

/** The replica model's settings, the cold-start stages and a request list, each at its path. */
function checkLlmInputs(input: TimeRunInput, errors: ValidationError[]): void {
  if (input.replica?.kind === 'llm') {
    const { llm } = input.replica;
    const profile = validateGpuProfile(llm.profile, 'replica.llm.profile');
    if (!profile.ok) errors.push(...profile.errors);
    for (const key of ['slo_ttft_ms', 'slo_itl_ms', 'max_num_batched_tokens'] as const) {
      if (!positive(llm[key])) errors.push({ path: `replica.llm.${key}`, message: `${key} must be above 0, got ${String(llm[key])}`, hint: 'e.g. slo_ttft_ms 500, slo_itl_ms 50, max_num_batched_tokens 2048' });
    }
  }
  if (input.replica?.kind === 'measured') {
    const { base_ms: base, per_item_ms: per, max_batch: batch, cores } = input.replica.measured;
    if (!(base >= 0) || !(per >= 0) || !(base + per > 0) || !Number.isFinite(base + per)) errors.push({ path: 'replica.measured', message: `a batch must take some time: base_ms ${String(base)} and per_item_ms ${String(per)} must be 0 or more, not both 0`, hint: 'e.g. base_ms 2, per_item_ms 0.5' });
    for (const [key, value] of [['max_batch', batch], ['cores', cores]] as const) {
      if (!isWhole(value) || value < 1) errors.push({ path: `replica.measured.${key}`, message: `${key} must be a whole number 1 or more, got ${String(value)}`, hint: 'e.g. max_batch 16, cores 4' });
    }
  }
  if (input.coldStart !== undefined) {
    const { stages, warm_nodes: warm, node_keep_warm_s: keep } = input.coldStart;
    for (const [key, value] of [...Object.entries(stages), ['warm_nodes', warm], ['node_keep_warm_s', keep]] as const) {
      if (!isWhole(value)) errors.push({ path: `coldStart.${key}`, message: `${key} must be a whole number 0 or more, got ${String(value)}`, hint: 'use whole seconds (or nodes)' });
    }
  }
  if (input.requests !== undefined) {
    const { at, prompt, output } = input.requests;
    if (prompt.length !== at.length || output.length !== at.length) { errors.push({ path: 'requests', message: 'at, prompt and output differ in length', hint: 'give one entry per request in each' }); return; }
    for (let i = 0; i < at.length; i++) {
      if (!(at[i]! >= 0) || (i > 0 && at[i]! < at[i - 1]!) || !(prompt[i]! >= 1) || !(output[i]! >= 1)) {
        errors.push({ path: `requests[${i}]`, message: `request ${i} is out of order or has no tokens (at ${at[i]}, prompt ${prompt[i]}, output ${output[i]})`, hint: 'times 0 or more and not decreasing; at least 1 prompt and 1 output token' });
        return;
      }
    }
  }
}
