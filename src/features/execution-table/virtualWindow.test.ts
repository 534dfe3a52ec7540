import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scrollToReveal, virtualWindow } from './virtualWindow';

describe('virtualWindow', () => {
  it('renders every row of a short list with no spacers', () => {
    expect(virtualWindow({ count: 6, rowHeight: 32, viewportHeight: 400, scrollTop: 0 })).toEqual({ start: 0, end: 6, padTop: 0, padBottom: 0 });
  });

  it('renders only the visible rows plus overscan of a long list', () => {
    const window = virtualWindow({ count: 10_000, rowHeight: 32, viewportHeight: 320, scrollTop: 32 * 5_000, overscan: 5 });
    expect(window).toEqual({ start: 4_995, end: 5_016, padTop: 4_995 * 32, padBottom: (10_000 - 5_016) * 32 });
  });

  it('clamps at the end and when scrolled past it', () => {
    const window = virtualWindow({ count: 100, rowHeight: 30, viewportHeight: 300, scrollTop: 999_999, overscan: 2 });
    expect(window.end).toBe(100);
    expect(window.padBottom).toBe(0);
    expect(virtualWindow({ count: 0, rowHeight: 30, viewportHeight: 300, scrollTop: 0 })).toEqual({ start: 0, end: 0, padTop: 0, padBottom: 0 });
  });

  it('property: spacers plus rendered rows always add up to the full height, and the visible rows are rendered', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 20_000 }), fc.integer({ min: 10, max: 60 }), fc.integer({ min: 0, max: 1_000 }), fc.nat(),
      (count, rowHeight, viewportHeight, scrollSeed) => {
        const scrollTop = scrollSeed % (count * rowHeight);
        const { start, end, padTop, padBottom } = virtualWindow({ count, rowHeight, viewportHeight, scrollTop });
        expect(padTop + (end - start) * rowHeight + padBottom).toBe(count * rowHeight);
        const firstVisible = Math.floor(scrollTop / rowHeight);
        const lastVisible = Math.min(count - 1, Math.floor((scrollTop + viewportHeight) / rowHeight));
        expect(start).toBeLessThanOrEqual(firstVisible);
        expect(end).toBeGreaterThan(lastVisible);
        expect(end - start).toBeLessThanOrEqual(Math.ceil(viewportHeight / rowHeight) + 1 + 16);
      },
    ));
  });
});

describe('scrollToReveal', () => {
  it('leaves a visible row alone, so the user\'s scrolling is not fought', () => {
    expect(scrollToReveal(10, 32, 320, 32 * 5)).toBeUndefined();
  });
  it('scrolls up to a row above and down just enough for a row below', () => {
    expect(scrollToReveal(2, 32, 320, 32 * 5)).toBe(64);
    expect(scrollToReveal(100, 32, 320, 0)).toBe(101 * 32 - 320);
  });
});
