import { describe, expect, it } from 'vitest';
import {
  LESSON_CONFIG, LESSON_LOADS, TARGET_TRACKING_DEFAULTS,
  type TargetTrackingConfig, type ThresholdConfig,
} from './config';
import {
  actionAt, branchAt, capacityAtTarget, desiredServers, finalInstances, instancesBefore, isOffTarget, simulate, utilizationOf,
  type Trace,
} from './simulate';

const threshold = (overrides: Partial<ThresholdConfig>): ThresholdConfig => ({ ...LESSON_CONFIG, ...overrides });
const tracking = (overrides: Partial<TargetTrackingConfig>): TargetTrackingConfig => ({ ...TARGET_TRACKING_DEFAULTS, ...overrides });

const afterColumn = (trace: Trace) => Array.from(trace.after);
const branchColumn = (trace: Trace) => Array.from({ length: trace.length }, (_, i) => branchAt(trace, i));
const actionColumn = (trace: Trace) => Array.from({ length: trace.length }, (_, i) => actionAt(trace, i));

describe('simulate: the threshold policy', () => {
  it('runs the lesson: 1, 1, 2, 2, 2, 1', () => {
    const trace = simulate({ config: LESSON_CONFIG, loads: LESSON_LOADS });
    expect(trace.length).toBe(6);
    expect(Array.from(trace.loads)).toEqual([...LESSON_LOADS]);
    expect(afterColumn(trace)).toEqual([1, 1, 2, 2, 2, 1]);
    expect(branchColumn(trace)).toEqual(['below_lower_at_min', 'between', 'above_upper', 'between', 'between', 'below_lower']);
    expect(actionColumn(trace)).toEqual(['none', 'none', 'scale_up', 'none', 'none', 'scale_down']);
    expect(finalInstances(trace)).toBe(1);
  });

  it('compares strictly: a load equal to a threshold changes nothing', () => {
    const trace = simulate({ config: threshold({ initial_servers: 2 }), loads: [100, 20] });
    expect(branchColumn(trace)).toEqual(['between', 'between']);
    expect(afterColumn(trace)).toEqual([2, 2]);
  });

  it('adds scale_step servers, capped at max_servers', () => {
    const trace = simulate({ config: threshold({ scale_step: 3, max_servers: 8 }), loads: [200, 200, 200, 200] });
    expect(afterColumn(trace)).toEqual([4, 7, 8, 8]);
    expect(branchColumn(trace)).toEqual(['above_upper', 'above_upper', 'above_upper', 'above_upper_at_max']);
    expect(actionColumn(trace)).toEqual(['scale_up', 'scale_up', 'scale_up', 'none']);
  });

  it('removes scale_step servers, floored at min_servers', () => {
    const trace = simulate({ config: threshold({ scale_step: 3, min_servers: 2, initial_servers: 9 }), loads: [5, 5, 5, 5] });
    expect(afterColumn(trace)).toEqual([6, 3, 2, 2]);
    expect(branchColumn(trace)).toEqual(['below_lower', 'below_lower', 'below_lower', 'below_lower_at_min']);
    expect(actionColumn(trace)).toEqual(['scale_down', 'scale_down', 'scale_down', 'none']);
  });

  it('holds at max while load stays high, then comes down', () => {
    const trace = simulate({ config: threshold({ max_servers: 2 }), loads: [150, 150, 150, 10] });
    expect(afterColumn(trace)).toEqual([2, 2, 2, 1]);
    expect(branchColumn(trace)).toEqual(['above_upper', 'above_upper_at_max', 'above_upper_at_max', 'below_lower']);
  });

  it('with min equal to max never moves', () => {
    const trace = simulate({ config: threshold({ min_servers: 3, max_servers: 3, initial_servers: 3 }), loads: [500, 0, 50] });
    expect(afterColumn(trace)).toEqual([3, 3, 3]);
    expect(branchColumn(trace)).toEqual(['above_upper_at_max', 'below_lower_at_min', 'between']);
  });

  it('handles fractional loads and thresholds', () => {
    const trace = simulate({ config: threshold({ upper_threshold: 10.5, lower_threshold: 2.5 }), loads: [10.5, 10.6, 2.4] });
    expect(afterColumn(trace)).toEqual([1, 2, 1]);
  });

  it('an empty load sequence gives an empty trace that ends where it started', () => {
    const trace = simulate({ config: threshold({ initial_servers: 4 }), loads: [] });
    expect(trace.length).toBe(0);
    expect(finalInstances(trace)).toBe(4);
  });

  it('accepts a typed array and copies it', () => {
    const loads = Float64Array.from([150, 5]);
    const trace = simulate({ config: LESSON_CONFIG, loads });
    loads[0] = 0;
    expect(trace.loads[0]).toBe(150);
    expect(afterColumn(trace)).toEqual([2, 1]);
  });

  it('instancesBefore is initial_servers at step 0 and the previous after afterwards', () => {
    const trace = simulate({ config: threshold({ initial_servers: 3 }), loads: [150, 50] });
    expect(instancesBefore(trace, 0)).toBe(3);
    expect(instancesBefore(trace, 1)).toBe(4);
  });
});

describe('target tracking arithmetic', () => {
  it('utilization = load / (instances x capacity_per_server)', () => {
    expect(utilizationOf(90, 3, 50)).toBeCloseTo(0.6, 12);
    expect(utilizationOf(0, 3, 50)).toBe(0);
  });

  it('desired = ceil(load / (capacity x target))', () => {
    const config = tracking({ capacity_per_server: 50, target_utilization: 0.6 });
    expect(desiredServers(90, config)).toBe(3);
    expect(desiredServers(91, config)).toBe(4);
    expect(desiredServers(1, config)).toBe(1);
    expect(desiredServers(0, config)).toBe(0);
  });

  it('an exact multiple does not over-provision: load 9, capacity 6, target 0.3 needs exactly 5', () => {
    expect(6 * 0.3).not.toBe(1.8);
    expect(Math.ceil(9 / (6 * 0.3))).toBe(6);
    expect(desiredServers(9, tracking({ capacity_per_server: 6, target_utilization: 0.3 }))).toBe(5);
    const trace = simulate({ config: tracking({ capacity_per_server: 6, target_utilization: 0.3, max_servers: 10 }), loads: [9] });
    expect(trace.after[0]).toBe(5);
    expect(trace.desired[0]).toBe(5);
  });

  it('other exact multiples stay exact', () => {
    for (const [load, capacity, target, want] of [[21, 7, 0.1, 30], [7, 10, 0.7, 1], [1, 10, 0.1, 1], [33, 11, 0.3, 10], [60, 100, 0.6, 1]] as const) {
      expect(desiredServers(load, tracking({ capacity_per_server: capacity, target_utilization: target }))).toBe(want);
    }
  });

  it('asks for Infinity, not a wrapped-around number, when capacity x target is tiny', () => {
    const config = tracking({ capacity_per_server: 1e-200, target_utilization: 1e-200, max_servers: 5 });
    expect(desiredServers(10, config)).toBe(Infinity);
    expect(desiredServers(0, config)).toBe(0);
    const trace = simulate({ config: tracking({ capacity_per_server: 0.001, target_utilization: 0.001, max_servers: 5 }), loads: [1e9] });
    expect(trace.desired[0]).toBe(1e15);
    expect(trace.after[0]).toBe(5);
  });

  it('any positive load, however tiny, wants at least one server', () => {
    const config = tracking({ capacity_per_server: 1, target_utilization: 0.01 });
    expect(desiredServers(Number.MIN_VALUE, config)).toBe(1);
    expect(desiredServers(1e-12, config)).toBe(1);
  });

  it('off target means |utilization / target - 1| > tolerance, and the boundary counts as on target', () => {
    const config = tracking({ target_utilization: 0.5, tolerance: 0.1 });
    expect(isOffTarget(0.5, config)).toBe(false);
    expect(isOffTarget(0.55, config)).toBe(false);
    expect(isOffTarget(0.45, config)).toBe(false);
    expect(isOffTarget(0.551, config)).toBe(true);
    expect(isOffTarget(0.449, config)).toBe(true);
    expect(isOffTarget(0.5000001, tracking({ target_utilization: 0.5, tolerance: 0 }))).toBe(true);
  });
});

describe('simulate: the target-tracking policy', () => {
  const config = tracking({ min_servers: 2, max_servers: 6, target_utilization: 0.6, capacity_per_server: 50, tolerance: 0.1, initial_servers: 2 });

  it('moves straight to the desired count, clamped to [min, max]', () => {
    const trace = simulate({ config, loads: [60, 150, 1000, 160, 0] });
    // 60/(2x50)=60 % on target; 150 -> ceil(5)=5; 1000 -> 34 capped at 6; 160/(6x50)=53 % off by 11 % -> ceil(5.33)=6; 0 -> 0 raised to 2
    expect(branchColumn(trace)).toEqual(['within_tolerance', 'off_target', 'off_target', 'off_target', 'off_target']);
    expect(Array.from(trace.desired)).toEqual([0, 5, 34, 6, 0]);
    expect(afterColumn(trace)).toEqual([2, 5, 6, 6, 2]);
    expect(actionColumn(trace)).toEqual(['none', 'scale_up', 'scale_up', 'none', 'scale_down']);
  });

  it('leaves instances alone within the tolerance', () => {
    const trace = simulate({ config: { ...config, initial_servers: 3 }, loads: [90, 99, 81, 100] });
    // 90/150 = 60 %; 99 -> 66 % (+10 %); 81 -> 54 % (-10 %); 100 -> 66.7 % (+11 %) -> ceil(3.33) = 4
    expect(branchColumn(trace)).toEqual(['within_tolerance', 'within_tolerance', 'within_tolerance', 'off_target']);
    expect(afterColumn(trace)).toEqual([3, 3, 3, 4]);
  });

  it('with zero tolerance acts on any deviation', () => {
    const trace = simulate({ config: { ...config, tolerance: 0, initial_servers: 3 }, loads: [90, 91, 89] });
    expect(branchColumn(trace)).toEqual(['within_tolerance', 'off_target', 'off_target']);
    expect(afterColumn(trace)).toEqual([3, 4, 3]);
  });

  it('answers the lesson\'s practice question 3: usage 80 % over a 70 % target scales up', () => {
    const practice = tracking({ min_servers: 2, max_servers: 5, target_utilization: 0.7, capacity_per_server: 100, initial_servers: 2 });
    const trace = simulate({ config: practice, loads: [160] });
    expect(actionAt(trace, 0)).toBe('scale_up');
    expect(trace.after[0]).toBe(3);
  });

  it('answers practice question 4: a high target keeps one server under high load', () => {
    const high = tracking({ min_servers: 1, max_servers: 3, target_utilization: 1, capacity_per_server: 100, tolerance: 0.5 });
    expect(afterColumn(simulate({ config: high, loads: [140, 140] }))).toEqual([1, 1]);
    expect(afterColumn(simulate({ config: { ...high, target_utilization: 0.5 }, loads: [140] }))).toEqual([3]);
  });

  it('stores no desired column for the threshold policy', () => {
    expect(simulate({ config: LESSON_CONFIG, loads: LESSON_LOADS }).desired.length).toBe(0);
  });
});

describe('capacityAtTarget', () => {
  it('is instances × capacity_per_server × target_utilization', () => {
    expect(capacityAtTarget({ ...TARGET_TRACKING_DEFAULTS, capacity_per_server: 50, target_utilization: 0.6 }, 3)).toBeCloseTo(90);
  });
});
