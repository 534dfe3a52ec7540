import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  changeInPeriod, keepEvents, legacyScaleUpLimit, limitLegacy, limitWithBehavior, scaleDownLimit, scaleUpLimit,
  stabilizeLegacy, stabilizeWithBehavior,
} from './hpaBehavior';
import { HPA_DEFAULT_SCALE_DOWN, HPA_DEFAULT_SCALE_UP } from './hpaConfig';
import type { HpaScalingRule } from './types';

const rule = (policies: HpaScalingRule['policies'], select: HpaScalingRule['select_policy'] = 'Max'): HpaScalingRule => ({ stabilization_window_s: 0, select_policy: select, policies });

describe('rate limits (calculateScaleUpLimitWithScalingRules / calculateScaleDownLimitWithBehaviors)', () => {
  it('counts only events strictly inside the period', () => {
    const events = [{ t: 0, value: 4 }, { t: 10, value: 2 }];
    expect(changeInPeriod(events, 15, 15)).toBe(2);
    expect(changeInPeriod(events, 14, 15)).toBe(6);
  });

  it('measures from the replica count at the period start, up and down events both', () => {
    const up = [{ t: 100, value: 3 }];
    const down = [{ t: 105, value: 1 }];
    expect(scaleUpLimit(6, up, down, rule([{ type: 'Pods', value: 2, period_s: 60 }]), 110)).toBe(6);
    expect(scaleUpLimit(6, up, down, rule([{ type: 'Percent', value: 50, period_s: 60 }]), 110)).toBe(6);
    expect(scaleUpLimit(6, up, down, HPA_DEFAULT_SCALE_UP, 130)).toBe(12);
  });

  it('rounds Percent up on the way up and down (truncation) on the way down; Min takes the smaller change', () => {
    expect(scaleUpLimit(3, [], [], rule([{ type: 'Percent', value: 10, period_s: 15 }]), 0)).toBe(4);
    expect(scaleDownLimit(5, [], [], rule([{ type: 'Percent', value: 50, period_s: 15 }]), 0)).toBe(2);
    const both = [{ type: 'Pods', value: 1, period_s: 15 }, { type: 'Percent', value: 50, period_s: 15 }] as const;
    expect(scaleDownLimit(10, [], [], rule(both, 'Max'), 0)).toBe(5);
    expect(scaleDownLimit(10, [], [], rule(both, 'Min'), 0)).toBe(9);
    expect(scaleDownLimit(10, [], [], rule(both, 'Disabled'), 0)).toBe(10);
  });

  it('names the limit that bit: ScaleUpLimit below max, TooManyReplicas at max', () => {
    const input = { current: 1, min: 1, upEvents: [], downEvents: [], scaleUp: HPA_DEFAULT_SCALE_UP, scaleDown: HPA_DEFAULT_SCALE_DOWN, now: 0 };
    expect(limitWithBehavior({ ...input, desired: 50, max: 100 })).toEqual({ replicas: 5, limit: 'ScaleUpLimit' });
    expect(limitWithBehavior({ ...input, desired: 50, max: 3 })).toEqual({ replicas: 3, limit: 'TooManyReplicas' });
    expect(limitLegacy(50, 3, 1, 100)).toEqual({ replicas: 6, limit: 'ScaleUpLimit' });
    expect(legacyScaleUpLimit(1)).toBe(4);
  });
});

describe('stabilization', () => {
  it('with behavior: up takes the lowest recent recommendation, down the highest, starting from current', () => {
    const recs = [{ t: 0, value: 8 }, { t: 30, value: 3 }];
    expect(stabilizeWithBehavior(recs, 60, 2, 10, 0, 300).recommendation).toBe(8);
    expect(stabilizeWithBehavior(recs, 60, 5, 4, 0, 300).recommendation).toBe(5);
    expect(stabilizeWithBehavior(recs, 60, 9, 4, 45, 0).recommendation).toBe(4);
    expect(stabilizeWithBehavior(recs, 300, 1, 4, 0, 300).recommendation).toBe(3);
  });

  it('without behavior: the highest of the last 300 s, the sample at exactly 300 s included', () => {
    const recs = [{ t: 0, value: 8 }];
    expect(stabilizeLegacy(recs, 300, 2).recommendation).toBe(8);
    expect(stabilizeLegacy(recs, 301, 2).recommendation).toBe(2);
  });

  it('remembers a bounded history', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 200 }), (values) => {
      let recs: readonly { t: number; value: number }[] = [];
      let events: readonly { t: number; value: number }[] = [];
      values.forEach((value, i) => {
        recs = stabilizeWithBehavior(recs, i * 15, value, 5, 0, 300).recommendations;
        events = keepEvents(events, i * 15, 60, value % 3);
      });
      expect(recs.length).toBeLessThanOrEqual(22);
      expect(events.length).toBeLessThanOrEqual(5);
    }));
  });
});
