import { describe, expect, it } from 'vitest';
import { LESSON_CONFIG, LESSON_LOADS, TARGET_TRACKING_DEFAULTS, simulate } from '../../engine';
import { chartDescription, chartModel, cursorReadout, legendItems } from './chartSeries';

const lesson = simulate({ config: LESSON_CONFIG, loads: LESSON_LOADS });
const target = simulate({ config: { ...TARGET_TRACKING_DEFAULTS, capacity_per_server: 50, target_utilization: 0.6 }, loads: [10, 100, 200, 40] });

describe('chartModel', () => {
  it('draws the lesson exactly: a Start point, then every step, with both thresholds', () => {
    const model = chartModel(lesson);
    expect(model.points).toEqual([
      { step: 0, instances: 1 },
      { step: 1, load: 10, instances: 1 }, { step: 2, load: 50, instances: 1 }, { step: 3, load: 120, instances: 2 },
      { step: 4, load: 80, instances: 2 }, { step: 5, load: 30, instances: 2 }, { step: 6, load: 5, instances: 1 },
    ]);
    expect(model.thresholds).toEqual([{ value: 100, label: 'Upper threshold 100' }, { value: 20, label: 'Lower threshold 20' }]);
    expect(model.showsCapacity).toBe(false);
    expect(model.downsampled).toBe(false);
    expect(model.maxInstances).toBe(2);
  });

  it('draws capacity at target for target tracking, instead of thresholds', () => {
    const model = chartModel(target);
    expect(model.thresholds).toEqual([]);
    expect(model.showsCapacity).toBe(true);
    for (const point of model.points) expect(point.capacity).toBeCloseTo(point.instances * 50 * 0.6);
    expect(chartModel(lesson).points.every((point) => point.capacity === undefined)).toBe(true);
  });

  it('thins a 10,000-step trace to at most 601 points (Start + 600) and keeps the peak', () => {
    const loads = Array.from({ length: 10_000 }, (_, i) => (i === 6_543 ? 5_000 : 40 + (i % 90)));
    const model = chartModel(simulate({ config: LESSON_CONFIG, loads }));
    expect(model.downsampled).toBe(true);
    expect(model.points.length).toBeLessThanOrEqual(601);
    expect(model.points.some((p) => p.step === 6_544 && p.load === 5_000)).toBe(true);
    expect(model.points.at(-1)?.step).toBe(10_000);
  });
});

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
