/** The formats a Lab policy is read from and written to, and what an import or export returns besides the policy. */
import { DEFAULT_RATE_NAME } from '../policies/metricColumns';
import type { NamedPolicy } from '../policies/types';

export type PolicyFormat = 'lab' | 'hpa' | 'keda' | 'knative' | 'ray' | 'sagemaker' | 'aibrix';

export const POLICY_FORMATS: readonly PolicyFormat[] = ['lab', 'hpa', 'keda', 'knative', 'ray', 'sagemaker', 'aibrix'];

/** What each format is called in the UI's import and export menus. */
export const FORMAT_LABELS: Readonly<Record<PolicyFormat, string>> = {
  lab: "The Lab's JSON",
  hpa: 'Kubernetes HorizontalPodAutoscaler (autoscaling/v2)',
  keda: 'KEDA ScaledObject (keda.sh/v1alpha1)',
  knative: 'Knative Service (serving.knative.dev/v1)',
  ray: 'Ray Serve config (autoscaling_config)',
  sagemaker: 'SageMaker target-tracking policy (Application Auto Scaling)',
  aibrix: 'AIBrix PodAutoscaler (autoscaling.aibrix.ai/v1alpha1)',
};

/** The format in a sentence, with its article: "the Lab's JSON", "a Knative Service (serving.knative.dev/v1)", "an AIBrix PodAutoscaler (...)". */
export function formatInSentence(format: PolicyFormat): string {
  if (format === 'lab') return 'the Lab\'s JSON';
  const label = FORMAT_LABELS[format];
  return `${/^[AEIOU]/.test(label) ? 'an' : 'a'} ${label}`;
}

/** The syntax an exported document is written in (for the editor's language mode). */
export const FORMAT_SYNTAX: Readonly<Record<PolicyFormat, 'json' | 'yaml'>> = {
  lab: 'json', hpa: 'yaml', keda: 'yaml', knative: 'yaml', ray: 'yaml', sagemaker: 'json', aibrix: 'yaml',
};

/** An exported document and every knob that was lost or approximated on the way (empty when nothing was). */
export interface ExportedPolicy {
  readonly text: string;
  readonly notes: readonly string[];
}

/** An import: the policies, the format they were read from, and what the Lab does not model of the document. */
export interface ImportedPolicies {
  readonly format: PolicyFormat;
  readonly policies: readonly NamedPolicy[];
  /** fields of the document the Lab reads differently or ignores, each said plainly */
  readonly notes: readonly string[];
}

/** Annotations the Lab writes on Kubernetes objects to keep knobs that have no field of their own. */
export const LAB_ANNOTATION = {
  name: 'autoscale-lab/name',
  initialReplicas: 'autoscale-lab/initial-replicas',
  tolerance: 'autoscale-lab/tolerance',
  syncPeriod: 'autoscale-lab/sync-period-seconds',
} as const;

/** The metric name an HPA/KEDA export writes when the policy's metric has none (and an import leaves out again). */
export const DEFAULT_RATE_METRIC = DEFAULT_RATE_NAME;
