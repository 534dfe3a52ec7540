import { describe, expect, it } from 'vitest';
import { DEFAULT_PLATFORM, validatePlatform, validateSeconds } from './platform';

describe('platform', () => {
  it('fills defaults and accepts them', () => {
    expect(validatePlatform({})).toEqual({ ok: true, value: DEFAULT_PLATFORM });
    expect(validatePlatform({ capacity: 2.5 })).toEqual({ ok: true, value: { ...DEFAULT_PLATFORM, capacity: 2.5 } });
  });

  it('refuses a zero or negative capacity and fractional seconds, at their keys', () => {
    const result = validatePlatform({ capacity: 0, cold_start_s: 1.5, timeout_s: -1 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toEqual(['capacity', 'cold_start_s', 'timeout_s']);
  });

  it('limits a run to seven days', () => {
    expect(validateSeconds(604_800).ok).toBe(true);
    expect(validateSeconds(604_801).ok).toBe(false);
    expect(validateSeconds(0).ok).toBe(false);
  });
});
