/**
 * AIBrix PodAutoscaler (autoscaling.aibrix.ai/v1alpha1) <-> the Lab's `aibrix-apa` / `aibrix-kpa`.
 * Fields as in vllm-project/aibrix `api/autoscaling/v1alpha1` and its samples (`samples/autoscaling/apa.yaml`,
 * `kpa.yaml`): spec.scalingStrategy APA|KPA, spec.minReplicas, spec.maxReplicas, spec.metricsSources[].targetMetric and
 * targetValue (a string), and the annotations `autoscaling.aibrix.ai/*` that `context/context.go` parses. Knobs with no
 * field (the starting replicas, the metrics client's windows, the resync interval) travel in the Lab's annotations.
 */
import { stringify } from 'yaml';
import type { Result } from '../lesson/validate';
import { AIBRIX_KNOB_DEFAULTS } from '../policies/aibrix';
import { AIBRIX_KPA_DEFAULTS } from '../policies/aibrixKpa';
import type { AibrixApaConfig, AibrixKpaConfig, NamedPolicy } from '../policies/types';
import { describeValue, isRecord, issueAt, valueAt, type DocPath, type SourceDoc } from './document';
import { finishNamed, newDraft, take, type Draft } from './draft';
import { kubeDisplayName, kubeMetadata, kubeName, readLabAnnotation } from './kube';
import type { ExportedPolicy, ImportedPolicies } from './types';
import { formatDuration, parseDuration, parseNumberText } from './units';

const A = 'autoscaling.aibrix.ai/';

/** The annotations context.go parses, and the Lab key each sets. */
const RATE_ANNOTATIONS: readonly (readonly [string, string])[] = [
  [`${A}max-scale-up-rate`, 'max_scale_up_rate'],
  [`${A}max-scale-down-rate`, 'max_scale_down_rate'],
  [`${A}scale-up-tolerance`, 'scale_up_tolerance'],
  [`${A}scale-down-tolerance`, 'scale_down_tolerance'],
];
const DURATION_ANNOTATIONS: readonly (readonly [string, string])[] = [
  [`${A}scale-up-cooldown-window`, 'scale_up_cooldown_window_s'],
  [`${A}scale-down-cooldown-window`, 'scale_down_cooldown_window_s'],
];
const PANIC_THRESHOLD = `${A}panic-threshold`;
const SCALE_TO_ZERO = `${A}scale-to-zero`;

/** Annotations AIBrix's samples and older docs carry that the controller at e3e10f9 does not read. */
const OLD_ANNOTATIONS: readonly string[] = [
  `${A}up-fluctuation-tolerance`, `${A}down-fluctuation-tolerance`, 'apa.autoscaling.aibrix.ai/window',
  'kpa.autoscaling.aibrix.ai/scale-down-delay', 'kpa.autoscaling.aibrix.ai/stable-window', 'kpa.autoscaling.aibrix.ai/panic-window',
];

const LAB = {
  initial: 'autoscale-lab/initial-replicas',
  stable: 'autoscale-lab/stable-window-seconds',
  panic: 'autoscale-lab/panic-window-seconds',
  interval: 'autoscale-lab/reconcile-interval-seconds',
} as const;

export function isAibrixPodAutoscaler(value: Readonly<Record<string, unknown>>): boolean {
  return value.kind === 'PodAutoscaler' && typeof value.apiVersion === 'string' && value.apiVersion.startsWith('autoscaling.aibrix.ai/');
}

function readAnnotations(draft: Draft, kpa: boolean): void {
  const { doc } = draft;
  const base: DocPath = ['metadata', 'annotations'];
  const annotations = valueAt(doc.value, base);
  if (!isRecord(annotations)) return;
  for (const [key, labKey] of RATE_ANNOTATIONS) readLabAnnotation(doc, base, key, labKey, draft.config, draft.map, draft.errors);
  for (const [key, labKey] of DURATION_ANNOTATIONS) {
    const raw = annotations[key];
    if (raw === undefined) continue;
    const path = [...base, key];
    draft.map.set(labKey, path);
    const seconds = parseDuration(raw);
    if (seconds === undefined) draft.errors.push(issueAt(doc, path, `${key} must be a Go duration, got ${describeValue(raw)}`, 'e.g. "300s" or "5m"'));
    else draft.config[labKey] = seconds;
  }
  if (annotations[PANIC_THRESHOLD] !== undefined) {
    if (kpa) readLabAnnotation(doc, base, PANIC_THRESHOLD, 'panic_threshold', draft.config, draft.map, draft.errors);
    else draft.notes.push(`${PANIC_THRESHOLD} applies to KPA only; APA ignores it`);
  }
  if (annotations[SCALE_TO_ZERO] !== undefined) draft.notes.push(`${SCALE_TO_ZERO} is parsed by the controller at e3e10f9 but nothing reads it; scale to zero follows spec.minReplicas`);
  for (const key of OLD_ANNOTATIONS) {
    if (annotations[key] !== undefined) draft.notes.push(`${key} (seen in AIBrix's samples) is not read by the controller at e3e10f9; ignored (the Lab's defaults apply)`);
  }
  readLabAnnotation(doc, base, LAB.initial, 'initial_replicas', draft.config, draft.map, draft.errors);
  readLabAnnotation(doc, base, LAB.stable, 'stable_window_s', draft.config, draft.map, draft.errors);
  readLabAnnotation(doc, base, LAB.interval, 'reconcile_interval_s', draft.config, draft.map, draft.errors);
  if (kpa) readLabAnnotation(doc, base, LAB.panic, 'panic_window_s', draft.config, draft.map, draft.errors);
}

/** Reads a PodAutoscaler with scalingStrategy APA or KPA. */
export function importAibrix(doc: SourceDoc, fallbackName: string): Result<Omit<ImportedPolicies, 'format'>> {
  const root = isRecord(doc.value) ? doc.value : {};
  const spec = root.spec;
  if (!isRecord(spec)) return { ok: false, errors: [issueAt(doc, ['spec'], 'The PodAutoscaler has no spec', 'give spec.scalingStrategy, spec.maxReplicas, spec.metricsSources and spec.scaleTargetRef')] };
  const strategy = spec.scalingStrategy;
  if (strategy !== 'APA' && strategy !== 'KPA') {
    const what = strategy === 'HPA' ? 'The HPA strategy makes AIBrix create a Kubernetes HPA' : `scalingStrategy must be APA or KPA, got ${describeValue(strategy)}`;
    return { ok: false, errors: [issueAt(doc, ['spec', 'scalingStrategy'], what, strategy === 'HPA' ? 'import that HorizontalPodAutoscaler instead, or set scalingStrategy: APA or KPA' : 'set scalingStrategy: APA or KPA')] };
  }
  const kpa = strategy === 'KPA';
  const draft = newDraft(doc, ['spec'], kpa ? 'aibrix-kpa' : 'aibrix-apa');
  take(draft, 'min_replicas', ['spec', 'minReplicas']);
  take(draft, 'max_replicas', ['spec', 'maxReplicas']);
  const sources = spec.metricsSources;
  const sourcePath: DocPath = ['spec', 'metricsSources', 0];
  if (!Array.isArray(sources) || sources.length === 0 || !isRecord(sources[0])) {
    draft.errors.push(issueAt(doc, ['spec', 'metricsSources'], 'spec.metricsSources is missing or empty', 'add {metricSourceType: pod, targetMetric: gpu_cache_usage_perc, targetValue: "0.5"}'));
  } else {
    if (sources.length > 1) draft.notes.push(`spec.metricsSources has ${sources.length} entries; the Lab reads the first (${String(sources[0].targetMetric)})`);
    take(draft, 'target_metric', [...sourcePath, 'targetMetric']);
    const valuePath = [...sourcePath, 'targetValue'];
    const raw = valueAt(doc.value, valuePath);
    draft.map.set('target_value', valuePath);
    if (raw !== undefined) {
      const value = parseNumberText(raw); // strconv.ParseFloat: no quantity suffixes
      if (value === undefined) { draft.errors.push(issueAt(doc, valuePath, `targetValue must be a number, got ${describeValue(raw)}`, 'e.g. targetValue: "0.5"')); draft.failed.add('target_value'); }
      else draft.config.target_value = value;
    }
    const type = sources[0].metricSourceType;
    if (type !== undefined && type !== 'pod') draft.notes.push(`metricSourceType ${String(type)}: the Lab reads the metric from the pods as if it were a pod source`);
  }
  readAnnotations(draft, kpa);
  const named = finishNamed(draft, kubeDisplayName(root.metadata, fallbackName));
  return named.ok ? { ok: true, value: { policies: [named.value], notes: draft.notes } } : named;
}

/** Writes an AIBrix policy as a PodAutoscaler; annotations only where a knob differs from AIBrix's default. */
export function exportAibrix(policy: NamedPolicy, config: AibrixApaConfig | AibrixKpaConfig): ExportedPolicy {
  const d = config.policy === 'aibrix-kpa' ? AIBRIX_KPA_DEFAULTS : AIBRIX_KNOB_DEFAULTS;
  const annotations: Record<string, string> = {};
  for (const [key, labKey] of RATE_ANNOTATIONS) {
    const value = config[labKey as keyof typeof config] as number;
    if (value !== d[labKey as keyof typeof d]) annotations[key] = String(value);
  }
  for (const [key, labKey] of DURATION_ANNOTATIONS) {
    const value = config[labKey as keyof typeof config] as number;
    if (value !== d[labKey as keyof typeof d]) annotations[key] = formatDuration(value);
  }
  const notes: string[] = [];
  const lab = (key: string, value: number, fallback: number, what: string) => {
    if (value === fallback) return;
    annotations[key] = String(value);
    notes.push(`${what} has no PodAutoscaler field; kept in the ${key} annotation, which AIBrix ignores`);
  };
  if (config.policy === 'aibrix-kpa' && config.panic_threshold !== AIBRIX_KPA_DEFAULTS.panic_threshold) annotations[PANIC_THRESHOLD] = String(config.panic_threshold);
  lab(LAB.initial, config.initial_replicas, Math.max(1, config.min_replicas), 'initial_replicas (the Deployment\'s spec.replicas)');
  lab(LAB.stable, config.stable_window_s, AIBRIX_KNOB_DEFAULTS.stable_window_s, 'stable_window_s (the metrics client\'s stable window)');
  if (config.policy === 'aibrix-kpa') lab(LAB.panic, config.panic_window_s, AIBRIX_KPA_DEFAULTS.panic_window_s, 'panic_window_s (the metrics client\'s panic window)');
  lab(LAB.interval, config.reconcile_interval_s, AIBRIX_KNOB_DEFAULTS.reconcile_interval_s, 'reconcile_interval_s (the controller\'s resync)');
  const name = kubeName(policy.name);
  const manifest = {
    apiVersion: 'autoscaling.aibrix.ai/v1alpha1',
    kind: 'PodAutoscaler',
    metadata: kubeMetadata(policy.name, annotations),
    spec: {
      scalingStrategy: config.policy === 'aibrix-kpa' ? 'KPA' : 'APA',
      minReplicas: config.min_replicas,
      maxReplicas: config.max_replicas,
      metricsSources: [{ metricSourceType: 'pod', protocolType: 'http', port: '8000', path: 'metrics', targetMetric: config.target_metric, targetValue: String(config.target_value) }],
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
    },
  };
  return { text: stringify(manifest, { lineWidth: 0 }), notes };
}
