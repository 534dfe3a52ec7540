import { describe, expect, it } from 'vitest';
import { OBJECTIVE_MARGIN_TOP, objectiveLabelPlace, ticksThatFit, timeTicks } from './SmallChart';

describe('timeTicks', () => {
  it('gives at most six round clock ticks, none crowding the run\'s end', () => {
    expect(timeTicks(1800)).toEqual([0, 300, 600, 900, 1200, 1500]);
    expect(timeTicks(604_800)).toEqual([0, 86_400 * 2, 86_400 * 4, 86_400 * 6]);
    expect(timeTicks(86_400)).toEqual([0, 21_600, 43_200, 64_800]);
    expect(timeTicks(30)).toEqual([0]);
    for (const seconds of [1, 59, 3600, 3660, 100_000, 604_800]) {
      const ticks = timeTicks(seconds);
      expect(ticks.length).toBeLessThanOrEqual(6);
      expect(ticks.at(-1)!).toBeLessThan(seconds);
    }
  });

  it('gives a phone\'s narrow plot fewer ticks than a laptop\'s, each label with room', () => {
    expect(ticksThatFit(1800, 262)).toBe(4);
    expect(ticksThatFit(604_800, 262)).toBe(2);
    expect(ticksThatFit(1800, 1200)).toBe(6);
    expect(timeTicks(1800, ticksThatFit(1800, 262))).toEqual([0, 600, 1200]);
    expect(ticksThatFit(60, 10)).toBe(1);
  });
});

describe('the objective\'s label', () => {
  it('sits wholly above the plot, in the margin kept for it, at the plot\'s right end: never over a line', () => {
    const plot = { x: 76, y: OBJECTIVE_MARGIN_TOP, width: 300 }; // the plot starts below the margin kept for the label
    const place = objectiveLabelPlace(plot);
    // a text's glyphs reach about a quarter of its size below the baseline, and its size above it
    expect(place.y + place.size / 4).toBeLessThanOrEqual(plot.y);
    expect(place.y - place.size).toBeGreaterThanOrEqual(0);
    expect(place.x).toBeLessThanOrEqual(plot.x + plot.width);
    expect(place.x).toBeGreaterThan(plot.x + plot.width / 2);
  });
});
