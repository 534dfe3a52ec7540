/**
 * KEDA ScaledObject (keda.sh/v1alpha1) <-> the Lab's `hpa` policy: KEDA drives an HPA it creates, so 1 <-> N replicas
 * follow the HPA's rules (kedacore/keda `pkg/scaling/executor`). A `prometheus` trigger is an External metric with
 * `threshold` as its averageValue (requests per second per pod); a `cpu` trigger is a Resource cpu Utilization metric;
 * `advanced.horizontalPodAutoscalerConfig.behavior` is the HPA's behavior. KEDA's own activation phase (0 <-> 1,
 * pollingInterval, cooldownPeriod) is not modelled, and import says so.
 */
import { stringify } from 'yaml';
import type { Result } from '../lesson/validate';
import type { HpaConfig, NamedPolicy } from '../policies/types';
import { describeValue, isRecord, issueAt, valueAt, type DocPath, type SourceDoc } from './document';
import { finishNamed, newDraft, take, type Draft } from './draft';
import { hpaLabAnnotations, readHpaLabAnnotations } from './hpa';
import { behaviorToKube, kubeDisplayName, kubeMetadata, kubeName, readBehavior } from './kube';
import { kubeScaleTargetRef, readKubeTarget } from './target';
import { DEFAULT_RATE_METRIC, type ExportedPolicy, type ImportedPolicies } from './types';
import { formatQuantity, parseNumberText, parseQuantity } from './units';

const BEHAVIOR_PATH = ['spec', 'advanced', 'horizontalPodAutoscalerConfig', 'behavior'];
const PROMETHEUS = 'http://prometheus.monitoring.svc:9090';

/** Reads a KEDA ScaledObject into one `hpa` policy (the HPA that KEDA creates). */
export function importKeda(doc: SourceDoc, fallbackName: string): Result<Omit<ImportedPolicies, 'format'>> {
  const draft = newDraft(doc, ['spec'], 'hpa');
  const root = isRecord(doc.value) ? doc.value : {};
  const spec = root.spec;
  if (!isRecord(spec)) return { ok: false, errors: [issueAt(doc, ['spec'], 'The ScaledObject has no spec', 'give spec.scaleTargetRef, spec.maxReplicaCount and spec.triggers')] };
  const min = spec.minReplicaCount;
  if (min === undefined || min === 0) {
    draft.config.min_replicas = 1;
    draft.map.set('min_replicas', ['spec', 'minReplicaCount']);
    draft.notes.push(`minReplicaCount ${min === undefined ? 'is absent (KEDA\'s default 0)' : '0'}: KEDA's activation between 0 and 1 replicas is not modelled, so the Lab runs the HPA it creates from 1 replica`);
  } else {
    take(draft, 'min_replicas', ['spec', 'minReplicaCount']);
  }
  if (spec.maxReplicaCount === undefined) draft.config.max_replicas = 100; // KEDA's default
  else take(draft, 'max_replicas', ['spec', 'maxReplicaCount']);
  for (const key of ['pollingInterval', 'cooldownPeriod', 'idleReplicaCount', 'fallback'] as const) {
    if (spec[key] !== undefined) draft.notes.push(`${key} is part of KEDA's activation phase (0 <-> 1 replicas), which the Lab does not model; ignored`);
  }
  if (valueAt(spec, ['advanced', 'scalingModifiers']) !== undefined) {
    draft.errors.push(issueAt(doc, ['spec', 'advanced', 'scalingModifiers'], 'The Lab cannot model scalingModifiers (a formula over several triggers)', 'use one trigger per metric: the HPA takes the largest proposal'));
  }
  readHpaLabAnnotations(draft);
  readBehavior(doc, BEHAVIOR_PATH, draft.config, draft.map, draft.errors);
  const triggers = spec.triggers;
  draft.map.set('metrics', ['spec', 'triggers']);
  if (!Array.isArray(triggers) || triggers.length === 0) {
    draft.errors.push(issueAt(doc, ['spec', 'triggers'], 'spec.triggers is missing or empty', 'add a prometheus trigger with the requests per second per pod as threshold'));
  } else {
    draft.config.metrics = triggers.map((trigger: unknown, i) => readTrigger(draft, ['spec', 'triggers', i], trigger, i));
  }
  const named = finishNamed(draft, kubeDisplayName(root.metadata, fallbackName));
  const target = named.ok ? readKubeTarget(root, named.value.name) : undefined;
  return named.ok ? { ok: true, value: { policies: [target === undefined ? named.value : { ...named.value, target }], notes: draft.notes } } : named;
}

function readTrigger(draft: Draft, path: DocPath, trigger: unknown, i: number): Record<string, unknown> | undefined {
  const { doc } = draft;
  draft.map.set(`metrics[${i}]`, path);
  draft.failed.add(`metrics[${i}]`); // cleared below once the trigger reads well
  if (!isRecord(trigger)) {
    draft.errors.push(issueAt(doc, path, `A trigger must be an object, got ${describeValue(trigger)}`, 'give type and metadata'));
    return undefined;
  }
  if (trigger.type === 'cpu') {
    const metricType = trigger.metricType ?? valueAt(trigger, ['metadata', 'type']);
    if (metricType !== 'Utilization') {
      draft.errors.push(issueAt(doc, [...path, 'metricType'], `The Lab models cpu only as Utilization, got ${describeValue(metricType)}`, 'set metricType: Utilization'));
      return undefined;
    }
    const valuePath = [...path, 'metadata', 'value'];
    draft.map.set(`metrics[${i}].target_utilization_percent`, valuePath);
    const value = parseNumberText(valueAt(doc.value, valuePath));
    if (value === undefined) {
      draft.errors.push(issueAt(doc, valuePath, `metadata.value must be a percent, got ${describeValue(valueAt(doc.value, valuePath))}`, 'e.g. value: "80"'));
      return undefined;
    }
    draft.failed.delete(`metrics[${i}]`);
    return { type: 'cpu', target_utilization_percent: value };
  }
  if (trigger.type !== 'prometheus') {
    draft.errors.push(issueAt(doc, [...path, 'type'], `The Lab cannot model a ${typeof trigger.type === 'string' ? trigger.type : describeValue(trigger.type)} trigger: it simulates a request rate, not the queue or stream that scaler reads`, 'use a prometheus trigger whose query gives requests per second, or a cpu trigger'));
    return undefined;
  }
  const thresholdPath = [...path, 'metadata', 'threshold'];
  const raw = valueAt(doc.value, thresholdPath);
  draft.map.set(`metrics[${i}].target_value`, thresholdPath);
  const threshold = parseQuantity(raw);
  if (threshold === undefined) {
    draft.errors.push(issueAt(doc, thresholdPath, `threshold must be a number, got ${describeValue(raw)}`, 'give the requests per second per pod, e.g. threshold: "100"'));
    return undefined;
  }
  draft.failed.delete(`metrics[${i}]`);
  const out: Record<string, unknown> = { type: 'external', target_value: threshold };
  // metricType Value: the HPA KEDA creates gets an External metric with a Value target (ratio = value / threshold)
  if (trigger.metricType === 'Value') out.target_type = 'value';
  if (typeof trigger.name === 'string' && trigger.name !== DEFAULT_RATE_METRIC) out.name = trigger.name;
  return out;
}

/** Writes an `hpa` policy as a KEDA ScaledObject: prometheus triggers for rate metrics, a cpu trigger for cpu. */
export function exportKeda(policy: NamedPolicy, config: HpaConfig, notes: readonly string[] = []): ExportedPolicy {
  const lab = hpaLabAnnotations(config);
  const out = [...notes];
  const name = kubeName(policy.name);
  let placeholder = false;
  const triggers = config.metrics.map((metric) => {
    if (metric.type === 'cpu') return { type: 'cpu', metricType: 'Utilization', metadata: { value: String(metric.target_utilization_percent) } };
    placeholder = true;
    const valueTarget = metric.type !== 'pods' && metric.target_type === 'value';
    if (metric.type !== 'external') out.push(`The ${metric.type} metric ${metric.name ?? DEFAULT_RATE_METRIC} becomes a prometheus trigger, which the HPA that KEDA creates reads as an External metric (${valueTarget ? 'metricType Value, value = threshold: the same Value target' : 'averageValue = threshold: the same per-pod target'})`);
    const metricName = metric.name ?? DEFAULT_RATE_METRIC;
    const trigger: Record<string, unknown> = { type: 'prometheus' };
    if (metric.name !== undefined) trigger.name = metric.name;
    if (metric.type !== 'pods' && metric.target_type === 'value') trigger.metricType = 'Value';
    trigger.metadata = {
      serverAddress: PROMETHEUS,
      query: `sum(rate(${metricName === DEFAULT_RATE_METRIC ? 'http_requests_total' : metricName}{service="${name}"}[1m]))`,
      threshold: formatQuantity(metric.target_value),
    };
    return trigger;
  });
  const spec: Record<string, unknown> = {
    scaleTargetRef: kubeScaleTargetRef(policy, name, false),
    minReplicaCount: config.min_replicas,
    maxReplicaCount: config.max_replicas,
  };
  const behavior = behaviorToKube(config.behavior);
  if (behavior !== undefined) spec.advanced = { horizontalPodAutoscalerConfig: { behavior } };
  spec.triggers = triggers;
  if (placeholder) out.push(`The prometheus serverAddress ${PROMETHEUS} and query are placeholders: the query must give the Deployment's total requests per second (KEDA divides it by the pods to compare with threshold)`);
  const manifest = { apiVersion: 'keda.sh/v1alpha1', kind: 'ScaledObject', metadata: kubeMetadata(policy.name, lab.annotations, policy.target?.namespace), spec };
  return { text: stringify(manifest, { lineWidth: 0 }), notes: [...out, ...lab.notes] };
}
