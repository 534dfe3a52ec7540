/**
 * SageMaker endpoint auto scaling (Application Auto Scaling) <-> the Lab's `sagemaker` policy. One JSON object:
 * PutScalingPolicy's fields (PolicyName, PolicyType, TargetTrackingScalingPolicyConfiguration) with
 * RegisterScalableTarget's MinCapacity / MaxCapacity beside them; `InitialInstanceCount` (the endpoint config's
 * production variant) is read too, since the Lab needs to know where the run starts.
 */
import type { Result } from '../lesson/validate';
import type { NamedPolicy, SageMakerConfig } from '../policies/types';
import { describeValue, isRecord, issueAt, valueAt, type SourceDoc } from './document';
import { finishNamed, newDraft, take } from './draft';
import { kubeName } from './kube';
import { targetNote } from './target';
import type { ExportedPolicy, ImportedPolicies } from './types';

export const SAGEMAKER_METRIC = 'SageMakerVariantInvocationsPerInstance';
const TT = 'TargetTrackingScalingPolicyConfiguration';
const KNOWN = ['PolicyName', 'ServiceNamespace', 'ResourceId', 'ScalableDimension', 'PolicyType', 'MinCapacity', 'MaxCapacity', 'InitialInstanceCount', TT];
const TT_KNOWN = ['TargetValue', 'PredefinedMetricSpecification', 'ScaleOutCooldown', 'ScaleInCooldown', 'DisableScaleIn'];

function endpointName(resourceId: unknown): string | undefined {
  const match = typeof resourceId === 'string' ? /^endpoint\/([^/]+)\/variant\//.exec(resourceId) : null;
  return match?.[1];
}

/** Reads a SageMaker target-tracking policy (with MinCapacity / MaxCapacity beside it) into one `sagemaker` policy. */
export function importSageMaker(doc: SourceDoc, fallbackName: string): Result<Omit<ImportedPolicies, 'format'>> {
  const draft = newDraft(doc, [], 'sagemaker');
  const root = isRecord(doc.value) ? doc.value : {};
  const fail = (path: (string | number)[], message: string, hint: string) => { draft.errors.push(issueAt(doc, path, message, hint)); };
  if (root.PolicyType !== undefined && root.PolicyType !== 'TargetTrackingScaling') {
    fail(['PolicyType'], `The Lab models SageMaker target tracking, not ${String(root.PolicyType)}`, 'a StepScaling policy has no counterpart in the Lab; write a TargetTrackingScaling policy');
  }
  if (root.ServiceNamespace !== undefined && root.ServiceNamespace !== 'sagemaker') {
    fail(['ServiceNamespace'], `This policy scales ${describeValue(root.ServiceNamespace)}, not a SageMaker endpoint`, 'set ServiceNamespace to sagemaker');
  }
  const tt = root[TT];
  if (!isRecord(tt)) {
    fail([TT], `${TT} is missing or not an object`, 'give TargetValue and PredefinedMetricSpecification: {PredefinedMetricType: SageMakerVariantInvocationsPerInstance}');
    return { ok: false, errors: draft.errors };
  }
  const metricPath = [TT, 'PredefinedMetricSpecification', 'PredefinedMetricType'];
  const metric = valueAt(root, metricPath);
  if (tt.CustomizedMetricSpecification !== undefined) {
    fail([TT, 'CustomizedMetricSpecification'], 'The Lab cannot model a customized CloudWatch metric', `track the predefined ${SAGEMAKER_METRIC} (invocations per instance per minute)`);
  } else if (metric !== SAGEMAKER_METRIC) {
    fail(metricPath, `The Lab cannot model the metric ${typeof metric === 'string' ? metric : describeValue(metric)}: it simulates invocations, not instance CPU, GPU or memory`, `use PredefinedMetricType ${SAGEMAKER_METRIC}`);
  }
  for (const key of Object.keys(tt)) {
    if (!TT_KNOWN.includes(key) && key !== 'CustomizedMetricSpecification') {
      fail([TT, key], `Unknown field ${TT}.${key}`, `the fields are ${TT_KNOWN.join(', ')}`);
    }
  }
  for (const key of Object.keys(root)) {
    if (!KNOWN.includes(key)) draft.notes.push(`${key} is not read by the Lab and was ignored`);
  }
  if (root.MaxCapacity === undefined) fail([], 'MaxCapacity is missing', 'RegisterScalableTarget takes MinCapacity and MaxCapacity: add them beside the policy, e.g. "MinCapacity": 1, "MaxCapacity": 4');
  if (tt.TargetValue === undefined) fail([TT], 'TargetValue is missing', 'give the invocations per instance per minute to hold, e.g. 70');
  take(draft, 'min_capacity', ['MinCapacity']);
  take(draft, 'max_capacity', ['MaxCapacity']);
  take(draft, 'initial_capacity', ['InitialInstanceCount']);
  take(draft, 'target_value', [TT, 'TargetValue']);
  take(draft, 'scale_out_cooldown_s', [TT, 'ScaleOutCooldown']);
  take(draft, 'scale_in_cooldown_s', [TT, 'ScaleInCooldown']);
  take(draft, 'disable_scale_in', [TT, 'DisableScaleIn']);
  const name = typeof root.PolicyName === 'string' && root.PolicyName !== '' ? root.PolicyName : endpointName(root.ResourceId) ?? fallbackName;
  const named = finishNamed(draft, name);
  return named.ok ? { ok: true, value: { policies: [named.value], notes: draft.notes } } : named;
}

/** Writes a `sagemaker` policy as PutScalingPolicy input with RegisterScalableTarget's capacities beside it. */
export function exportSageMaker(policy: NamedPolicy, config: SageMakerConfig, notes: readonly string[] = []): ExportedPolicy {
  const out = [...notes];
  const document: Record<string, unknown> = {
    PolicyName: policy.name,
    ServiceNamespace: 'sagemaker',
    ResourceId: `endpoint/${kubeName(policy.name)}/variant/AllTraffic`,
    ScalableDimension: 'sagemaker:variant:DesiredInstanceCount',
    PolicyType: 'TargetTrackingScaling',
    MinCapacity: config.min_capacity,
    MaxCapacity: config.max_capacity,
  };
  if (config.initial_capacity !== config.min_capacity) {
    document.InitialInstanceCount = config.initial_capacity;
    out.push(`InitialInstanceCount ${config.initial_capacity} belongs to the endpoint config's production variant, not to Application Auto Scaling: it is written here for the Lab; move it to CreateEndpointConfig before calling the AWS API`);
  }
  document[TT] = {
    TargetValue: config.target_value,
    PredefinedMetricSpecification: { PredefinedMetricType: SAGEMAKER_METRIC },
    ScaleOutCooldown: config.scale_out_cooldown_s,
    ScaleInCooldown: config.scale_in_cooldown_s,
    DisableScaleIn: config.disable_scale_in,
  };
  if (config.min_capacity === 0) out.push('MinCapacity 0 (scale to zero) needs a SageMaker endpoint with inference components; a plain endpoint variant keeps at least 1 instance');
  out.push(`ResourceId names the endpoint ${kubeName(policy.name)}: change it to your endpoint and variant`);
  const noTarget = targetNote(policy, 'A SageMaker policy', 'it scales an endpoint variant, named by ResourceId');
  if (noTarget !== undefined) out.push(noTarget);
  return { text: `${JSON.stringify(document, null, 2)}\n`, notes: out };
}
