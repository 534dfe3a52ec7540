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
import { exportHpa } from './hpa';
import { exportKeda } from './keda';
import { exportKnative } from './knative';
import { exportLab } from './lab';
import { exportRay } from './ray';
import { exportSageMaker } from './sagemaker';
import { FORMAT_LABELS, type ExportedPolicy, type PolicyFormat } from './types';
import { validateLabConfig } from './validators';

const KIND_LABEL: Readonly<Record<LabPolicyConfig['policy'], string>> = {
  threshold: 'the lesson\'s threshold policy',
  target_tracking: 'the lesson\'s target-tracking policy',
  hpa: 'an HPA policy',
  kpa: 'a Knative KPA policy',
  ray: 'a Ray Serve policy',
  sagemaker: 'a SageMaker policy',
};

function refuse(config: LabPolicyConfig, format: PolicyFormat, reason: string): Result<ExportedPolicy> {
  return {
    ok: false,
    errors: [{
      path: 'policy',
      message: `Cannot export ${KIND_LABEL[config.policy]} as a ${FORMAT_LABELS[format]}: ${reason}`,
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
    case 'sagemaker':
      if (config.policy === 'sagemaker') return { ok: true, value: exportSageMaker(named, config) };
      return via(config, format, toSageMakerConfig, (c) => exportSageMaker(named, c.config, [convertedFrom(config, 'request rate'), ...c.notes]));
  }
}
