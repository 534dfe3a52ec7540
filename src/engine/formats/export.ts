/**
 * Export: a policy written in a format. Its own format keeps every knob (those without a field travel in the Lab's
 * annotations, said in the notes); another format is written through the request-rate correspondence
 * (correspond.ts) or, between Ray Serve and a KPA on concurrency, the in-flight correspondence (concurrency.ts), with a
 * note for every knob lost or approximated; a policy with no counterpart is refused with why.
 */
import type { Result } from '../lesson/validate';
import type { LabPolicyConfig, NamedPolicy } from '../policies/types';
import { kpaToRay, rayToKpa } from './concurrency';
import { rateTracking, toHpaConfig, toKpaConfig, toSageMakerConfig, type Converted } from './correspond';
import { exportAibrix } from './aibrix';
import { exportHpa } from './hpa';
import { exportKeda } from './keda';
import { exportKnative } from './knative';
import { exportLab } from './lab';
import { exportRay } from './ray';
import { exportSageMaker } from './sagemaker';
import { formatInSentence, type ExportedPolicy, type PolicyFormat } from './types';
import { validateLabConfig } from './validators';

const KIND_LABEL: Readonly<Record<LabPolicyConfig['policy'], string>> = {
  threshold: 'the lesson\'s threshold policy',
  target_tracking: 'the lesson\'s target-tracking policy',
  hpa: 'an HPA policy',
  kpa: 'a Knative KPA policy',
  ray: 'a Ray Serve policy',
  sagemaker: 'a SageMaker policy',
  'aibrix-apa': 'an AIBrix APA policy',
  'aibrix-kpa': 'an AIBrix KPA policy',
  'llm-d-saturation': 'an llm-d saturation policy',
  'dynamo-planner': 'a Dynamo planner policy',
};

/** Why the LLM planners have no AIBrix (or other manifest) form. */
const AIBRIX_REFUSAL: Partial<Record<LabPolicyConfig['policy'], string>> = {
  'llm-d-saturation': 'the llm-d saturation analyzer steps +1/-1 from spare KV and queue capacity and has no per-pod target; its own configuration is the capacity-scaling-config ConfigMap (kvCacheThreshold, queueLengthThreshold, kvSpareTrigger, queueSpareTrigger), which the Lab\'s JSON keeps under the same names',
  'dynamo-planner': 'Dynamo\'s planner sizes engines from predicted demand and a performance model; its configuration is the planner\'s arguments (ttft, itl, adjustment intervals, max_gpu_budget), which the Lab\'s JSON keeps under the same names',
};

function refuse(config: LabPolicyConfig, format: PolicyFormat, reason: string): Result<ExportedPolicy> {
  return {
    ok: false,
    errors: [{
      path: 'policy',
      message: `Cannot export ${KIND_LABEL[config.policy]} as ${formatInSentence(format)}: ${reason}`,
      hint: 'export it as the Lab\'s JSON, or pick a format that tracks the same signal',
    }],
  };
}

function converted<C>(config: LabPolicyConfig, format: PolicyFormat, result: Result<Converted<C>>, write: (c: Converted<C>) => ExportedPolicy): Result<ExportedPolicy> {
  if (!result.ok) return refuse(config, format, result.errors.map((error) => `${error.path} ${error.message}`).join('; '));
  return { ok: true, value: write(result.value) };
}

const convertedFrom = (config: LabPolicyConfig, signal: string) => `Converted from ${KIND_LABEL[config.policy]} on the ${signal} per replica it holds`;

function via<C>(
  config: LabPolicyConfig, format: PolicyFormat, convert: (view: Extract<ReturnType<typeof rateTracking>, { ok: true }>['view']) => Result<Converted<C>>,
  write: (converted: Converted<C>) => ExportedPolicy,
): Result<ExportedPolicy> {
  const view = rateTracking(config);
  if (!view.ok) return refuse(config, format, view.reason);
  return converted(config, format, convert(view.view), write);
}

/**
 * Writes a policy as the Lab's JSON, an HPA, a KEDA ScaledObject, a Knative Service, a Ray Serve config or a SageMaker
 * policy (YAML, JSON for the Lab and SageMaker). `notes` lists every knob lost or approximated; empty when none was.
 */
export function exportPolicy(policy: NamedPolicy, format: PolicyFormat): Result<ExportedPolicy> {
  const valid = validateLabConfig(policy.config);
  if (!valid.ok) return valid;
  const config = valid.value;
  const named: NamedPolicy = policy.target === undefined ? { name: policy.name, config } : { name: policy.name, config, target: policy.target };
  switch (format) {
    case 'lab':
      return { ok: true, value: exportLab(named) };
    case 'hpa':
      if (config.policy === 'hpa' && config.keda !== undefined) {
        const { keda: _keda, ...created } = config;
        const hpa = { ...created, min_replicas: Math.max(1, config.min_replicas), initial_replicas: Math.max(1, config.initial_replicas) };
        return { ok: true, value: exportHpa(named, hpa, ['The HPA KEDA creates, without KEDA\'s activation phase: minReplicaCount 0, activationThreshold, pollingInterval and cooldownPeriod are lost (an HPA cannot scale to zero without the alpha HPAScaleToZero gate)']) };
      }
      if (config.policy === 'hpa') return { ok: true, value: exportHpa(named, config) };
      return via(config, format, (view) => toHpaConfig(view), (c) => exportHpa(named, c.config, [convertedFrom(config, 'request rate'), ...c.notes]));
    case 'keda':
      if (config.policy === 'hpa') return { ok: true, value: exportKeda(named, config) };
      return via(config, format, (view) => toHpaConfig(view, 'KEDA\'s HPA'), (c) => exportKeda(named, c.config, [convertedFrom(config, 'request rate'), ...c.notes]));
    case 'knative':
      if (config.policy === 'kpa') return { ok: true, value: exportKnative(named, config) };
      if (config.policy === 'ray') return converted(config, format, rayToKpa(config), (c) => exportKnative(named, c.config, [convertedFrom(config, 'ongoing requests'), ...c.notes]));
      return via(config, format, toKpaConfig, (c) => exportKnative(named, c.config, [convertedFrom(config, 'request rate'), ...c.notes]));
    case 'ray':
      if (config.policy === 'ray') return { ok: true, value: exportRay(named, config) };
      if (config.policy === 'kpa' && config.metric === 'concurrency') {
        return converted(config, format, kpaToRay(config), (c) => exportRay(named, c.config, [convertedFrom(config, 'concurrency'), ...c.notes]));
      }
      return refuse(config, format, config.policy === 'threshold'
        ? 'the lesson\'s threshold rule adds a fixed step when the load crosses a line, and Ray Serve has no such rule'
        : 'Ray Serve scales on ongoing requests per replica (queued plus running: a concurrency); this policy tracks a request rate or CPU, and converting one into the other would be a guess');
    case 'aibrix':
      if (config.policy === 'aibrix-apa' || config.policy === 'aibrix-kpa') return { ok: true, value: exportAibrix(named, config) };
      return refuse(config, format, AIBRIX_REFUSAL[config.policy] ?? 'an AIBrix PodAutoscaler scales on a metric its pods report against a per-pod target with its own APA or KPA algorithm; this policy\'s rules have no counterpart there');
    case 'sagemaker':
      if (config.policy === 'sagemaker') return { ok: true, value: exportSageMaker(named, config) };
      return via(config, format, toSageMakerConfig, (c) => exportSageMaker(named, c.config, [convertedFrom(config, 'request rate'), ...c.notes]));
  }
}
