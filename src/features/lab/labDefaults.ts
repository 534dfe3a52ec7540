/** The Lab's starting inputs and presets, made from the engine's own defaults. */
import { LESSON_CONFIG } from '../../engine/config';
import type { LabInputs, LabShared } from '../../store/labLink';
import { DEFAULT_PLATFORM, POLICY_MODELS, validateLabPolicy, type LabPolicyKind, type NamedPolicy } from './labEngine';

/** A policy's default config, named after its model. */
export function defaultPolicy(kind: LabPolicyKind): NamedPolicy {
  const model = POLICY_MODELS[kind];
  return { name: model.title, config: model.defaults };
}

export const DEFAULT_LAB_INPUTS: LabInputs = {
  traffic: { kind: 'scenario', name: 'spike' },
  policies: [defaultPolicy('hpa'), defaultPolicy('kpa')],
  platform: DEFAULT_PLATFORM,
  seconds: 1800,
  seed: 1,
  arrivals: 'poisson',
};

export const DEFAULT_LAB: LabShared = { inputs: DEFAULT_LAB_INPUTS, cursor: 0 };

/** The lesson's config as written is a Lab threshold config; the time knobs take their documented defaults. */
function lessonInTime(): NamedPolicy {
  const checked = validateLabPolicy(LESSON_CONFIG);
  if (!checked.ok) throw new Error(`the lesson's config is not a valid Lab config: ${checked.errors[0]?.message ?? ''}`);
  return { name: 'The lesson\'s loop', config: checked.value };
}

/** "The lesson's loop in time": the lesson's threshold policy alone, on a spike, with the platform's cold start. */
export function lessonLoopPreset(): LabShared {
  return { inputs: { ...DEFAULT_LAB_INPUTS, traffic: { kind: 'scenario', name: 'spike' }, policies: [lessonInTime()] }, cursor: 0 };
}
