import { describe, expect, it } from 'vitest';
import { clockTime, formatDuration } from './labFormat';

describe('Lab times', () => {
  it('writes seconds as a clock from the start, with days past a day', () => {
    expect([0, 75, 1799, 3725, 86_399, 300_000].map(clockTime)).toEqual(['0:00', '1:15', '29:59', '1:02:05', '23:59:59', '3d 11:20:00']);
  });
  it('writes durations in words', () => {
    expect([1800, 5400, 86_400, 604_800, 61].map(formatDuration)).toEqual(['30 min', '1 h 30 min', '1 d', '7 d', '1 min 1 s']);
  });
});
