import { describe, expect, it } from 'vitest';
import { LESSON_CONFIG, LESSON_LOADS, TARGET_TRACKING_DEFAULTS } from './config';
import { fixedFleet, instancesNeeded, provisioning, servingInstances, wholeUnits } from './provisioning';
import { simulate } from './simulate';

const lesson = simulate({ config: LESSON_CONFIG, loads: LESSON_LOADS });

describe('provisioning', () => {
  it('counts a fixed fleet of 2 on the lesson loads: idle at night, never overloaded at 100 per instance', () => {
    const fixed = provisioning({ loads: LESSON_LOADS, instances: fixedFleet(2, 6), capacityPerInstance: 100 });
    expect(fixed.steps.map((s) => s.needed)).toEqual([1, 1, 2, 1, 1, 1]);
    expect(fixed.serverSteps).toBe(12);
    expect(fixed.neededServerSteps).toBe(7);
    expect(fixed.overProvisionedServerSteps).toBe(5);
    expect(fixed.overloadedSteps).toBe(0);
  });

  it('counts the autoscaler on the same loads: fewer server-steps, and overloaded only when it reacts late', () => {
    const now = provisioning({ loads: LESSON_LOADS, instances: servingInstances(lesson), capacityPerInstance: 100 });
    expect(now.serverSteps).toBe(9);
    expect(now.overProvisionedServerSteps).toBe(2);
    expect(now.overloadedSteps).toBe(0);
    const late = provisioning({ loads: LESSON_LOADS, instances: servingInstances(lesson, 'before'), capacityPerInstance: 100 });
    expect(late.overloadedSteps).toBe(1);
    expect(late.unservedRequests).toBe(20);
  });

  it('rounds need up, exactly at multiples', () => {
    expect(instancesNeeded(0, 100)).toBe(0);
    expect(instancesNeeded(100, 100)).toBe(1);
    expect(instancesNeeded(101, 100)).toBe(2);
    expect(instancesNeeded(0.3, 0.1)).toBe(3);
  });

  it('buys GPUs in whole units', () => {
    const need = wholeUnits(66, TARGET_TRACKING_DEFAULTS);
    expect(need.exact).toBeCloseTo(2.2);
    expect(need.whole).toBe(3);
    expect(need.idleShare).toBeCloseTo(0.8 / 3);
  });
});
