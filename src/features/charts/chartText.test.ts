import { describe, expect, it } from 'vitest';
import { LESSON_CONFIG, LESSON_LOADS, TARGET_TRACKING_DEFAULTS, simulate } from '../../engine';
import { chartDescription, cursorReadout, legendItems } from './chartText';

const lesson = simulate({ config: LESSON_CONFIG, loads: LESSON_LOADS });
const target = simulate({ config: { ...TARGET_TRACKING_DEFAULTS, capacity_per_server: 50, target_utilization: 0.6 }, loads: [10, 100, 200, 40] });

describe('cursorReadout', () => {
  it('reads exact values at the cursor', () => {
    expect(cursorReadout(lesson, 0)).toBe('Start: instances 1');
    expect(cursorReadout(lesson, 3)).toBe('Step 3: load 120, instances 1 → 2');
    expect(cursorReadout(lesson, 4)).toBe('Step 4: load 80, instances 2');
    expect(cursorReadout(target, 2)).toBe('Step 2: load 100, instances 1 → 4, capacity at target 30 → 120');
  });

  it('describes the chart for its accessible name', () => {
    expect(chartDescription(lesson)).toContain('upper threshold 100 and lower threshold 20');
    expect(chartDescription(target)).toContain('capacity at 60 % target utilization');
  });
});

describe('legendItems', () => {
  it('names the thresholds for the threshold policy and the capacity line for target tracking', () => {
    expect(legendItems(LESSON_CONFIG).map((item) => item.label)).toEqual([
      'Load (requests)', 'Upper threshold 100', 'Lower threshold 20', 'Instances (right axis)', 'Current step',
    ]);
    expect(legendItems(target.config).map((item) => item.kind)).toEqual(['load', 'capacity', 'instances', 'cursor']);
  });
});
