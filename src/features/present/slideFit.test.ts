import { describe, expect, it } from 'vitest';
import { fitFloor, MIN_SLIDE_TEXT_PX, nextFit, rowsToDrop, trackerRadiusFor } from './slideFit';

describe('the fit floor', () => {
  it('never lets the smallest slide text (0.8rem) render under 16 px', () => {
    // the projector theme's root size at 1024x768 is about 21.6 px: the fit may shrink type by about 7 % at most
    expect(fitFloor(21.6)).toBeCloseTo(16 / (0.8 * 21.6), 5);
    for (const root of [16, 20, 21.6, 25, 34.6]) expect(0.8 * root * fitFloor(root)).toBeGreaterThanOrEqual(Math.min(MIN_SLIDE_TEXT_PX, 0.8 * root));
    // on a large screen the old floor still bounds the shrink, and a small root is never shrunk at all
    expect(fitFloor(34.6)).toBe(0.72);
    expect(fitFloor(16)).toBe(1);
  });
});

describe('fitting a slide', () => {
  it('shrinks type a step at a time, the last step landing on the floor rather than stopping above it', () => {
    expect(nextFit(1, 0.72)).toBe(0.96);
    expect(nextFit(0.96, 0.927)).toBe(0.927);
    expect(nextFit(0.927, 0.927)).toBe(0.927);
  });

  it('leaves out enough table rows for what overflows, at least one, never the last', () => {
    expect(rowsToDrop(6, 50, 25)).toBe(2);
    expect(rowsToDrop(6, 51, 25)).toBe(3);
    expect(rowsToDrop(6, 5, 25)).toBe(1);
    expect(rowsToDrop(6, 900, 25)).toBe(5);
    expect(rowsToDrop(6, 0, 25)).toBe(0);
    expect(rowsToDrop(1, 300, 25)).toBe(0);
  });
});

describe('the tracker on a slide', () => {
  it('narrows its window around the current column by as many columns as overflow, keeping Start, Final and the gaps', () => {
    // 32 columns (Start, After 1..30, Final) as Start, a gap, 21 around the cursor, Final: 24 shown, 3 columns too wide
    expect(trackerRadiusFor(24, 260, 90)).toBe(8);
    expect(trackerRadiusFor(24, 0, 90)).toBeUndefined();
    expect(trackerRadiusFor(8, 5000, 90)).toBe(0);
    // the lesson's 8 columns, one too wide: radius 1 (Start, a gap, 3 around the cursor, a gap, Final: 7 at most)
    expect(trackerRadiusFor(8, 40, 90)).toBe(1);
  });
});
