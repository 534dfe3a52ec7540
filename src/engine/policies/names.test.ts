import { describe, expect, it } from 'vitest';
import { HPA_DEFAULTS } from './hpa';
import { KPA_DEFAULTS } from './kpa';
import { distinctNames, uniqueName } from './names';
import type { NamedPolicy } from './types';

const hpa: NamedPolicy = { name: 'llm', config: HPA_DEFAULTS };
const kpa: NamedPolicy = { name: 'llm', config: KPA_DEFAULTS };

describe('policy names in one run', () => {
  it('tells an HPA and a Knative Service of the same name apart by kind, and same-kind twins by number', () => {
    expect(distinctNames([hpa, kpa]).map((p) => p.name)).toEqual(['llm (HPA)', 'llm (Knative)']);
    expect(distinctNames([hpa, hpa, kpa]).map((p) => p.name)).toEqual(['llm (HPA)', 'llm (HPA) (2)', 'llm (Knative)']);
    expect(distinctNames([hpa, hpa]).map((p) => p.name)).toEqual(['llm', 'llm (2)']);
    expect(distinctNames([hpa, { ...kpa, name: 'other' }])).toEqual([hpa, { ...kpa, name: 'other' }]);
  });

  it('names a policy added to a run by its kind when another kind holds its name', () => {
    expect(uniqueName('llm', 'kpa', [hpa])).toBe('llm (Knative)');
    expect(uniqueName('llm', 'hpa', [hpa])).toBe('llm (2)');
    expect(uniqueName('new', 'hpa', [hpa])).toBe('new');
  });
});
