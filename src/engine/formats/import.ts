/**
 * Import: which format a pasted document is, and the policies in it. YAML or JSON, one document or several (a
 * Deployment beside its HPA is skipped with a note; a Knative config-autoscaler ConfigMap applies to the Service).
 */
import type { Result, ValidationError } from '../lesson/validate';
import { distinctNames } from '../policies/names';
import type { NamedPolicy } from '../policies/types';
import { isRecord, issueAt, parseDocuments, type SourceDoc } from './document';
import { importAibrix, isAibrixPodAutoscaler } from './aibrix';
import { importHpa } from './hpa';
import { importKeda } from './keda';
import { importKnative, isKnativeAutoscalerConfig } from './knative';
import { importLab, isLabDocument } from './lab';
import { importRay, RAY_KEYS } from './ray';
import { importSageMaker } from './sagemaker';
import type { ImportedPolicies, PolicyFormat } from './types';

type Classified = PolicyFormat | 'knative-config' | 'other-kubernetes' | undefined;

function classify(value: unknown): Classified {
  if (!isRecord(value)) return Array.isArray(value) && isLabDocument(value) ? 'lab' : undefined;
  if (typeof value.kind === 'string' && typeof value.apiVersion === 'string') {
    if (value.kind === 'HorizontalPodAutoscaler') return 'hpa';
    if (value.kind === 'ScaledObject') return 'keda';
    if (isAibrixPodAutoscaler(value)) return 'aibrix';
    if (value.kind === 'Service' && value.apiVersion.startsWith('serving.knative.dev/')) return 'knative';
    if (isKnativeAutoscalerConfig(value)) return 'knative-config';
    return 'other-kubernetes';
  }
  if ('TargetTrackingScalingPolicyConfiguration' in value || 'PolicyType' in value) return 'sagemaker';
  if (isLabDocument(value)) return 'lab';
  if ('applications' in value || 'autoscaling_config' in value) return 'ray';
  const keys = Object.keys(value);
  if (keys.some((key) => RAY_KEYS.includes(key))) return 'ray';
  return undefined;
}

/** The format of a pasted document (its first autoscaler document), or undefined when it is none the Lab reads. */
export function detectFormat(text: string): PolicyFormat | undefined {
  const docs = parseDocuments(text);
  if (!docs.ok) return undefined;
  for (const doc of docs.value) {
    const kind = classify(doc.value);
    if (kind === 'knative-config') continue;
    if (kind === 'other-kubernetes' || kind === undefined) continue;
    return kind;
  }
  return undefined;
}

/** "configs/hpa-rps.yaml" -> "hpa-rps". */
function baseName(source: string | undefined): string | undefined {
  if (source === undefined) return undefined;
  const file = source.split(/[\\/]/).pop() ?? source;
  const name = file.replace(/\.(ya?ml|json)$/i, '');
  return name === '' ? undefined : name;
}

const NONE_HINT = 'the Lab reads its own JSON (with "policy"), a Kubernetes HorizontalPodAutoscaler (autoscaling/v2), a KEDA ScaledObject, '
  + 'a Knative Service (serving.knative.dev/v1), a Ray Serve config or autoscaling_config, a SageMaker target-tracking policy (JSON) and an AIBrix PodAutoscaler';

function importOne(format: PolicyFormat, doc: SourceDoc, fallback: string | undefined, cluster: SourceDoc | undefined): Result<Omit<ImportedPolicies, 'format'>> {
  switch (format) {
    case 'lab': return importLab(doc, fallback);
    case 'hpa': return importHpa(doc, fallback ?? 'hpa');
    case 'keda': return importKeda(doc, fallback ?? 'keda');
    case 'knative': return importKnative(doc, fallback ?? 'knative', cluster);
    case 'ray': return importRay(doc, fallback ?? 'ray');
    case 'sagemaker': return importSageMaker(doc, fallback ?? 'sagemaker');
    case 'aibrix': return importAibrix(doc, fallback ?? 'aibrix');
  }
}

/**
 * Reads every policy in the text, with the format it was read from and notes on what the Lab reads differently or
 * ignores. `source` (a file name) names policies whose document gives no name.
 */
export function importWithNotes(text: string, source?: string): Result<ImportedPolicies> {
  const parsed = parseDocuments(text);
  if (!parsed.ok) return parsed;
  const docs = parsed.value;
  const fallback = baseName(source);
  const kinds = docs.map((doc) => classify(doc.value));
  const cluster = docs.find((_, i) => kinds[i] === 'knative-config');
  const errors: ValidationError[] = [];
  const notes: string[] = [];
  const policies: NamedPolicy[] = [];
  let format: PolicyFormat | undefined;
  docs.forEach((doc, i) => {
    const kind = kinds[i];
    if (kind === 'knative-config') {
      if (!kinds.includes('knative')) notes.push('The config-autoscaler ConfigMap applies to Knative Services; there is none in this text, so it was ignored');
      return;
    }
    if (kind === 'other-kubernetes' && docs.length > 1) {
      const value = doc.value as Readonly<Record<string, unknown>>;
      notes.push(`Document ${i + 1} (${String(value.kind)}) is not an autoscaler and was skipped`);
      return;
    }
    if (kind === undefined || kind === 'other-kubernetes') {
      const what = kind === 'other-kubernetes' ? `A ${String((doc.value as Readonly<Record<string, unknown>>).kind)} is not an autoscaler config` : 'This document is none of the formats the Lab reads';
      errors.push(issueAt(doc, [], docs.length > 1 ? `Document ${i + 1}: ${what}` : what, NONE_HINT));
      return;
    }
    const result = importOne(kind, doc, docs.length > 1 && fallback !== undefined ? `${fallback}-${i + 1}` : fallback, cluster);
    if (!result.ok) { errors.push(...result.errors); return; }
    format ??= kind;
    policies.push(...result.value.policies);
    notes.push(...result.value.notes);
  });
  if (errors.length > 0) return { ok: false, errors };
  if (format === undefined || policies.length === 0) {
    return { ok: false, errors: [{ path: '', message: 'The text holds no autoscaler config', hint: NONE_HINT }] };
  }
  return { ok: true, value: { format, policies: distinctNames(policies), notes } };
}

/** Reads every policy in a pasted or loaded document (the Lab's JSON or a real manifest, YAML or JSON). */
export function importPolicies(text: string, source?: string): Result<readonly NamedPolicy[]> {
  const result = importWithNotes(text, source);
  return result.ok ? { ok: true, value: result.value.policies } : result;
}
