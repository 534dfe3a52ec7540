/**
 * Knative Service (serving.knative.dev/v1) <-> the Lab's `kpa` policy. Per-revision knobs are the
 * `autoscaling.knative.dev/*` annotations on spec.template.metadata.annotations (knative/serving
 * `pkg/apis/autoscaling/register.go`); cluster-wide ones (max scale up/down rates, scale-to-zero grace period and switch,
 * tick interval) live in the `knative-serving/config-autoscaler` ConfigMap, which export writes as a second document
 * when a policy changes them, and import reads when it sits beside the Service.
 */
import { stringify } from 'yaml';
import type { Result } from '../lesson/validate';
import { KPA_DEFAULTS } from '../policies/kpaConfig';
import type { KpaConfig, NamedPolicy } from '../policies/types';
import { describeValue, isRecord, issueAt, valueAt, type SourceDoc } from './document';
import { finishNamed, newDraft, type Draft } from './draft';
import { kubeDisplayName, kubeMetadata, kubeName } from './kube';
import { targetNote } from './target';
import type { ExportedPolicy, ImportedPolicies } from './types';
import { formatDuration, parseDuration, parseNumberText } from './units';

const PREFIX = 'autoscaling.knative.dev/';
const KPA_CLASS = 'kpa.autoscaling.knative.dev';
const ANNOTATIONS_PATH = ['spec', 'template', 'metadata', 'annotations'];

type Kind = 'number' | 'duration' | 'bool';
/** annotation (after the prefix) -> Lab key and how its value is written; older camelCase names included */
const ANNOTATIONS: Readonly<Record<string, readonly [keyof KpaConfig, Kind]>> = {
  target: ['target', 'number'],
  'target-utilization-percentage': ['target_utilization_percent', 'number'],
  window: ['stable_window_s', 'duration'],
  'panic-window-percentage': ['panic_window_percent', 'number'],
  'panic-threshold-percentage': ['panic_threshold_percent', 'number'],
  'min-scale': ['min_scale', 'number'], minScale: ['min_scale', 'number'],
  'max-scale': ['max_scale', 'number'], maxScale: ['max_scale', 'number'],
  'initial-scale': ['initial_scale', 'number'], initialScale: ['initial_scale', 'number'],
  'scale-down-delay': ['scale_down_delay_s', 'duration'],
};
/** annotations Knative has that the Lab reads but does not model (kept out of the config, said in the notes) */
const NOT_MODELLED: Readonly<Record<string, string>> = {
  'scale-to-zero-pod-retention-period': 'the Lab removes the last pod once the stable window and the grace period have passed',
  'activation-scale': 'the Lab scales from zero to what the metric asks for',
  'metric-aggregation-algorithm': 'the Lab averages over the windows linearly',
  'target-burst-capacity': 'the Lab keeps the activator in the path only at zero replicas',
};
/** config-autoscaler keys -> Lab key; the first five exist only cluster-wide */
const CLUSTER: Readonly<Record<string, readonly [keyof KpaConfig, Kind]>> = {
  'max-scale-up-rate': ['max_scale_up_rate', 'number'],
  'max-scale-down-rate': ['max_scale_down_rate', 'number'],
  'scale-to-zero-grace-period': ['scale_to_zero_grace_period_s', 'duration'],
  'enable-scale-to-zero': ['enable_scale_to_zero', 'bool'],
  'tick-interval': ['tick_s', 'duration'],
  'stable-window': ['stable_window_s', 'duration'],
  'panic-window-percentage': ['panic_window_percent', 'number'],
  'panic-threshold-percentage': ['panic_threshold_percent', 'number'],
  'container-concurrency-target-percentage': ['target_utilization_percent', 'number'],
  'scale-down-delay': ['scale_down_delay_s', 'duration'],
};
const CLUSTER_ONLY = ['max-scale-up-rate', 'max-scale-down-rate', 'scale-to-zero-grace-period', 'enable-scale-to-zero', 'tick-interval'];

function parseValue(raw: unknown, kind: Kind): number | boolean | undefined {
  if (kind === 'duration') return typeof raw === 'number' ? raw : parseDuration(raw);
  if (kind === 'bool') return raw === true || raw === 'true' ? true : raw === false || raw === 'false' ? false : undefined;
  return parseNumberText(raw);
}

const EXPECTED: Readonly<Record<Kind, string>> = {
  number: 'a number in quotes, e.g. "70"', duration: 'a duration such as "60s" or "1m"', bool: '"true" or "false"',
};

/** Is this document Knative's config-autoscaler ConfigMap? */
export function isKnativeAutoscalerConfig(value: unknown): boolean {
  return isRecord(value) && value.kind === 'ConfigMap' && valueAt(value, ['metadata', 'name']) === 'config-autoscaler';
}

function readClusterConfig(draft: Draft, config: SourceDoc): void {
  const data = valueAt(config.value, ['data']);
  if (!isRecord(data)) return;
  for (const [key, raw] of Object.entries(data)) {
    const entry = CLUSTER[key];
    const path = ['data', key];
    if (entry === undefined) {
      if (!key.startsWith('_')) draft.notes.push(`config-autoscaler ${key} is not modelled by the Lab and was ignored`);
      continue;
    }
    const [labKey, kind] = entry;
    if (!CLUSTER_ONLY.includes(key) && labKey in draft.config) continue; // the revision's annotation wins
    const value = parseValue(raw, kind);
    draft.map.set(labKey, { doc: config, path });
    if (value === undefined) draft.errors.push(issueAt(config, path, `${key} must be ${EXPECTED[kind]}, got ${describeValue(raw)}`, `write it as ${EXPECTED[kind]}`));
    else draft.config[labKey] = value;
  }
}

/** Reads a Knative Service (and the config-autoscaler ConfigMap beside it, if any) into one `kpa` policy. */
export function importKnative(doc: SourceDoc, fallbackName: string, cluster?: SourceDoc): Result<Omit<ImportedPolicies, 'format'>> {
  const draft = newDraft(doc, ['spec', 'template'], 'kpa');
  const root = isRecord(doc.value) ? doc.value : {};
  if (root.apiVersion !== 'serving.knative.dev/v1') {
    draft.errors.push(issueAt(doc, ['apiVersion'], `The Lab reads serving.knative.dev/v1 Services, got ${describeValue(root.apiVersion)}`, 'set apiVersion: serving.knative.dev/v1'));
  }
  const outer = valueAt(root, ['metadata', 'annotations']);
  for (const key of isRecord(outer) ? Object.keys(outer) : []) {
    if (key.startsWith(PREFIX)) {
      draft.errors.push(issueAt(doc, ['metadata', 'annotations', key], `${key} is on the Service's own metadata, where Knative ignores it`, 'move it to spec.template.metadata.annotations (the revision template)'));
    }
  }
  const annotations = valueAt(root, ANNOTATIONS_PATH);
  const allowed = [...Object.keys(ANNOTATIONS).filter((key) => !/[A-Z]/.test(key)), 'class', 'metric', ...Object.keys(NOT_MODELLED)].map((key) => PREFIX + key);
  for (const [key, raw] of Object.entries(isRecord(annotations) ? annotations : {})) {
    if (!key.startsWith(PREFIX)) continue;
    const path = [...ANNOTATIONS_PATH, key];
    const name = key.slice(PREFIX.length);
    if (name === 'class') {
      if (raw === KPA_CLASS) continue;
      const hpa = raw === 'hpa.autoscaling.knative.dev';
      draft.errors.push(issueAt(doc, path, hpa ? 'This Service uses Knative\'s HPA class: a Kubernetes HPA scales it on cpu or memory, not the Knative Pod Autoscaler (KPA) the Lab simulates' : `Unknown autoscaler class ${describeValue(raw)}`,
        hpa ? `remove the class annotation (or set it to ${KPA_CLASS}) to simulate the KPA, or import an HPA manifest instead` : `allowed: ${KPA_CLASS} (the KPA) or hpa.autoscaling.knative.dev`));
    } else if (name === 'metric') {
      draft.map.set('metric', path);
      if (raw === 'concurrency' || raw === 'rps') draft.config.metric = raw;
      else draft.errors.push(issueAt(doc, path, `The KPA cannot scale on the metric ${describeValue(raw)}`, 'allowed values: concurrency, rps (cpu and memory need the hpa class, which the Lab does not simulate)'));
    } else if (ANNOTATIONS[name] !== undefined) {
      const [labKey, kind] = ANNOTATIONS[name];
      const value = parseValue(raw, kind);
      draft.map.set(labKey, path);
      if (value === undefined) draft.errors.push(issueAt(doc, path, `${key} must be ${EXPECTED[kind]}, got ${describeValue(raw)}`, `write it as ${EXPECTED[kind]}`));
      else draft.config[labKey] = value;
    } else if (NOT_MODELLED[name] !== undefined) {
      draft.notes.push(`${key} ${String(raw)} is not modelled and was ignored: ${NOT_MODELLED[name]}`);
    } else {
      draft.errors.push(issueAt(doc, path, `Unknown Knative autoscaling annotation ${key}`, `the known ones are ${allowed.join(', ')}`));
    }
  }
  const ccPath = ['spec', 'template', 'spec', 'containerConcurrency'];
  const cc = valueAt(root, ccPath);
  if (typeof cc === 'number' && cc > 0 && draft.config.metric !== 'rps') {
    const target = typeof draft.config.target === 'number' ? draft.config.target : undefined;
    const used = target === undefined || cc < target;
    if (used) {
      draft.config.target = cc;
      draft.map.set('target', ccPath);
    }
    draft.notes.push(`containerConcurrency ${cc} is a hard limit per pod in Knative (requests above it wait in the queue-proxy): ${used ? 'the Lab uses it as the concurrency target, as Knative does when no lower target is set' : `the lower target ${target} stays the target`}, and does not enforce the limit`);
  } else if (cc !== undefined && cc !== 0 && typeof cc !== 'number') {
    draft.errors.push(issueAt(doc, ccPath, `containerConcurrency must be a whole number, got ${describeValue(cc)}`, '0 means no limit'));
  }
  if (cluster) readClusterConfig(draft, cluster);
  const named = finishNamed(draft, kubeDisplayName(root.metadata, fallbackName));
  return named.ok ? { ok: true, value: { policies: [named.value], notes: draft.notes } } : named;
}

/** Writes a `kpa` policy as a Knative Service, plus the config-autoscaler ConfigMap when a cluster-wide knob differs. */
export function exportKnative(policy: NamedPolicy, config: KpaConfig, notes: readonly string[] = []): ExportedPolicy {
  const out = [...notes];
  const annotations: Record<string, string> = {
    [`${PREFIX}class`]: KPA_CLASS,
    [`${PREFIX}metric`]: config.metric,
    [`${PREFIX}target`]: String(config.target),
    [`${PREFIX}target-utilization-percentage`]: String(config.target_utilization_percent),
    [`${PREFIX}window`]: formatDuration(config.stable_window_s),
    [`${PREFIX}panic-window-percentage`]: String(config.panic_window_percent),
    [`${PREFIX}panic-threshold-percentage`]: String(config.panic_threshold_percent),
    [`${PREFIX}min-scale`]: String(config.min_scale),
    [`${PREFIX}max-scale`]: String(config.max_scale),
    [`${PREFIX}initial-scale`]: String(config.initial_scale),
    [`${PREFIX}scale-down-delay`]: formatDuration(config.scale_down_delay_s),
  };
  const name = kubeName(policy.name);
  const service = {
    apiVersion: 'serving.knative.dev/v1',
    kind: 'Service',
    metadata: kubeMetadata(policy.name, {}, policy.target?.namespace),
    spec: { template: { metadata: { annotations }, spec: { containers: [{ name: 'model-server', image: `registry.example.com/${name}:latest` }] } } },
  };
  const data: Record<string, string> = {};
  for (const key of CLUSTER_ONLY) {
    const [labKey, kind] = CLUSTER[key]!;
    const value = config[labKey];
    if (value === KPA_DEFAULTS[labKey]) continue;
    data[key] = kind === 'duration' ? formatDuration(Number(value)) : String(value);
  }
  let text = stringify(service, { lineWidth: 0 });
  const changed = Object.keys(data);
  if (changed.length > 0) {
    out.push(`${changed.join(', ')} ${changed.length === 1 ? 'is a cluster-wide setting' : 'are cluster-wide settings'} of Knative's config-autoscaler ConfigMap, not ${changed.length === 1 ? 'a per-Service annotation' : 'per-Service annotations'}: written as a second document (knative-serving/config-autoscaler), which changes every Service in the cluster when applied`);
    text += `---\n${stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'config-autoscaler', namespace: 'knative-serving' }, data }, { lineWidth: 0 })}`;
  }
  if (config.initial_scale === 0) out.push('initial-scale 0 is honoured only when the cluster allows it (allow-zero-initial-scale: "true" in config-autoscaler); otherwise Knative starts at 1');
  out.push(`The container image registry.example.com/${name}:latest is a placeholder: put your model server's image there`);
  const noTarget = targetNote(policy, 'A Knative Service', `the Service is its own workload, so the target is not written${policy.target?.namespace !== undefined ? ' (its namespace is kept in metadata.namespace)' : ''}`);
  if (noTarget !== undefined) out.push(noTarget);
  return { text, notes: out };
}
