/**
 * The workload a policy scales, through import and export: an HPA's or KEDA ScaledObject's `spec.scaleTargetRef` and
 * the object's `metadata.namespace` are read into NamedPolicy.target, written back by the formats that have a place for
 * them (HPA, KEDA, the Lab's JSON as `scale_target`), and named in a note by those that have none.
 */
import type { ValidationError } from '../lesson/validate';
import type { NamedPolicy, ScaleTarget } from '../policies/types';
import { describeValue, isRecord, valueAt } from './document';
import { kubeName } from './kube';

/**
 * The target of a Kubernetes autoscaler object (scaleTargetRef and namespace), or undefined when it names none or
 * names what an export writes for a policy without one (a Deployment called `policyName`, no namespace), so that
 * importing an export gives the same policy back.
 */
export function readKubeTarget(root: unknown, policyName: string): ScaleTarget | undefined {
  const ref = valueAt(root, ['spec', 'scaleTargetRef']);
  const namespace = valueAt(root, ['metadata', 'namespace']);
  if (!isRecord(ref) || typeof ref.name !== 'string' || ref.name === '') return undefined;
  const target = withTarget(typeof ref.kind === 'string' ? ref.kind : 'Deployment', ref.name, ref.apiVersion, namespace);
  const implied = target.kind === 'Deployment' && target.name === kubeName(policyName) && target.namespace === undefined && target.api_version === undefined;
  return implied ? undefined : target;
}

/** apps/v1 is implied for a Deployment or StatefulSet (and left out, so every format reads back the same target). */
const defaultApiVersion = (kind: string) => (kind === 'Deployment' || kind === 'StatefulSet' ? 'apps/v1' : undefined);

function withTarget(kind: string, name: string, apiVersion: unknown, namespace: unknown): ScaleTarget {
  let target: ScaleTarget = { kind, name };
  if (typeof apiVersion === 'string' && apiVersion !== '' && apiVersion !== defaultApiVersion(kind)) target = { ...target, api_version: apiVersion };
  if (typeof namespace === 'string' && namespace !== '') target = { ...target, namespace };
  return target;
}

/** `scaleTargetRef` for an exported HPA / ScaledObject: the imported one, else a Deployment named after the policy. */
export function kubeScaleTargetRef(policy: NamedPolicy, fallbackName: string, withApiVersion: boolean): Record<string, unknown> {
  const target = policy.target;
  if (target === undefined) return withApiVersion ? { apiVersion: 'apps/v1', kind: 'Deployment', name: fallbackName } : { name: fallbackName };
  const apiVersion = target.api_version ?? (withApiVersion ? defaultApiVersion(target.kind) : undefined);
  return { ...(apiVersion !== undefined ? { apiVersion } : {}), kind: target.kind, name: target.name };
}

/** "Deployment llama-server in namespace inference" */
export function describeTarget(target: ScaleTarget): string {
  return `${target.kind} ${target.name}${target.namespace !== undefined ? ` in namespace ${target.namespace}` : ''}`;
}

/** The note of a format with no place for the scale target (undefined when the policy has none). */
export function targetNote(policy: NamedPolicy, format: string, why: string): string | undefined {
  return policy.target === undefined ? undefined : `${format} has no place for the scale target (${describeTarget(policy.target)}): ${why}`;
}

/** Reads the Lab JSON's `scale_target` ({kind, name, namespace?, api_version?}); errors at `path`. */
export function readLabTarget(value: unknown, path: string, errors: ValidationError[]): ScaleTarget | undefined {
  if (value === undefined) return undefined;
  const hint = 'e.g. "scale_target": {"kind": "Deployment", "name": "llama-server", "namespace": "inference"}';
  if (!isRecord(value) || typeof value.name !== 'string' || value.name === '' || typeof value.kind !== 'string' || value.kind === '') {
    errors.push({ path, message: `scale_target must be an object with a kind and a name, got ${describeValue(value)}`, hint });
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (!['kind', 'name', 'namespace', 'api_version'].includes(key)) errors.push({ path: `${path}.${key}`, message: `Unknown key scale_target.${key}`, hint: 'scale_target has kind, name, namespace and api_version' });
  }
  if (value.namespace !== undefined && typeof value.namespace !== 'string') errors.push({ path: `${path}.namespace`, message: `scale_target.namespace must be a text, got ${describeValue(value.namespace)}`, hint });
  return withTarget(value.kind, value.name, value.api_version, value.namespace);
}
