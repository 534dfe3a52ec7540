/**
 * Kubernetes HorizontalPodAutoscaler (autoscaling/v2) <-> the Lab's `hpa` policy.
 * Fields: spec.minReplicas, spec.maxReplicas, spec.metrics[] (Resource cpu Utilization; Pods, Object, External with an
 * averageValue or value quantity), spec.behavior (kept present or absent: it selects the controller's path).
 * Knobs with no HPA field (the starting replicas, the controller's tolerance and sync period flags) travel in the
 * Lab's `autoscale-lab/*` annotations, and every export says so in its notes.
 */
import { stringify } from 'yaml';
import type { Result } from '../lesson/validate';
import { HPA_DEFAULTS } from '../policies/hpaConfig';
import type { HpaConfig, HpaMetric, NamedPolicy } from '../policies/types';
import { describeValue, isRecord, issueAt, valueAt, type DocPath, type SourceDoc } from './document';
import { finishNamed, newDraft, take, type Draft } from './draft';
import { behaviorToKube, kubeDisplayName, kubeMetadata, kubeName, readBehavior, readLabAnnotation } from './kube';
import { DEFAULT_RATE_METRIC, LAB_ANNOTATION, type ExportedPolicy, type ImportedPolicies } from './types';
import { kubeScaleTargetRef, readKubeTarget } from './target';
import { formatQuantity, parseQuantity } from './units';

export const HPA_API_VERSIONS: readonly string[] = ['autoscaling/v2', 'autoscaling/v2beta2'];
/** The controller flags' defaults (kube-controller-manager), written as annotations only when a policy differs. */
const DEFAULT_TOLERANCE = HPA_DEFAULTS.tolerance;
const DEFAULT_SYNC_PERIOD_S = HPA_DEFAULTS.sync_period_s;

const SPEC_KEYS = ['scaleTargetRef', 'minReplicas', 'maxReplicas', 'metrics', 'behavior'];
const RATE_TYPES = { Pods: 'pods', Object: 'object', External: 'external' } as const;

function readQuantity(draft: Draft, key: string, path: DocPath): number | undefined {
  const raw = valueAt(draft.doc.value, path);
  draft.map.set(key, path);
  const value = parseQuantity(raw);
  if (value === undefined) {
    draft.failed.add(key);
    draft.errors.push(issueAt(draft.doc, path, `Not a quantity: ${describeValue(raw)}`, 'write a Kubernetes quantity such as "100", "100m" (0.1) or "1k" (1000)'));
  }
  return value;
}

/** One entry of spec.metrics into the draft's metrics (or an error saying plainly why the Lab cannot model it). */
function readMetric(draft: Draft, path: DocPath, i: number): Record<string, unknown> | undefined {
  const { doc } = draft;
  const metric = valueAt(doc.value, path);
  draft.map.set(`metrics[${i}]`, path);
  const fail = (at: DocPath, message: string, hint: string) => {
    draft.failed.add(`metrics[${i}]`);
    draft.errors.push(issueAt(doc, at, message, hint));
    return undefined;
  };
  if (!isRecord(metric)) return fail(path, `A metric must be an object, got ${describeValue(metric)}`, 'give type and its block, e.g. type: Pods with pods.metric and pods.target');
  const type = metric.type;
  if (type === 'Resource') {
    const name = valueAt(metric, ['resource', 'name']);
    if (name !== 'cpu') {
      return fail([...path, 'resource', 'name'], `The Lab cannot model a ${String(name)} Resource metric: its replicas have a request rate and a busy share of capacity, not ${String(name)}`, 'use a cpu Utilization metric, or a Pods metric on requests per second');
    }
    const targetType = valueAt(metric, ['resource', 'target', 'type']);
    if (targetType !== 'Utilization') {
      return fail([...path, 'resource', 'target', 'type'], `The Lab models cpu only as a Utilization target, got ${describeValue(targetType)}`, 'write target: {type: Utilization, averageUtilization: 80}');
    }
    draft.map.set(`metrics[${i}].target_utilization_percent`, [...path, 'resource', 'target', 'averageUtilization']);
    return { type: 'cpu', target_utilization_percent: valueAt(metric, ['resource', 'target', 'averageUtilization']) };
  }
  if (type !== 'Pods' && type !== 'Object' && type !== 'External') {
    return fail([...path, 'type'], `The Lab cannot model a metric of type ${describeValue(type)}`, 'the Lab reads Resource (cpu Utilization), Pods, Object and External metrics; a ContainerResource metric can be written as a Resource cpu metric');
  }
  const block = (type === 'Pods' ? 'pods' : type === 'Object' ? 'object' : 'external');
  const out: Record<string, unknown> = { type: RATE_TYPES[type] };
  const name = valueAt(metric, [block, 'metric', 'name']);
  if (typeof name === 'string' && name !== DEFAULT_RATE_METRIC) out.name = name;
  const target = valueAt(metric, [block, 'target']);
  const targetPath = [...path, block, 'target'];
  if (!isRecord(target)) return fail(targetPath, `${block}.target is missing`, 'give target: {type: AverageValue, averageValue: "100"} (requests per second per pod)');
  if (target.averageValue !== undefined) {
    out.target_value = readQuantity(draft, `metrics[${i}].target_value`, [...targetPath, 'averageValue']);
  } else if (target.value !== undefined && type !== 'Pods') {
    out.target_value = readQuantity(draft, `metrics[${i}].target_value`, [...targetPath, 'value']);
    out.target_type = 'value';
  } else {
    return fail(targetPath, `${block}.target has no ${type === 'Pods' ? 'averageValue' : 'averageValue or value'}`, 'give the requests per second per pod, e.g. averageValue: "100"');
  }
  return out;
}

/** Reads an autoscaling/v2 HorizontalPodAutoscaler into one `hpa` policy. */
export function importHpa(doc: SourceDoc, fallbackName: string): Result<Omit<ImportedPolicies, 'format'>> {
  const draft = newDraft(doc, [], 'hpa');
  const root = isRecord(doc.value) ? doc.value : {};
  if (!HPA_API_VERSIONS.includes(String(root.apiVersion))) {
    draft.errors.push(issueAt(doc, ['apiVersion'], `The Lab reads autoscaling/v2 HPAs, got ${describeValue(root.apiVersion)}`, 'an autoscaling/v1 HPA becomes v2 by writing targetCPUUtilizationPercentage as metrics: [{type: Resource, resource: {name: cpu, target: {type: Utilization, averageUtilization: N}}}]'));
  }
  const spec = root.spec;
  if (!isRecord(spec)) {
    draft.errors.push(issueAt(doc, ['spec'], 'The HPA has no spec', 'give spec.minReplicas, spec.maxReplicas and spec.metrics'));
    return { ok: false, errors: draft.errors };
  }
  for (const key of Object.keys(spec)) {
    if (!SPEC_KEYS.includes(key)) draft.errors.push(issueAt(doc, ['spec', key], `Unknown HPA field spec.${key}`, `an HPA spec has ${SPEC_KEYS.join(', ')}`));
  }
  take(draft, 'min_replicas', ['spec', 'minReplicas']);
  if (spec.maxReplicas === undefined) draft.errors.push(issueAt(doc, ['spec'], 'spec.maxReplicas is missing', 'Kubernetes requires it: add maxReplicas, e.g. 10'));
  take(draft, 'max_replicas', ['spec', 'maxReplicas']);
  readHpaLabAnnotations(draft);
  if (spec.metrics !== undefined) {
    draft.map.set('metrics', ['spec', 'metrics']);
    if (!Array.isArray(spec.metrics)) {
      draft.errors.push(issueAt(doc, ['spec', 'metrics'], `spec.metrics must be a list, got ${describeValue(spec.metrics)}`, 'write one entry per metric, each with a type'));
    } else {
      draft.config.metrics = spec.metrics.map((_, i) => readMetric(draft, ['spec', 'metrics', i], i));
    }
  }
  readBehavior(doc, ['spec', 'behavior'], draft.config, draft.map, draft.errors);
  const named = finishNamed(draft, kubeDisplayName(root.metadata, fallbackName));
  const target = named.ok ? readKubeTarget(root, named.value.name) : undefined;
  return named.ok ? { ok: true, value: { policies: [target === undefined ? named.value : { ...named.value, target }], notes: draft.notes } } : named;
}

/** One HpaMetric as the autoscaling/v2 metric spec. */
export function metricToKube(metric: HpaMetric, targetName: string): Record<string, unknown> {
  if (metric.type === 'cpu') {
    return { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: metric.target_utilization_percent } } };
  }
  const target = metric.type !== 'pods' && metric.target_type === 'value'
    ? { type: 'Value', value: formatQuantity(metric.target_value) }
    : { type: 'AverageValue', averageValue: formatQuantity(metric.target_value) };
  const name = metric.name ?? DEFAULT_RATE_METRIC;
  if (metric.type === 'pods') return { type: 'Pods', pods: { metric: { name }, target } };
  if (metric.type === 'object') {
    return { type: 'Object', object: { metric: { name }, describedObject: { apiVersion: 'v1', kind: 'Service', name: targetName }, target } };
  }
  return { type: 'External', external: { metric: { name }, target } };
}

/** The Lab's annotations for the HPA knobs that have no manifest field, and a note for each (shared with KEDA). */
export function hpaLabAnnotations(config: HpaConfig): { annotations: Record<string, string>; notes: string[] } {
  const annotations: Record<string, string> = {};
  const notes: string[] = [];
  if (config.initial_replicas !== config.min_replicas) {
    annotations[LAB_ANNOTATION.initialReplicas] = String(config.initial_replicas);
    notes.push(`An HPA has no starting replica count (it is the Deployment's spec.replicas): initial_replicas ${config.initial_replicas} is kept in the annotation ${LAB_ANNOTATION.initialReplicas}; set spec.replicas: ${config.initial_replicas} on the Deployment`);
  }
  if (config.tolerance !== DEFAULT_TOLERANCE) {
    annotations[LAB_ANNOTATION.tolerance] = String(config.tolerance);
    notes.push(`The tolerance is the controller's cluster-wide flag --horizontal-pod-autoscaler-tolerance, not an HPA field: tolerance ${config.tolerance} is kept in the annotation ${LAB_ANNOTATION.tolerance}, which Kubernetes ignores`);
  }
  if (config.sync_period_s !== DEFAULT_SYNC_PERIOD_S) {
    annotations[LAB_ANNOTATION.syncPeriod] = String(config.sync_period_s);
    notes.push(`The sync period is the controller's cluster-wide flag --horizontal-pod-autoscaler-sync-period, not an HPA field: sync_period_s ${config.sync_period_s} is kept in the annotation ${LAB_ANNOTATION.syncPeriod}, which Kubernetes ignores`);
  }
  return { annotations, notes };
}

/** Reads the Lab's annotations (starting replicas, tolerance, sync period) of a Kubernetes object into a draft. */
export function readHpaLabAnnotations(draft: Draft): void {
  const path = ['metadata', 'annotations'];
  readLabAnnotation(draft.doc, path, LAB_ANNOTATION.initialReplicas, 'initial_replicas', draft.config, draft.map, draft.errors);
  readLabAnnotation(draft.doc, path, LAB_ANNOTATION.tolerance, 'tolerance', draft.config, draft.map, draft.errors);
  readLabAnnotation(draft.doc, path, LAB_ANNOTATION.syncPeriod, 'sync_period_s', draft.config, draft.map, draft.errors);
}

/** Writes an `hpa` policy as an autoscaling/v2 HorizontalPodAutoscaler (with notes on knobs kept in annotations). */
export function exportHpa(policy: NamedPolicy, config: HpaConfig, notes: readonly string[] = []): ExportedPolicy {
  const lab = hpaLabAnnotations(config);
  const name = kubeName(policy.name);
  const spec: Record<string, unknown> = {
    scaleTargetRef: kubeScaleTargetRef(policy, name, true),
    minReplicas: config.min_replicas,
    maxReplicas: config.max_replicas,
    metrics: config.metrics.map((metric) => metricToKube(metric, name)),
  };
  const behavior = behaviorToKube(config.behavior);
  if (behavior !== undefined) spec.behavior = behavior;
  for (const metric of config.metrics) {
    if (metric.type === 'cpu' && !Number.isInteger(metric.target_utilization_percent)) {
      lab.notes.push(`Kubernetes takes averageUtilization as a whole percent: ${metric.target_utilization_percent} is written as is for the Lab, and the API server will refuse it; round it before applying`);
    }
  }
  const manifest = { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: kubeMetadata(policy.name, lab.annotations, policy.target?.namespace), spec };
  return { text: stringify(manifest, { lineWidth: 0 }), notes: [...notes, ...lab.notes] };
}
