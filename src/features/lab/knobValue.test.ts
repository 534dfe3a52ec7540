import { describe, expect, it } from 'vitest';
import { knobValue, withKnob } from './knobValue';

describe('knob paths', () => {
  const config = { policy: 'hpa', min_replicas: 1, metrics: [{ type: 'pods', target_value: 100 }], behavior: { scale_down: { stabilization_window_s: 300 } } };

  it('reads nested knobs and array entries', () => {
    expect(knobValue(config, 'min_replicas')).toBe(1);
    expect(knobValue(config, 'metrics[0].target_value')).toBe(100);
    expect(knobValue(config, 'behavior.scale_up.stabilization_window_s')).toBeUndefined();
  });

  it('sets a knob on a copy, making the objects on the way', () => {
    const next = withKnob(config, 'behavior.scale_up.stabilization_window_s', 30);
    expect(next.behavior).toEqual({ scale_down: { stabilization_window_s: 300 }, scale_up: { stabilization_window_s: 30 } });
    expect(config.behavior).toEqual({ scale_down: { stabilization_window_s: 300 } });
    expect(withKnob(config, 'metrics[0].target_value', 50).metrics).toEqual([{ type: 'pods', target_value: 50 }]);
    expect(config.metrics[0]!.target_value).toBe(100);
    expect(withKnob(config, 'behavior', undefined)).not.toHaveProperty('behavior');
  });
});
