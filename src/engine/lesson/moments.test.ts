import { describe, expect, it } from 'vitest';
import { LESSON_CONFIG, TARGET_TRACKING_DEFAULTS, type TargetTrackingConfig } from './config';
import { keyMoments } from './moments';
import { simulate } from './simulate';

const TRACKING: TargetTrackingConfig = {
  ...TARGET_TRACKING_DEFAULTS, min_servers: 2, max_servers: 6, initial_servers: 2,
  target_utilization: 0.6, capacity_per_server: 50, tolerance: 0.1,
};

describe('key moments for target tracking', () => {
  it('finds a scale-up, a cap and a within-tolerance step, each pointing at its row', () => {
    const moments = keyMoments(simulate({ config: TRACKING, loads: [60, 150, 1000, 160, 170, 0] }));
    expect(moments).toEqual([
      { kind: 'tracked_up', step: 2, question: 'Why do instances go from 2 to 5 at step 2?',
        answer: 'Utilization 150 % is off the 60 % target, so the autoscaler wants ceil(150 / (50 × 0.6)) = 5 servers: 2 → 5 (see execution_table row 2).' },
      { kind: 'capped', step: 3, question: 'Why does step 3 end with 6 instances when the formula asks for 34?',
        answer: 'Utilization 400 % is off the 60 % target, so the autoscaler wants ceil(1000 / (50 × 0.6)) = 34 servers, capped at max_servers 6: 5 → 6; the bounds min_servers 2 and max_servers 6 always win (see execution_table row 3).' },
      { kind: 'within_tolerance', step: 5, question: 'Why does nothing change at step 5 although load moved to 170?',
        answer: 'Utilization is 56.7 %, within the tolerance of 10 % around the 60 % target, so the system leaves 6 instances (see execution_table row 5).' },
    ]);
  });

  it('finds a scale-down toward the target', () => {
    const moments = keyMoments(simulate({ config: { ...TRACKING, initial_servers: 6 }, loads: [90] }));
    expect(moments).toEqual([{ kind: 'tracked_down', step: 1, question: 'Why do instances go from 6 to 3 at step 1?',
      answer: 'Utilization 30 % is off the 60 % target, so the autoscaler wants ceil(90 / (50 × 0.6)) = 3 servers: 6 → 3 (see execution_table row 1).' }]);
  });

  it('reports the first step of each kind only', () => {
    const moments = keyMoments(simulate({ config: TRACKING, loads: [150, 60, 300, 30] }));
    expect(moments.map((m) => [m.kind, m.step])).toEqual([['tracked_up', 1], ['tracked_down', 2], ['capped', 3]]);
  });

  it('finds nothing surprising in a steady, on-target load', () => {
    expect(keyMoments(simulate({ config: TRACKING, loads: [60, 60, 60] }))).toEqual([]);
  });
});

describe('key moments for the threshold policy beyond the lesson', () => {
  it('explains a step held at max and a step held at min after scaling', () => {
    const moments = keyMoments(simulate({ config: { ...LESSON_CONFIG, max_servers: 2 }, loads: [150, 150, 10, 10] }));
    expect(moments.map((m) => [m.kind, m.step])).toEqual([['scaled_up', 1], ['held_at_max', 2], ['scaled_down', 3], ['held_at_min', 4]]);
    expect(moments[1]!.answer).toBe('Load 150 is above 100, but instances are already at max_servers (2), so the system cannot add more (see execution_table row 2).');
    expect(moments[3]!.answer).toBe('Because instances are already at 1 and the condition to scale down requires instances > 1. At step 4, instances = 1, so no scale down happens (see execution_table row 4).');
  });

  it('says "one instance" or a count, as the step added', () => {
    const moments = keyMoments(simulate({ config: { ...LESSON_CONFIG, scale_step: 3 }, loads: [150] }));
    expect(moments[0]!.answer).toContain('scales up by adding 3 instances');
  });

  it('stays quick and short on a million steps', () => {
    const loads = Array.from({ length: 1_000_000 }, (_, i) => (i % 7 === 0 ? 150 : i % 5 === 0 ? 5 : 50));
    const moments = keyMoments(simulate({ config: { ...LESSON_CONFIG, max_servers: 3 }, loads }));
    expect(moments.length).toBeLessThanOrEqual(8);
    expect(moments.map((m) => m.kind)).toContain('scaled_up');
  });
});
