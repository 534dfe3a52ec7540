import { describe, expect, it } from 'vitest';
import { LESSON_CONFIG, simulate, validateConfig, type ScalingConfig } from '../engine';
import { checkGoal, goalChecker, reasonsWithFixes } from './goal';
import type { ConfigGoal } from './types';

const config = (raw: Record<string, unknown>): ScalingConfig => {
  const result = validateConfig(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
};
const goal: ConfigGoal = { description: 'never below 2, never above 6, around 60 %', policy: 'target_tracking', minServers: 2, maxServers: 6, targetUtilization: 0.6 };

describe('checkGoal', () => {
  it('meets the goal, listing what was checked', () => {
    const result = checkGoal(goal, config({ min_servers: 2, max_servers: 6, target_utilization: 0.6 }));
    expect(result.met).toBe(true);
    expect(result.reasons).toContain('min_servers is 2: never below 2');
  });

  it('gives every reason it fails', () => {
    const result = checkGoal(goal, config({ min_servers: 1, max_servers: 8, target_utilization: 0.9 }));
    expect(result.met).toBe(false);
    expect(result.reasons).toHaveLength(3);
  });

  it('recognises swapped bounds, a floor set too high, and the wrong policy', () => {
    const swapped = { ...config({ min_servers: 2, max_servers: 6, target_utilization: 0.6 }), min_servers: 6, max_servers: 2 };
    expect(checkGoal(goal, swapped).reasons[0]).toMatch(/swapped/);
    expect(checkGoal(goal, config({ min_servers: 3, max_servers: 6, target_utilization: 0.6 })).reasons[0]).toMatch(/never scale down to 2/);
    const wrongPolicy = checkGoal(goal, config({ min_servers: 2, max_servers: 6 }));
    expect(wrongPolicy.reasons).toEqual([
      'policy is "threshold", but the goal needs "target_tracking"',
      'aiming at 60 % utilization needs the target_tracking policy',
    ]);
    // the fix is kept apart, for a graded answer only
    expect(reasonsWithFixes(wrongPolicy)[1]).toBe('aiming at 60 % utilization needs the target_tracking policy: set target_utilization to 0.6');
  });

  it('accepts a target within the tolerance', () => {
    expect(checkGoal(goal, config({ min_servers: 2, max_servers: 6, target_utilization: 0.62 })).met).toBe(true);
    expect(checkGoal({ ...goal, utilizationTolerance: 0 }, config({ min_servers: 2, max_servers: 6, target_utilization: 0.62 })).met).toBe(false);
  });

  it('checks thresholds and a trace', () => {
    const thresholdGoal: ConfigGoal = { description: 'lesson thresholds', upperThreshold: 100, lowerThreshold: 20, minServers: 1, loads: [10, 200, 200] };
    expect(checkGoal(thresholdGoal, LESSON_CONFIG).met).toBe(true);
    expect(checkGoal(thresholdGoal, { ...LESSON_CONFIG, lower_threshold: 10 }).reasons).toEqual(['lower_threshold is 10, but the goal needs 20']);
    const trace = simulate({ config: LESSON_CONFIG, loads: [200, 200, 200] });
    const capped = goalChecker({ description: 'at most 3', maxServers: 3 });
    expect(capped({ ...LESSON_CONFIG, max_servers: 3 }, trace).reasons[0]).toMatch(/4 instances run after step 3, above 3/);
  });
});
