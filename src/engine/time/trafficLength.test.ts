import { describe, expect, it } from 'vitest';
import { MAX_SECONDS } from './platform';
import { profileLength, scenarioLength } from './trafficLength';

describe('how long a traffic runs by itself', () => {
  it('ends a CSV one step after its last point, a single rate never', () => {
    const hour = Array.from({ length: 61 }, (_, i) => ({ t: i * 60 }));
    expect(profileLength(hour)).toBe(3660);
    expect(profileLength([{ t: 0 }])).toBeNull();
    expect(profileLength([{ t: 0 }, { t: MAX_SECONDS }])).toBe(MAX_SECONDS);
  });

  it('gives diurnal a day and leaves the scenarios shaped to the run free', () => {
    expect(scenarioLength('diurnal')).toBe(86_400);
    expect(scenarioLength('spike')).toBeNull();
  });
});
