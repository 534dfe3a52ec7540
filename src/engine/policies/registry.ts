/**
 * Every Lab policy kind and its model. The tick loop, the CLI and the Lab view look a policy up here, so adding a
 * controller means one file and one line below.
 */
import { sagemakerModel } from './sagemaker';
import { targetTrackingModel } from './targetTracking';
import { thresholdModel } from './threshold';
import type { LabPolicyConfig, LabPolicyKind, PolicyModel } from './types';

/** A model of any kind, as the tick loop drives it (its config and memory opaque). */
export type AnyPolicyModel = PolicyModel<LabPolicyConfig, unknown>;

type ModelOf<K extends LabPolicyKind> = PolicyModel<Extract<LabPolicyConfig, { policy: K }>, unknown>;

/** The registered models; a kind missing here is not simulated yet (see modelFor). */
export const POLICY_MODELS: { readonly [K in LabPolicyKind]?: ModelOf<K> } = {
  threshold: thresholdModel,
  target_tracking: targetTrackingModel,
  sagemaker: sagemakerModel,
};

/** The model for a config's kind, or undefined when that kind is not registered. */
export function modelFor(config: LabPolicyConfig): AnyPolicyModel | undefined {
  return POLICY_MODELS[config.policy] as AnyPolicyModel | undefined;
}
