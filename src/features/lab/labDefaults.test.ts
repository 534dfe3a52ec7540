import { describe, expect, it } from 'vitest';
import { DEFAULT_LAB_INPUTS, defaultPolicy } from './labDefaults';
import { targetFits } from './labEngine';

describe('the Lab\'s starting comparison', () => {
  it('is fair: every target suits the platform, and Knative has the HPA\'s ceiling', () => {
    const { policies, platform } = DEFAULT_LAB_INPUTS;
    expect(policies.map((p) => p.config.policy)).toEqual(['hpa', 'kpa']);
    expect(policies.flatMap((p) => targetFits(p.config, platform)).every((f) => f.suits)).toBe(true);
    const [hpa, kpa] = policies.map((p) => p.config);
    expect(kpa).toMatchObject({ target: 1, max_scale: hpa?.policy === 'hpa' ? hpa.max_replicas : -1 });
  });

  it('gives a new policy targets that suit the platform it joins', () => {
    const slow = { ...DEFAULT_LAB_INPUTS.platform, capacity: 2, service_ms: 500 };
    expect(defaultPolicy('kpa', slow).config).toMatchObject({ target: 1 });
    expect(targetFits(defaultPolicy('kpa', slow).config, slow).every((f) => f.suits)).toBe(true);
  });
});
