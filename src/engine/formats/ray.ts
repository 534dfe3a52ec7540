/**
 * Ray Serve `autoscaling_config` <-> the Lab's `ray` policy (ray-project/ray `python/ray/serve/config.py`).
 * Import takes a bare autoscaling_config, a deployment holding one, or a Serve config file
 * (`applications[].deployments[]`): one policy per deployment that has an autoscaling_config, named by the deployment.
 * Export writes a Serve config with one application and one deployment.
 */
import { stringify } from 'yaml';
import type { Result, ValidationError } from '../lesson/validate';
import type { NamedPolicy, RayServeConfig } from '../policies/types';
import { describeValue, isRecord, issueAt, type DocPath, type SourceDoc } from './document';
import { finishNamed, newDraft } from './draft';
import { targetNote } from './target';
import type { ExportedPolicy, ImportedPolicies } from './types';

/** autoscaling_config keys -> Lab keys (the older names included) */
const KEYS: Readonly<Record<string, keyof RayServeConfig>> = {
  min_replicas: 'min_replicas',
  max_replicas: 'max_replicas',
  initial_replicas: 'initial_replicas',
  target_ongoing_requests: 'target_ongoing_requests',
  target_num_ongoing_requests_per_replica: 'target_ongoing_requests',
  look_back_period_s: 'look_back_period_s',
  upscale_delay_s: 'upscale_delay_s',
  downscale_delay_s: 'downscale_delay_s',
  upscaling_factor: 'upscaling_factor',
  upscale_smoothing_factor: 'upscaling_factor',
  downscaling_factor: 'downscaling_factor',
  downscale_smoothing_factor: 'downscaling_factor',
};
/** keys Ray has that the Lab does not model */
const IGNORED: Readonly<Record<string, string>> = {
  metrics_interval_s: 'the Lab\'s replicas report their ongoing requests every second',
  aggregation_function: 'the Lab averages over look_back_period_s',
};
/** the keys that say a bare object is an autoscaling_config */
export const RAY_KEYS: readonly string[] = [...Object.keys(KEYS), 'smoothing_factor', ...Object.keys(IGNORED)];

function readAutoscaling(doc: SourceDoc, path: DocPath, value: unknown, name: string): Result<{ policy: NamedPolicy; notes: string[] }> {
  const draft = newDraft(doc, path, 'ray');
  if (!isRecord(value)) {
    return { ok: false, errors: [issueAt(doc, path, `autoscaling_config must be an object, got ${describeValue(value)}`, 'give min_replicas, max_replicas and target_ongoing_requests')] };
  }
  for (const [key, raw] of Object.entries(value)) {
    const at = [...path, key];
    if (raw === null) continue; // Ray's None: the default
    const labKey = KEYS[key];
    if (labKey !== undefined) {
      if (key !== labKey) draft.notes.push(`${key} is Ray's older name for ${labKey}`);
      draft.config[labKey] = raw;
      draft.map.set(labKey, at);
    } else if (key === 'smoothing_factor') {
      for (const factor of ['upscaling_factor', 'downscaling_factor'] as const) {
        if (value[factor] !== undefined && value[factor] !== null) continue;
        draft.config[factor] = raw;
        draft.map.set(factor, at);
      }
      draft.notes.push('smoothing_factor is Ray\'s older name for both upscaling_factor and downscaling_factor');
    } else if (IGNORED[key] !== undefined) {
      draft.notes.push(`${key} ${String(raw)} is not modelled and was ignored: ${IGNORED[key]}`);
    } else if (key === 'policy') {
      draft.errors.push(issueAt(doc, at, 'A custom autoscaling policy cannot be simulated: the Lab runs Ray\'s default policy', 'remove policy to use the default'));
    } else {
      draft.errors.push(issueAt(doc, at, `Unknown autoscaling_config key ${key}`, `the known keys are ${Object.keys(KEYS).filter((k) => KEYS[k] === k).join(', ')}`));
    }
  }
  const named = finishNamed(draft, name);
  return named.ok ? { ok: true, value: { policy: named.value, notes: draft.notes } } : named;
}

/** Reads a Ray Serve config, a deployment, or a bare autoscaling_config into `ray` policies. */
export function importRay(doc: SourceDoc, fallbackName: string): Result<Omit<ImportedPolicies, 'format'>> {
  const root = isRecord(doc.value) ? doc.value : {};
  const found: { path: DocPath; value: unknown; name: string; deployment?: Readonly<Record<string, unknown>> }[] = [];
  const errors: ValidationError[] = [];
  if (root.applications !== undefined) {
    if (!Array.isArray(root.applications)) {
      return { ok: false, errors: [issueAt(doc, ['applications'], 'applications must be a list', 'a Serve config lists its applications, each with deployments')] };
    }
    const seen = new Set<string>();
    root.applications.forEach((app: unknown, a) => {
      const deployments = isRecord(app) ? app.deployments : undefined;
      if (!Array.isArray(deployments)) return;
      deployments.forEach((deployment: unknown, d) => {
        if (!isRecord(deployment) || deployment.autoscaling_config === undefined) return;
        const base = typeof deployment.name === 'string' ? deployment.name : `${fallbackName} ${a + 1}.${d + 1}`;
        const name = seen.has(base) && isRecord(app) && typeof app.name === 'string' ? `${app.name}/${base}` : base;
        seen.add(name);
        found.push({ path: ['applications', a, 'deployments', d, 'autoscaling_config'], value: deployment.autoscaling_config, name, deployment });
      });
    });
    if (found.length === 0) {
      return { ok: false, errors: [issueAt(doc, ['applications'], 'No deployment in this Serve config has an autoscaling_config', 'add autoscaling_config to the deployment to simulate, e.g. {min_replicas: 1, max_replicas: 10, target_ongoing_requests: 2}')] };
    }
  } else if (root.autoscaling_config !== undefined) {
    found.push({ path: ['autoscaling_config'], value: root.autoscaling_config, name: typeof root.name === 'string' ? root.name : fallbackName, deployment: root });
  } else {
    found.push({ path: [], value: root, name: fallbackName });
  }
  const policies: NamedPolicy[] = [];
  const notes: string[] = [];
  for (const item of found) {
    const result = readAutoscaling(doc, item.path, item.value, item.name);
    if (!result.ok) { errors.push(...result.errors); continue; }
    policies.push(result.value.policy);
    notes.push(...result.value.notes.map((note) => (found.length > 1 ? `${item.name}: ${note}` : note)));
    const cap = item.deployment?.max_ongoing_requests ?? item.deployment?.max_concurrent_queries;
    if (cap !== undefined) notes.push(`${item.name}: max_ongoing_requests ${String(cap)} (the most requests a replica takes at once) is not modelled: a Lab replica serves the platform's capacity`);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { policies, notes } };
}

/** Writes a `ray` policy as a Serve config with one application and one deployment. */
export function exportRay(policy: NamedPolicy, config: RayServeConfig, notes: readonly string[] = []): ExportedPolicy {
  const autoscaling_config = {
    min_replicas: config.min_replicas,
    max_replicas: config.max_replicas,
    initial_replicas: config.initial_replicas,
    target_ongoing_requests: config.target_ongoing_requests,
    look_back_period_s: config.look_back_period_s,
    upscale_delay_s: config.upscale_delay_s,
    downscale_delay_s: config.downscale_delay_s,
    upscaling_factor: config.upscaling_factor,
    downscaling_factor: config.downscaling_factor,
  };
  const serve = { applications: [{ name: 'app', route_prefix: '/', import_path: 'model:app', deployments: [{ name: policy.name, autoscaling_config }] }] };
  const noTarget = targetNote(policy, 'A Ray Serve config', `the deployment ${policy.name} is the workload Ray scales`);
  return {
    text: stringify(serve, { lineWidth: 0 }),
    notes: [...notes, 'import_path model:app is a placeholder: point it at your Serve application', ...(noTarget === undefined ? [] : [noTarget])],
  };
}
