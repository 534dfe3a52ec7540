/** The Lab's starting inputs and presets, made from the engine's own defaults. */
import { LESSON_CONFIG } from '../../engine/lesson/config';
import type { LabInputs, LabShared } from '../../store/labLink';
import { DEFAULT_PLATFORM, LAB_POLICY_KINDS, POLICY_MODELS, validateLabConfig, type LabPolicyConfig, type LabPolicyKind, type NamedPolicy } from './labEngine';

/** The kinds the engine simulates (every kind, once all the controllers are in). */
export const RUNNABLE_KINDS: readonly LabPolicyKind[] = LAB_POLICY_KINDS.filter((kind) => POLICY_MODELS[kind] !== undefined);

/** A policy's default config, named after its model. */
export function defaultPolicy(kind: LabPolicyKind): NamedPolicy {
  const model = POLICY_MODELS[kind] ?? POLICY_MODELS[RUNNABLE_KINDS[0]!]!;
  return { name: model.title, config: model.defaults as LabPolicyConfig };
}

const PREFERRED: readonly LabPolicyKind[] = ['hpa', 'kpa', 'sagemaker', 'threshold'];

export const DEFAULT_LAB_INPUTS: LabInputs = {
  traffic: { kind: 'scenario', name: 'spike' },
  policies: PREFERRED.filter((kind) => RUNNABLE_KINDS.includes(kind)).slice(0, 2).map(defaultPolicy),
  platform: DEFAULT_PLATFORM,
  seconds: 1800,
  seed: 1,
  arrivals: 'poisson',
};

export const DEFAULT_LAB: LabShared = { inputs: DEFAULT_LAB_INPUTS, cursor: 0 };

/** The lesson's config as written is a Lab threshold config; the time knobs take their documented defaults. */
function lessonInTime(): NamedPolicy {
  const checked = validateLabConfig(LESSON_CONFIG);
  if (!checked.ok) throw new Error(`the lesson's config is not a valid Lab config: ${checked.errors[0]?.message ?? ''}`);
  return { name: 'The lesson\'s loop', config: checked.value };
}

/** "The lesson's loop in time": the lesson's threshold policy alone, on a spike, with the platform's cold start. */
export function lessonLoopPreset(): LabShared {
  return { inputs: { ...DEFAULT_LAB_INPUTS, traffic: { kind: 'scenario', name: 'spike' }, policies: [lessonInTime()] }, cursor: 0 };
}
