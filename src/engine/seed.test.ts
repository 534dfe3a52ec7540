import { describe, expect, it } from 'vitest';
import { MAX_SEED, parseSeed, seededRandom } from '.';

describe('parseSeed: the one rule for every seed the app accepts (test links, the load preset)', () => {
  it('accepts whole numbers from 0 to 2^32 - 1, each its own random sequence', () => {
    expect(parseSeed('0')).toEqual({ ok: true, value: 0 });
    expect(parseSeed(' 42 ')).toEqual({ ok: true, value: 42 });
    expect(parseSeed('4294967295')).toEqual({ ok: true, value: MAX_SEED });
    expect(seededRandom(MAX_SEED)()).not.toBe(seededRandom(0)());
  });

  it.each(['4294967296', '99999999999', '-1', '1.5', '1.0', '1e3', 'abc', '', '0x10'])('refuses %j, saying which seeds are allowed', (text) => {
    const result = parseSeed(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('whole number from 0 to 4,294,967,295');
  });
});
