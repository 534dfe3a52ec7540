import { describe, expect, it } from 'vitest';
import { KNOWN_KEYS, LIMITS } from '../../engine';
import { buildConfigSchema, POLICIES } from './configSchema';

describe('buildConfigSchema', () => {
  const schema = buildConfigSchema();
  it('describes exactly the engine\'s known keys and rejects others', () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...KNOWN_KEYS].sort());
    expect(schema.additionalProperties).toBe(false);
  });
  it('lists the policies as an enum', () => {
    expect(POLICIES).toEqual(['threshold', 'target_tracking']);
    expect(schema.properties.policy?.enum).toEqual(POLICIES);
  });
  it('gives every key a description and server counts the engine\'s limits', () => {
    for (const key of KNOWN_KEYS) expect(schema.properties[key]?.description.length).toBeGreaterThan(20);
    expect(schema.properties.max_servers).toMatchObject({ type: 'integer', minimum: 1, maximum: LIMITS.maxServers });
    expect(schema.properties.target_utilization).toMatchObject({ exclusiveMinimum: 0, maximum: 1 });
    expect(schema.properties.upper_threshold?.description).toMatch(/requests per step/);
  });
});
