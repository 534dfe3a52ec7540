import { describe, expect, it } from 'vitest';
import { LESSON_CONFIG, LIMITS, TARGET_TRACKING_DEFAULTS } from '../../engine';
import { formatLoadsText, niceCeil, pageCount, pageOfCursor, parseLoadField, parseWholeField, rowTextWidths, sliderMaxFor, sliderStepFor } from './loadField';

describe('parseLoadField', () => {
  it('reads plain decimal numbers', () => {
    expect(parseLoadField(' 120 ')).toEqual({ ok: true, value: 120 });
    expect(parseLoadField('2.5')).toEqual({ ok: true, value: 2.5 });
    expect(parseLoadField('1e3')).toEqual({ ok: true, value: 1000 });
  });

  it.each([
    ['', /Type a number/],
    ['abc', /"abc" is not a number/],
    ['0x10', /not a number/],
    ['-5', /cannot be negative/],
    ['1e12', /Too large: the most is 1,000,000,000/],
    ['1e400', /Too large/],
  ])('explains why %j is not a load', (text, message) => {
    const result = parseLoadField(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('parseWholeField', () => {
  it('accepts whole numbers in range and explains the rest', () => {
    expect(parseWholeField('24', 1, 100, 'Steps')).toEqual({ ok: true, value: 24 });
    for (const bad of ['0', '101', '2.5', 'x', '']) {
      expect(parseWholeField(bad, 1, 100, 'Steps')).toEqual({ ok: false, message: 'Steps must be a whole number from 1 to 100.' });
    }
  });
});

describe('slider scale', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([1, 3, 200, 240, 251, 999, 1001, 0.3].map(niceCeil)).toEqual([1, 5, 200, 250, 500, 1000, 2000, 0.5]);
  });

  it('leaves room above the largest load and the threshold', () => {
    expect(sliderMaxFor([10, 50, 120, 80, 30, 5], LESSON_CONFIG)).toBe(250);
    expect(sliderMaxFor([1, 2], LESSON_CONFIG)).toBe(200);
    expect(sliderMaxFor([10], { ...LESSON_CONFIG, upper_threshold: 400 })).toBe(1000);
    expect(sliderMaxFor([10], { ...TARGET_TRACKING_DEFAULTS, capacity_per_server: 300 })).toBe(500);
    expect(sliderMaxFor([900], LESSON_CONFIG)).toBe(2000);
  });

  it('never runs a slider past the largest load the store accepts', () => {
    expect(sliderMaxFor([600_000_000], LESSON_CONFIG)).toBe(LIMITS.maxLoad);
    expect(sliderMaxFor([LIMITS.maxLoad], LESSON_CONFIG)).toBe(LIMITS.maxLoad);
    expect(sliderMaxFor([10], { ...LESSON_CONFIG, upper_threshold: LIMITS.maxLoad })).toBe(LIMITS.maxLoad);
  });

  it('measures the widest step number and load of a page', () => {
    expect(rowTextWidths(1, [10, 50, 120])).toEqual({ stepChars: 1, loadChars: 3 });
    expect(rowTextWidths(9_981, [1_000_000_000, 123.456789, 5])).toEqual({ stepChars: 4, loadChars: 10 });
    expect(rowTextWidths(9_999, [1, 2])).toEqual({ stepChars: 5, loadChars: 1 });
  });

  it('moves by single requests on small ranges', () => {
    expect(sliderStepFor(250)).toBe(1);
    expect(sliderStepFor(1_000_000)).toBe(2000);
  });
});

describe('paging', () => {
  it('puts Start and steps 1-20 on the first page', () => {
    expect([0, 1, 20, 21, 40, 41].map((cursor) => pageOfCursor(cursor))).toEqual([0, 0, 0, 1, 1, 2]);
    expect([1, 20, 21, 10_000].map((steps) => pageCount(steps))).toEqual([1, 1, 2, 500]);
  });

  it('formats loads for the list editor', () => {
    expect(formatLoadsText([10, 2.5, 120])).toBe('10, 2.5, 120');
  });
});
