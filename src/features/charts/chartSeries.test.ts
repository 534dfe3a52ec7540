import { describe, expect, it } from 'vitest';
import { LESSON_CONFIG, LESSON_LOADS, TARGET_TRACKING_DEFAULTS, simulate } from '../../engine';
import { chartModel, formatAxisNumber, instanceAxis } from './chartSeries';

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
    expect(model.thresholds.map(({ value, label }) => ({ value, label }))).toEqual([{ value: 100, label: 'Upper threshold 100' }, { value: 20, label: 'Lower threshold 20' }]);
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

describe('instanceAxis', () => {
  it('spaces whole ticks evenly up to just above the most instances (no 0, 2, 4, 5)', () => {
    expect(instanceAxis(2)).toMatchObject({ domain: [0, 3], ticks: [0, 1, 2, 3] });
    expect(instanceAxis(4)).toMatchObject({ domain: [0, 5], ticks: [0, 1, 2, 3, 4, 5] });
    expect(instanceAxis(10)).toMatchObject({ domain: [0, 12], ticks: [0, 2, 4, 6, 8, 10, 12] });
    expect(instanceAxis(1000)).toMatchObject({ domain: [0, 1200], ticks: [0, 200, 400, 600, 800, 1000, 1200] });
  });

  it('widens for three- and four-digit ticks', () => {
    expect([2, 10, 150, 1000].map((max) => instanceAxis(max).width)).toEqual([48, 48, 57, 66]);
  });

  it('always leaves room above the top, with at most 7 evenly spaced ticks', () => {
    for (let max = 1; max <= 1000; max++) {
      const { domain, ticks } = instanceAxis(max);
      expect(domain[1]).toBeGreaterThan(max);
      expect(ticks.length).toBeLessThanOrEqual(7);
      expect(ticks.at(-1)).toBe(domain[1]);
      expect(new Set(ticks.slice(1).map((tick, i) => tick - ticks[i]!)).size).toBe(1);
    }
  });
});

describe('formatAxisNumber', () => {
  it('keeps small numbers exact and shortens large ones so they fit the axis', () => {
    expect([0, 120, 9_500, 25_000, 1_500_000, 1_000_000_000].map(formatAxisNumber)).toEqual(['0', '120', '9500', '25K', '1.5M', '1B']);
  });
});

describe('load axis width', () => {
  it('stays narrow for the lesson and widens for four-character ticks', () => {
    expect(chartModel(lesson).loadAxisWidth).toBe(52);
    expect(chartModel(simulate({ config: LESSON_CONFIG, loads: [1_000_000_000, 5] })).loadAxisWidth).toBe(72);
    expect(chartModel(simulate({ config: { ...LESSON_CONFIG, upper_threshold: 5000, lower_threshold: 20 }, loads: [10] })).loadAxisWidth).toBe(72);
  });
});

describe('threshold labels', () => {
  it('are drawn for the lesson, and left to the legend when huge loads squeeze the two lines together', () => {
    expect(chartModel(lesson).labelsThresholds).toBe(true);
    expect(chartModel(simulate({ config: LESSON_CONFIG, loads: [1_000_000_000, 5] })).labelsThresholds).toBe(false);
    expect(chartModel(simulate({ config: { ...LESSON_CONFIG, upper_threshold: 150, lower_threshold: 140 }, loads: LESSON_LOADS })).labelsThresholds).toBe(false);
    expect(chartModel(target).labelsThresholds).toBe(false);
  });
});

describe('nothing hidden at the ends of the chart', () => {
  const lessonTrace = simulate({ config: LESSON_CONFIG, loads: LESSON_LOADS });

  it("gives the last step's change half a step of width, so step 6's drop to 1 shows", () => {
    const model = chartModel(lessonTrace);
    expect(model.xMax).toBe(6.5);
    expect(model.tail).toEqual({ step: 6.5, instances: 1 });
  });

  it('puts each threshold label where no load point sits under it', () => {
    const [upper, lower] = chartModel(lessonTrace).thresholds;
    expect(upper!.position).toBe('belowRight');
    // above the line at the right is step 5 (load 30); above it at the left, nothing
    expect(lower!.position).toBe('aboveLeft');
  });
});
