/**
 * What the Kubernetes formats share: object names, the Lab's own annotations, and the HPA `behavior` block, which
 * an HPA keeps at `spec.behavior` and a KEDA ScaledObject at `spec.advanced.horizontalPodAutoscalerConfig.behavior`.
 */
import type { ValidationError } from '../lesson/validate';
import type { HpaConfig, HpaScalingRule } from '../policies/types';
import { describeValue, isRecord, issueAt, valueAt, type DocPath, type Located, type SourceDoc } from './document';
import { LAB_ANNOTATION } from './types';
import { parseNumberText } from './units';

/** A display name as a Kubernetes object name (RFC 1123: lower case, digits, '-', at most 63). */
export function kubeName(name: string): string {
  const cleaned = name.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 63).replace(/-+$/, '');
  return cleaned === '' ? 'policy' : cleaned;
}

/** metadata for an exported object: the name, and the Lab's annotations where a knob has no field of its own. */
export function kubeMetadata(name: string, annotations: Readonly<Record<string, string>>, namespace?: string): Record<string, unknown> {
  const kube = kubeName(name);
  const all: Record<string, string> = kube === name ? { ...annotations } : { [LAB_ANNOTATION.name]: name, ...annotations };
  const named: Record<string, unknown> = namespace === undefined ? { name: kube } : { name: kube, namespace };
  return Object.keys(all).length > 0 ? { ...named, annotations: all } : named;
}

/** The policy's name from metadata: the Lab's name annotation, else metadata.name, else the fallback. */
export function kubeDisplayName(metadata: unknown, fallback: string): string {
  const saved = valueAt(metadata, ['annotations', LAB_ANNOTATION.name]);
  if (typeof saved === 'string' && saved !== '') return saved;
  const name = valueAt(metadata, ['name']);
  return typeof name === 'string' && name !== '' ? name : fallback;
}

/** Reads a numeric Lab annotation into the draft (left out when absent, an error when not a number). */
export function readLabAnnotation(
  doc: SourceDoc, annotationsPath: DocPath, key: string, draftKey: string,
  draft: Record<string, unknown>, map: Map<string, DocPath | Located>, errors: ValidationError[],
): void {
  const path = [...annotationsPath, key];
  const raw = valueAt(doc.value, path);
  if (raw === undefined) return;
  const value = parseNumberText(raw);
  map.set(draftKey, path);
  if (value === undefined) errors.push(issueAt(doc, path, `${key} must be a number, got ${describeValue(raw)}`, `write it as a quoted number, e.g. "3"`));
  else draft[draftKey] = value;
}

const RULE_KEYS: Readonly<Record<string, string>> = {
  stabilizationWindowSeconds: 'stabilization_window_s', selectPolicy: 'select_policy', policies: 'policies',
};
const POLICY_KEYS: Readonly<Record<string, string>> = { type: 'type', value: 'value', periodSeconds: 'period_s' };

/**
 * Reads an HPA `behavior` block into the draft's `behavior` (snake_case, only the keys present: the validator fills the
 * API defaults). Present-but-empty stays present: it switches the controller to its behavior path.
 */
export function readBehavior(
  doc: SourceDoc, base: DocPath, draft: Record<string, unknown>, map: Map<string, DocPath | Located>, errors: ValidationError[],
): void {
  const raw = valueAt(doc.value, base);
  if (raw === undefined) return;
  map.set('behavior', base);
  if (raw === null) { draft.behavior = {}; return; }
  if (!isRecord(raw)) {
    errors.push(issueAt(doc, base, `behavior must be an object, got ${describeValue(raw)}`, 'write scaleUp and scaleDown rules under it, or remove it'));
    return;
  }
  const behavior: Record<string, unknown> = {};
  for (const [direction, labDirection] of [['scaleUp', 'scale_up'], ['scaleDown', 'scale_down']] as const) {
    const rulePath = [...base, direction];
    const rule = raw[direction];
    if (rule === undefined || rule === null) continue;
    map.set(`behavior.${labDirection}`, rulePath);
    if (!isRecord(rule)) {
      errors.push(issueAt(doc, rulePath, `${direction} must be an object, got ${describeValue(rule)}`, 'give stabilizationWindowSeconds, selectPolicy and policies'));
      continue;
    }
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(rule)) {
      const labKey = RULE_KEYS[key];
      if (labKey === undefined) {
        errors.push(issueAt(doc, [...rulePath, key], `The Lab does not model ${direction}.${key}`, 'the Lab reads stabilizationWindowSeconds, selectPolicy and policies; remove this field'));
        continue;
      }
      map.set(`behavior.${labDirection}.${labKey}`, [...rulePath, key]);
      if (key !== 'policies') { out[labKey] = value; continue; }
      if (!Array.isArray(value)) { out.policies = value; continue; }
      out.policies = value.map((item: unknown, i) => {
        const itemPath = [...rulePath, 'policies', i];
        map.set(`behavior.${labDirection}.policies[${i}]`, itemPath);
        if (!isRecord(item)) return item;
        const policy: Record<string, unknown> = {};
        for (const [itemKey, itemValue] of Object.entries(item)) {
          const labItemKey = POLICY_KEYS[itemKey];
          if (labItemKey === undefined) {
            errors.push(issueAt(doc, [...itemPath, itemKey], `Unknown field ${itemKey} in a scaling policy`, 'a scaling policy has type (Pods or Percent), value and periodSeconds'));
          } else {
            policy[labItemKey] = itemValue;
            map.set(`behavior.${labDirection}.policies[${i}].${labItemKey}`, [...itemPath, itemKey]);
          }
        }
        return policy;
      });
    }
    behavior[labDirection] = out;
  }
  for (const key of Object.keys(raw)) {
    if (key !== 'scaleUp' && key !== 'scaleDown') {
      errors.push(issueAt(doc, [...base, key], `Unknown field behavior.${key}`, 'behavior has scaleUp and scaleDown'));
    }
  }
  draft.behavior = behavior;
}

function ruleToKube(rule: Partial<HpaScalingRule>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (rule.stabilization_window_s !== undefined) out.stabilizationWindowSeconds = rule.stabilization_window_s;
  if (rule.select_policy !== undefined) out.selectPolicy = rule.select_policy;
  if (rule.policies !== undefined) out.policies = rule.policies.map((p) => ({ type: p.type, value: p.value, periodSeconds: p.period_s }));
  return out;
}

/** An HPA config's behavior as the Kubernetes block (undefined when the config has none: the older path). */
export function behaviorToKube(behavior: HpaConfig['behavior']): Record<string, unknown> | undefined {
  if (behavior === undefined) return undefined;
  const out: Record<string, unknown> = {};
  if (behavior.scale_up !== undefined) out.scaleUp = ruleToKube(behavior.scale_up);
  if (behavior.scale_down !== undefined) out.scaleDown = ruleToKube(behavior.scale_down);
  return out;
}
