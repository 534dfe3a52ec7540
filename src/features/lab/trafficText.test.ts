import { describe, expect, it } from 'vitest';
import { rateAt } from '../../engine/time';
import { profileToCsv, withRateOver } from './trafficText';

describe('traffic text and drawing', () => {
  const profile = { points: [{ t: 0, rps: 10 }, { t: 600, rps: 80 }] };

  it('writes a profile as the CSV the engine reads', () => {
    expect(profileToCsv(profile)).toBe('seconds,requests_per_second\n0,10\n600,80');
  });

  it('sets a rate over a span, restoring the rate after it and merging equal neighbours', () => {
    expect(withRateOver(profile, 120, 180, 50, rateAt)).toEqual({ points: [{ t: 0, rps: 10 }, { t: 120, rps: 50 }, { t: 180, rps: 10 }, { t: 600, rps: 80 }] });
    expect(withRateOver(profile, 540, 600, 80, rateAt)).toEqual({ points: [{ t: 0, rps: 10 }, { t: 540, rps: 80 }] });
    expect(withRateOver(profile, 0, 60, 10, rateAt)).toEqual(profile);
    expect(withRateOver(profile, 600, 660, 5, rateAt)).toEqual({ points: [{ t: 0, rps: 10 }, { t: 600, rps: 5 }, { t: 660, rps: 80 }] });
  });
});
