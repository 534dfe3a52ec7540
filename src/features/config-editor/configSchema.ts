/**
 * A JSON schema for the scaling config, generated from the engine's vocabulary (KNOWN_KEYS, the policies, LIMITS),
 * so the editor can autocomplete keys and underline type and range errors as the learner types.
 * The engine's validator stays the source of truth; the schema only helps while typing.
 */
import {
  COMMON_KEYS, KNOWN_KEYS, LESSON_CONFIG, LIMITS, TARGET_TRACKING_DEFAULTS, TARGET_TRACKING_KEYS, THRESHOLD_KEYS,
} from '../../engine';
import { POLICIES, POLICY_DESCRIPTIONS } from './policyKinds';

export { POLICIES };

type KnownKey = typeof COMMON_KEYS[number] | typeof THRESHOLD_KEYS[number] | typeof TARGET_TRACKING_KEYS[number];

interface FieldSchema {
  readonly type?: 'integer' | 'number' | 'string';
  readonly enum?: readonly string[];
  readonly description: string;
  readonly minimum?: number;
  readonly exclusiveMinimum?: number;
  readonly maximum?: number;
  readonly default?: number | string;
}



const servers = (description: string, fallback: number): FieldSchema => ({
  type: 'integer', minimum: 1, maximum: LIMITS.maxServers, default: fallback, description: `${description} (servers, whole number 1–${LIMITS.maxServers})`,
});

/** One entry per known key: the type, range, unit and default the validator applies. */
const FIELDS: Readonly<Record<KnownKey, FieldSchema>> = {
  policy: {
    type: 'string', enum: POLICIES, default: 'threshold',
    description: `Scaling policy: ${POLICIES.map((policy) => `"${policy}" = ${POLICY_DESCRIPTIONS[policy]}`).join('; ')}. Left out: inferred from the keys.`,
  },
  min_servers: servers('Fewest servers ever running', LESSON_CONFIG.min_servers),
  max_servers: servers('Most servers ever running', LESSON_CONFIG.max_servers),
  initial_servers: servers('Servers running before the first step', LESSON_CONFIG.initial_servers),
  upper_threshold: {
    type: 'number', minimum: 0, maximum: LIMITS.maxLoad, default: LESSON_CONFIG.upper_threshold,
    description: 'Threshold policy: add scale_step servers when load is above this (requests per step)',
  },
  lower_threshold: {
    type: 'number', minimum: 0, maximum: LIMITS.maxLoad, default: LESSON_CONFIG.lower_threshold,
    description: 'Threshold policy: remove scale_step servers when load is below this and more than min_servers run (requests per step)',
  },
  scale_step: servers('Threshold policy: servers added or removed per decision', LESSON_CONFIG.scale_step),
  target_utilization: {
    type: 'number', exclusiveMinimum: 0, maximum: 1, default: TARGET_TRACKING_DEFAULTS.target_utilization,
    description: 'Target tracking: wanted utilization, a decimal in (0, 1] — 0.6 means 60 %',
  },
  capacity_per_server: {
    type: 'number', exclusiveMinimum: 0, maximum: LIMITS.maxLoad, default: TARGET_TRACKING_DEFAULTS.capacity_per_server,
    description: 'Target tracking: requests one server handles per step at 100 % utilization (requests per step)',
  },
  tolerance: {
    type: 'number', minimum: 0, maximum: 0.99, default: TARGET_TRACKING_DEFAULTS.tolerance,
    description: 'Target tracking: relative deviation from the target tolerated without acting, a decimal 0–0.99 (0.1 = 10 %)',
  },
};

/** The schema registered with Monaco's JSON language defaults. */
export function buildConfigSchema() {
  const properties = Object.fromEntries(KNOWN_KEYS.map((key) => [key, FIELDS[key as KnownKey]]));
  const forbid = (keys: readonly string[]) => Object.fromEntries(keys.map((key) => [key, false]));
  return {
    title: 'Autoscale Lab scaling config',
    description: 'Keys left out take the lesson\'s defaults, so {"upper_threshold": 150} is a complete config.',
    type: 'object',
    properties,
    additionalProperties: false,
    allOf: [
      { if: { required: ['policy'], properties: { policy: { const: 'threshold' } } }, then: { properties: forbid(TARGET_TRACKING_KEYS) } },
      { if: { required: ['policy'], properties: { policy: { const: 'target_tracking' } } }, then: { properties: forbid(THRESHOLD_KEYS) } },
    ],
  } as const;
}
