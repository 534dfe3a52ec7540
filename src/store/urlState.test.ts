import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_UI_STEPS } from './scenarioSlice';
import { decodeShared, encodeShared, formatHash, parseHash } from './urlState';

describe('shared links', () => {
  it('round-trips a scenario, including non-ASCII text', () => {
    const state = { configText: '{"upper_threshold": 150} // ünïcode', loads: [1, 2.5, 3], cursor: 2 };
    const decoded = decodeShared(encodeShared({ ...state, configText: '{"upper_threshold": 150}' }));
    expect(decoded).toEqual({ ok: true, value: { ...state, configText: '{"upper_threshold": 150}' } });
  });

  it('says what is wrong with a link that does not decode', () => {
    const result = decodeShared('garbage!!');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.message).toMatch(/could not be decoded/);
  });

  it('rejects an invalid config inside a well-formed link, with the validator\'s message', () => {
    const result = decodeShared(encodeShared({ configText: '{"min_servers": 6, "max_servers": 2}', loads: [1], cursor: 0 }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.hint).toMatch(/swapped/);
  });

  it('rejects bad loads and clamps the cursor', () => {
    expect(decodeShared(encodeShared({ configText: '{}', loads: [-1], cursor: 0 })).ok).toBe(false);
    const clamped = decodeShared(encodeShared({ configText: '{}', loads: [1, 2], cursor: 99 }));
    expect(clamped.ok && clamped.value.cursor).toBe(2);
  });

  it('rejects a link with more steps than the browser holds, and opens one with exactly that many', () => {
    const tooLong = decodeShared(encodeShared({ configText: '{}', loads: new Array(MAX_UI_STEPS + 1).fill(150), cursor: 3 }));
    expect(tooLong.ok).toBe(false);
    if (!tooLong.ok) expect(tooLong.errors[0]!.message).toMatch(/10,001 steps; the browser holds at most 10,000/);
    expect(decodeShared(encodeShared({ configText: '{}', loads: new Array(MAX_UI_STEPS).fill(150), cursor: 3 })).ok).toBe(true);
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string(), (text) => { decodeShared(text); }));
  });

  it('parses and formats the hash route', () => {
    expect(parseHash('#/quiz?s=abc')).toEqual({ mode: 'quiz', scenario: 'abc' });
    expect(parseHash('')).toEqual({ mode: 'visualize' });
    expect(parseHash('#/nonsense')).toEqual({ mode: 'visualize' });
    expect(formatHash({ mode: 'test', scenario: 'x' })).toBe('#/test?s=x');
  });

  it('carries the test seed in Test mode only, and ignores a seed that is not a 32-bit whole number', () => {
    expect(parseHash('#/test?s=abc&seed=42')).toEqual({ mode: 'test', scenario: 'abc', seed: 42 });
    expect(formatHash({ mode: 'test', scenario: 'abc', seed: 42 })).toBe('#/test?s=abc&seed=42');
    expect(formatHash({ mode: 'quiz', scenario: 'abc', seed: 42 })).toBe('#/quiz?s=abc');
    expect(parseHash('#/quiz?seed=42')).toEqual({ mode: 'quiz' });
    for (const bad of ['-1', '1.5', 'abc', '99999999999', '']) {
      const route = parseHash(`#/test?seed=${encodeURIComponent(bad)}`);
      // refused, never dropped: the address keeps what was sent, and the page says why
      expect(route).toEqual({ mode: 'test', refusedSeed: { text: bad, message: expect.stringContaining('whole number from 0 to 4,294,967,295') } });
      expect(formatHash(route)).toBe(`#/test?seed=${encodeURIComponent(bad)}`);
    }
  });
});
