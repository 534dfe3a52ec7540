import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitWindow, scrollToReveal, virtualWindow } from './virtualWindow';

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

describe('fitWindow', () => {
  it('keeps the current row last and the rows before it, as many as fit', () => {
    expect(fitWindow(6, 4, [5])).toEqual({ start: 2, end: 6 });
    expect(fitWindow(6, 10, [5])).toEqual({ start: 0, end: 6 });
    expect(fitWindow(6, 0, [5])).toEqual({ start: 5, end: 6 });
  });

  it('reaches back to a row a question points at, and past the current row when later rows are shown', () => {
    expect(fitWindow(6, 2, [5, 3])).toEqual({ start: 3, end: 6 });
    expect(fitWindow(9, 3, [2])).toEqual({ start: 0, end: 3 });
    expect(fitWindow(9, 3, [4, -1, 12])).toEqual({ start: 2, end: 5 });
    expect(fitWindow(9, 3, [])).toEqual({ start: 6, end: 9 });
  });

  it('property: a run of at least min(limit, count) rows inside the list, holding every kept row', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 600 }), fc.array(fc.integer({ min: -2, max: 520 }), { maxLength: 3 }),
      (count, limit, keep) => {
        const { start, end } = fitWindow(count, limit, keep);
        expect(start).toBeGreaterThanOrEqual(0);
        expect(end).toBeLessThanOrEqual(count);
        expect(end - start).toBeGreaterThanOrEqual(Math.min(limit, count));
        for (const index of keep) if (index >= 0 && index < count) expect(index >= start && index < end).toBe(true);
        const inRange = keep.filter((index) => index >= 0 && index < count);
        if (inRange.length > 0) expect(end - start).toBeLessThanOrEqual(Math.max(Math.min(limit, count), Math.max(...inRange) - Math.min(...inRange) + 1));
      }));
  });
});
