import { describe, expect, it } from 'vitest';
import { fitFloor, MIN_SLIDE_TEXT_PX } from './useFitSlide';

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
