import { describe, expect, it } from 'vitest';
import { hpaModel } from './hpa';
import { validateHpaConfig } from './hpaConfig';
import { kpaModel } from './kpa';
import { validateKpaConfig } from './kpaConfig';
import { rayModel } from './ray';
import { validateRayConfig } from './rayConfig';

const cases = [
  { model: hpaModel, validate: validateHpaConfig, files: ['horizontal.go', 'replica_calculator.go'], period: 15, unit: '% CPU' },
  { model: kpaModel, validate: validateKpaConfig, files: ['autoscaler.go', 'config.go'], period: 2, unit: 'concurrent requests' },
  { model: rayModel, validate: validateRayConfig, files: ['autoscaling_policy.py'], period: 1, unit: 'ongoing requests' },
] as const;

describe.each(cases)('$model.title', ({ model, validate, files, period, unit }) => {
  it('cites its source files and says what it leaves out', () => {
    for (const file of files) expect(model.source).toContain(file);
    expect(model.leavesOut).toMatch(/^This model leaves out .+\.$/);
  });

  it('documents every config key as a knob with its native name', () => {
    const keys = new Set(model.knobs.map((knob) => knob.key.split('.')[0]));
    for (const key of Object.keys(model.defaults)) if (key !== 'policy') expect(keys.has(key)).toBe(true);
    for (const knob of model.knobs) expect(knob.native.length).toBeGreaterThan(0);
  });

  it('its defaults are a valid config of its own validator, unchanged', () => {
    expect(validate(model.defaults)).toEqual({ ok: true, value: model.defaults });
    expect(validate({ policy: model.kind })).toEqual({ ok: true, value: model.defaults });
  });

  it('wakes on its own period, in its own unit, within its bounds', () => {
    const config = model.defaults as never;
    expect(model.periodS(config)).toBe(period);
    expect(model.metricUnit(config)).toBe(unit);
    const bounds = model.bounds(config);
    expect(bounds.min).toBeLessThanOrEqual(bounds.initial);
    expect(bounds.initial).toBeLessThanOrEqual(bounds.max);
  });
});

it('the HPA names a mixed metric list\'s unit', () => {
  const result = validateHpaConfig({ metrics: [{ type: 'cpu' }, { type: 'pods', target_value: 5 }] });
  expect(result.ok && hpaModel.metricUnit(result.value)).toBe('% CPU or requests/s per pod (the winning metric\'s)');
});
