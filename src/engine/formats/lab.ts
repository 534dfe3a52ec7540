/**
 * The Lab's own JSON: one object per policy (`policy` is the discriminant, `name` optional, the other keys the policy's
 * knobs in the Lab's snake_case), or a list of them, or `{"policies": [...]}`. Read as JSON or YAML alike.
 */
import type { Result, ValidationError } from '../lesson/validate';
import type { NamedPolicy, ScaleTarget } from '../policies/types';
import { describeValue, formatPath, isRecord, pathWithLine, type DocPath, type SourceDoc } from './document';
import { readLabTarget } from './target';
import type { ExportedPolicy, ImportedPolicies } from './types';
import { validateLabConfig } from './validators';

/** "behavior.scale_up.policies[0].value" -> ["behavior", "scale_up", "policies", 0, "value"]. */
export function labPathSegments(path: string): DocPath {
  const segments: (string | number)[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    segments.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  }
  return segments;
}

/** Does this value look like the Lab's JSON (rather than a manifest)? */
export function isLabDocument(value: unknown): boolean {
  // a Ray autoscaling_config may carry a custom `policy` object: that one is Ray's, not the Lab's discriminant
  const looks = (item: unknown) => isRecord(item) && (('policy' in item && !isRecord(item.policy)) || 'upper_threshold' in item || 'target_utilization' in item);
  if (Array.isArray(value)) return value.length > 0 && value.every(looks);
  if (isRecord(value) && Array.isArray(value.policies) && !('apiVersion' in value)) return value.policies.every(looks);
  return looks(value);
}

function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} ${count}`;
  });
}

/** Reads the Lab's JSON: every policy validated, errors at their field and line; unnamed ones take the file's name or their policy. */
export function importLab(doc: SourceDoc, fallbackName: string | undefined): Result<Omit<ImportedPolicies, 'format'>> {
  const value = doc.value;
  const listPath: DocPath = isRecord(value) && Array.isArray(value.policies) ? ['policies'] : [];
  const items: unknown[] = Array.isArray(value) ? value : isRecord(value) && Array.isArray(value.policies) ? value.policies : [value];
  const single = !Array.isArray(value) && listPath.length === 0;
  const errors: ValidationError[] = [];
  const configs: NamedPolicy['config'][] = [];
  const names: string[] = [];
  const targets: (ScaleTarget | undefined)[] = [];
  items.forEach((item, i) => {
    const base: DocPath = single ? [] : [...listPath, i];
    const at = (path: DocPath) => pathWithLine(formatPath(path), doc.lineOf(path));
    if (!isRecord(item)) {
      errors.push({ path: at(base), message: `A policy must be an object, got ${describeValue(item)}`, hint: 'e.g. {"policy": "hpa", "max_replicas": 10}' });
      return;
    }
    const { name, scale_target: scaleTarget, ...config } = item;
    const target = readLabTarget(scaleTarget, at([...base, 'scale_target']), errors);
    if (name !== undefined && (typeof name !== 'string' || name.trim() === '')) {
      errors.push({ path: at([...base, 'name']), message: `name must be a text, got ${describeValue(name)}`, hint: 'e.g. "name": "HPA on requests per second"' });
    }
    const checked = validateLabConfig(config);
    if (!checked.ok) {
      errors.push(...checked.errors.map((error) => ({ ...error, path: at([...base, ...labPathSegments(error.path)]) })));
      return;
    }
    configs.push(checked.value);
    targets.push(target);
    names.push(typeof name === 'string' && name.trim() !== '' ? name : fallbackName ?? checked.value.policy);
  });
  if (errors.length > 0) return { ok: false, errors };
  const unique = uniqueNames(names);
  const policies = configs.map((config, i): NamedPolicy => {
    const target = targets[i];
    return target === undefined ? { name: unique[i]!, config } : { name: unique[i]!, config, target };
  });
  return { ok: true, value: { policies, notes: [] } };
}

/** Writes one policy as the Lab's JSON: its name, then every knob (defaults included, so the file says what runs). */
export function exportLab(policy: NamedPolicy): ExportedPolicy {
  const head = policy.target === undefined ? { name: policy.name } : { name: policy.name, scale_target: policy.target };
  return { text: `${JSON.stringify({ ...head, ...policy.config }, null, 2)}\n`, notes: [] };
}
