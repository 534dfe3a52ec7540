import { describe, expect, it } from 'vitest';
import { HPA_DEFAULTS, HPA_DEFAULT_SCALE_DOWN, HPA_DEFAULT_SCALE_UP, validateHpaConfig } from './hpaConfig';
import { KPA_DEFAULTS, validateKpaConfig } from './kpaConfig';
import { RAY_DEFAULTS, validateRayConfig } from './rayConfig';
import type { Result } from '../lesson/validate';

function errorsOf<T>(result: Result<T>) {
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('validateHpaConfig', () => {
  it('fills the defaults and leaves behavior absent (the older path)', () => {
    expect(validateHpaConfig({})).toEqual({ ok: true, value: HPA_DEFAULTS });
    const result = validateHpaConfig({ policy: 'hpa', max_replicas: 40 });
    expect(result.ok && result.value.behavior).toBeUndefined();
  });

  it('fills every rule of a present behavior, even {}', () => {
    const result = validateHpaConfig({ behavior: {} });
    expect(result.ok && result.value.behavior).toEqual({ scale_up: HPA_DEFAULT_SCALE_UP, scale_down: HPA_DEFAULT_SCALE_DOWN });
    const partial = validateHpaConfig({ behavior: { scale_down: { stabilization_window_s: 60 } } });
    expect(partial.ok && partial.value.behavior?.scale_down).toEqual({ ...HPA_DEFAULT_SCALE_DOWN, stabilization_window_s: 60 });
  });

  it('names the path of a bad rate policy value and of an unknown select policy', () => {
    const errors = errorsOf(validateHpaConfig({ behavior: { scale_up: { select_policy: 'max', policies: [{ type: 'Pods', value: -4, period_s: 15 }] } } }));
    expect(errors.map((e) => e.path)).toEqual(['behavior.scale_up.select_policy', 'behavior.scale_up.policies[0].value']);
    expect(errors[0]!.hint).toBe('write it as "Max"');
    expect(errors[1]!.message).toContain('cannot be negative');
  });

  it('refuses min above max with the swap as a hint, and suggests the nearest key', () => {
    const errors = errorsOf(validateHpaConfig({ min_replicas: 8, max_replicas: 2, minReplica: 3 }));
    expect(errors.map((e) => e.path).sort()).toEqual(['minReplica', 'min_replicas']);
    expect(errors.find((e) => e.path === 'minReplica')!.hint).toBe('did you mean "min_replicas"?');
    expect(errors.find((e) => e.path === 'min_replicas')!.hint).toContain('swapped');
  });

  it('checks metrics: type listed, target required, cpu percent at most 100', () => {
    const errors = errorsOf(validateHpaConfig({ metrics: [{ type: 'memory' }, { type: 'pods' }, { type: 'cpu', target_utilization_percent: 180 }] }));
    expect(errors.map((e) => e.path)).toEqual(['metrics[0].type', 'metrics[1].target_value', 'metrics[2].target_utilization_percent']);
    expect(errors[0]!.message).toContain('"cpu", "pods", "object", "external"');
  });

  it('refuses a non-object', () => {
    expect(errorsOf(validateHpaConfig([1]))[0]!.path).toBe('');
    expect(errorsOf(validateHpaConfig({ policy: 'kpa' }))[0]!.path).toBe('policy');
  });
});

describe('validateKpaConfig', () => {
  it('fills the defaults; the default target follows the metric', () => {
    expect(validateKpaConfig({ policy: 'kpa' })).toEqual({ ok: true, value: KPA_DEFAULTS });
    const rps = validateKpaConfig({ metric: 'rps' });
    expect(rps.ok && rps.value.target).toBe(200);
  });

  it('refuses what Knative refuses', () => {
    const errors = errorsOf(validateKpaConfig({ metric: 'cpu', max_scale_down_rate: 1, panic_threshold_percent: 100, stable_window_s: 5, min_scale: 5, max_scale: 3, enable_scale_to_zero: 'false' }));
    expect(errors.map((e) => e.path).sort()).toEqual(['enable_scale_to_zero', 'max_scale_down_rate', 'metric', 'min_scale', 'panic_threshold_percent', 'stable_window_s']);
    expect(errors.find((e) => e.path === 'enable_scale_to_zero')!.hint).toBe('remove the quotes: false');
  });

  it('suggests the nearest key for a Knative-style spelling', () => {
    expect(errorsOf(validateKpaConfig({ 'min-scale': 1 }))[0]!.hint).toBe('did you mean "min_scale"?');
  });
});

describe('validateRayConfig', () => {
  it('fills the defaults; min 0 is allowed', () => {
    expect(validateRayConfig({})).toEqual({ ok: true, value: RAY_DEFAULTS });
    const zero = validateRayConfig({ min_replicas: 0 });
    expect(zero.ok && zero.value.initial_replicas).toBe(0);
  });

  it('refuses negative delays, zero factors and initial outside the bounds', () => {
    const errors = errorsOf(validateRayConfig({ upscale_delay_s: -1, downscaling_factor: 0, initial_replicas: 20 }));
    expect(errors.map((e) => e.path)).toEqual(['initial_replicas', 'upscale_delay_s', 'downscaling_factor']);
    expect(errorsOf(validateRayConfig({ upscaleDelayS: 3 }))[0]!.hint).toBe('did you mean "upscale_delay_s"?');
  });
});
