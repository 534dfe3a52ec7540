/**
 * Every Lab policy kind and its model. The tick loop, the CLI and the Lab view look a policy up here, so adding a
 * controller means one file and one line below.
 */
import { aibrixApaModel } from './aibrixApa';
import { aibrixKpaModel } from './aibrixKpa';
import { dynamoPlannerModel } from './dynamoPlanner';
import { kedaHpaModel } from './kedaActivation';
import { llmdSaturationModel } from './llmdSaturation';
import { kpaModel } from './kpa';
import { rayModel } from './ray';
import { sagemakerModel } from './sagemaker';
import { targetTrackingModel } from './targetTracking';
import { thresholdModel } from './threshold';
import type { LabPolicyConfig, LabPolicyKind, PolicyModel } from './types';

/** A model of any kind, as the tick loop drives it (its config and memory opaque). */
export type AnyPolicyModel = PolicyModel<LabPolicyConfig, unknown>;

type ModelOf<K extends LabPolicyKind> = PolicyModel<Extract<LabPolicyConfig, { policy: K }>, unknown>;

/** The model of every kind (a kind without one does not compile). */
export const POLICY_MODELS: { readonly [K in LabPolicyKind]: ModelOf<K> } = {
  threshold: thresholdModel,
  target_tracking: targetTrackingModel,
  hpa: kedaHpaModel,
  kpa: kpaModel,
  ray: rayModel,
  sagemaker: sagemakerModel,
  'aibrix-apa': aibrixApaModel,
  'aibrix-kpa': aibrixKpaModel,
  'llm-d-saturation': llmdSaturationModel,
  'dynamo-planner': dynamoPlannerModel,
};

/** The model for a config's kind (undefined only for a value that is not a Lab config, e.g. from untyped input). */
export function modelFor(config: LabPolicyConfig): AnyPolicyModel | undefined {
  return (POLICY_MODELS as Partial<Record<string, AnyPolicyModel>>)[config.policy];
}
