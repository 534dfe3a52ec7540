/**
 * KEDA ScaledObject (keda.sh/v1alpha1) <-> the Lab's `hpa` policy: KEDA drives an HPA it creates, so 1 <-> N replicas
 * follow the HPA's rules (kedacore/keda `pkg/scaling/executor`). A `prometheus` trigger is an External metric with
 * `threshold` as its averageValue (requests per second per pod); a `cpu` trigger is a Resource cpu Utilization metric;
 * `advanced.horizontalPodAutoscalerConfig.behavior` is the HPA's behavior. A `query` holding one of the LLM signals
 * (signals.ts) bare or in sum(...)/avg(...) reads that signal. With minReplicaCount 0 (KEDA's default) the config gets a
 * `keda` block: KEDA's activation phase (0 <-> 1 by each trigger's activationThreshold, pollingInterval, cooldownPeriod),
 * modelled in policies/kedaActivation.ts.
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
import { metricSignal, parseSignalQuery } from '../policies/signals';
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
  const activation = min === undefined || min === 0;
  if (activation) {
    // KEDA's activation phase: 0 <-> 1 by the triggers' activationThreshold, then the HPA it creates (minReplicas 1)
    draft.config.min_replicas = 0;
    draft.map.set('min_replicas', ['spec', 'minReplicaCount']);
    const keda: Record<string, unknown> = {};
    draft.map.set('keda', ['spec']);
    for (const [field, key] of [['pollingInterval', 'polling_interval_s'], ['cooldownPeriod', 'cooldown_period_s']] as const) {
      if (spec[field] === undefined) continue;
      keda[key] = spec[field];
      draft.map.set(`keda.${key}`, ['spec', field]);
    }
    draft.config.keda = keda;
    if (min === undefined) draft.notes.push('minReplicaCount is absent: KEDA\'s default 0, so it scales to zero and activates from zero');
  } else {
    take(draft, 'min_replicas', ['spec', 'minReplicaCount']);
    for (const key of ['pollingInterval', 'cooldownPeriod'] as const) {
      if (spec[key] !== undefined) draft.notes.push(`${key} is part of KEDA's activation phase (0 <-> 1 replicas), which minReplicaCount ${String(min)} never uses; ignored`);
    }
  }
  if (spec.maxReplicaCount === undefined) draft.config.max_replicas = 100; // KEDA's default
  else take(draft, 'max_replicas', ['spec', 'maxReplicaCount']);
  for (const key of ['idleReplicaCount', 'fallback'] as const) {
    if (spec[key] !== undefined) draft.notes.push(`${key} is not modelled by the Lab; ignored`);
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
    draft.config.metrics = triggers.map((trigger: unknown, i) => readTrigger(draft, ['spec', 'triggers', i], trigger, i, activation));
  }
  const named = finishNamed(draft, kubeDisplayName(root.metadata, fallbackName));
  const target = named.ok ? readKubeTarget(root, named.value.name) : undefined;
  return named.ok ? { ok: true, value: { policies: [target === undefined ? named.value : { ...named.value, target }], notes: draft.notes } } : named;
}

function readTrigger(draft: Draft, path: DocPath, trigger: unknown, i: number, activation: boolean): Record<string, unknown> | undefined {
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
  const query = valueAt(trigger, ['metadata', 'query']);
  const signal = typeof query === 'string' ? parseSignalQuery(query) : undefined;
  if (signal !== undefined) {
    out.name = signal.aggregation === 'avg' ? `avg(${signal.signal.name})` : signal.signal.name;
    draft.map.set(`metrics[${i}].name`, [...path, 'metadata', 'query']);
    if (signal.alias !== undefined) draft.notes.push(`trigger ${i} reads ${signal.alias}, the name vLLM used before 0.9; the Lab reads it as ${signal.signal.name}`);
    if (signal.labels !== undefined) draft.notes.push(`trigger ${i}'s label selector ${signal.labels} is read as "this endpoint's replicas"`);
    if (signal.aggregation === 'bare') draft.notes.push(`trigger ${i}'s query ${signal.signal.name} is not aggregated: with more than one replica Prometheus returns one series per pod and KEDA's prometheus scaler fails ("returned multiple elements"); the Lab reads it as sum(${signal.signal.name})`);
    if (typeof trigger.name === 'string') draft.notes.push(`trigger ${i}'s name ${trigger.name} is not kept: the Lab names the metric by its query`);
  } else if (typeof trigger.name === 'string' && trigger.name !== DEFAULT_RATE_METRIC) {
    out.name = trigger.name;
  }
  const activationPath = [...path, 'metadata', 'activationThreshold'];
  const rawActivation = valueAt(doc.value, activationPath);
  if (rawActivation !== undefined) {
    const value = parseQuantity(rawActivation);
    if (value === undefined) draft.errors.push(issueAt(doc, activationPath, `activationThreshold must be a number, got ${describeValue(rawActivation)}`, 'e.g. activationThreshold: "0"'));
    else if (activation) { out.activation_threshold = value; draft.map.set(`metrics[${i}].activation_threshold`, activationPath); }
    else draft.notes.push(`trigger ${i}'s activationThreshold only acts between 0 and 1 replicas, which this minReplicaCount never uses; ignored`);
  }
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
    const signal = metricSignal(metric.name);
    if (metric.name !== undefined && signal === undefined) trigger.name = metric.name;
    if (metric.type !== 'pods' && metric.target_type === 'value') trigger.metricType = 'Value';
    const metadata: Record<string, unknown> = {
      serverAddress: PROMETHEUS,
      query: signal !== undefined
        ? `${signal.mean ? 'avg' : 'sum'}(${signal.signal.name}{model_name="${name}"})`
        : `sum(rate(${metricName === DEFAULT_RATE_METRIC ? 'http_requests_total' : metricName}{service="${name}"}[1m]))`,
      threshold: formatQuantity(metric.target_value),
    };
    if (metric.activation_threshold !== undefined) metadata.activationThreshold = formatQuantity(metric.activation_threshold);
    trigger.metadata = metadata;
    return trigger;
  });
  const spec: Record<string, unknown> = { scaleTargetRef: kubeScaleTargetRef(policy, name, false) };
  if (config.keda !== undefined) {
    spec.pollingInterval = config.keda.polling_interval_s;
    spec.cooldownPeriod = config.keda.cooldown_period_s;
  }
  spec.minReplicaCount = config.min_replicas;
  spec.maxReplicaCount = config.max_replicas;
  const behavior = behaviorToKube(config.behavior);
  if (behavior !== undefined) spec.advanced = { horizontalPodAutoscalerConfig: { behavior } };
  spec.triggers = triggers;
  if (placeholder) out.push(`The prometheus serverAddress ${PROMETHEUS} and query are placeholders: the query must give the Deployment's total requests per second (KEDA divides it by the pods to compare with threshold)`);
  const manifest = { apiVersion: 'keda.sh/v1alpha1', kind: 'ScaledObject', metadata: kubeMetadata(policy.name, lab.annotations, policy.target?.namespace), spec };
  return { text: stringify(manifest, { lineWidth: 0 }), notes: [...out, ...lab.notes] };
}
