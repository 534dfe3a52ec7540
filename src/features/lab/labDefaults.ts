/** The Lab's starting inputs and presets, made from the engine's own defaults. */
import { LESSON_CONFIG } from '../../engine/lesson/config';
import type { LabInputs, LabShared } from '../../store/labLink';
import {
  DEFAULT_PLATFORM, fittedPolicy, LAB_POLICY_KINDS, POLICY_MODELS, validateLabConfig, type LabPolicyConfig, type LabPolicyKind, type NamedPolicy, type PlatformSettings,
} from './labEngine';

/** The kinds the engine simulates (every kind, once all the controllers are in). */
export const RUNNABLE_KINDS: readonly LabPolicyKind[] = LAB_POLICY_KINDS.filter((kind) => POLICY_MODELS[kind] !== undefined);

/**
 * A policy's default config, named after its model, with any per-replica target the platform cannot hold replaced by
 * one that suits it (Knative's 100 in flight suits a web server, not a replica that serves one request at a time): a
 * new policy starts fair, and its card says which targets were chosen for the platform.
 */
export function defaultPolicy(kind: LabPolicyKind, platform: PlatformSettings = DEFAULT_PLATFORM): NamedPolicy {
  const model = POLICY_MODELS[kind] ?? POLICY_MODELS[RUNNABLE_KINDS[0]!]!;
  return { name: model.title, config: fittedPolicy(model.defaults as LabPolicyConfig, platform) };
}

const PREFERRED: readonly LabPolicyKind[] = ['hpa', 'kpa', 'sagemaker', 'threshold'];

/**
 * The starting comparison, a fair one: each policy's targets suit the platform (defaultPolicy), and Knative, unbounded
 * by default, gets the HPA's ceiling of replicas, so neither wins by being allowed more.
 */
function fairPair(): NamedPolicy[] {
  const policies = PREFERRED.filter((kind) => RUNNABLE_KINDS.includes(kind)).slice(0, 2).map((kind) => defaultPolicy(kind));
  const hpa = policies.find((p) => p.config.policy === 'hpa')?.config;
  const ceiling = hpa?.policy === 'hpa' ? hpa.max_replicas : undefined;
  return policies.map((p) => (p.config.policy === 'kpa' && ceiling !== undefined ? { ...p, config: { ...p.config, max_scale: ceiling } } : p));
}

export const DEFAULT_LAB_INPUTS: LabInputs = {
  traffic: { kind: 'scenario', name: 'spike' },
  policies: fairPair(),
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
