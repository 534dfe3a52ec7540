/**
 * Names in one run must be told apart in the compare table, the legends and the CLI's output. Two policies called the
 * same are told apart by their kind ("llm (HPA)", "llm (Knative)"), and same-kind twins by a number ("Loop (2)").
 */
import type { LabPolicyKind, NamedPolicy } from './types';

/** What a policy's kind is called in a name's parentheses. */
export const KIND_SHORT: Readonly<Record<LabPolicyKind, string>> = {
  threshold: 'threshold loop',
  target_tracking: 'target tracking',
  hpa: 'HPA',
  kpa: 'Knative',
  ray: 'Ray Serve',
  sagemaker: 'SageMaker',
  'aibrix-apa': 'AIBrix APA',
  'aibrix-kpa': 'AIBrix KPA',
  'llm-d-saturation': 'llm-d',
  'dynamo-planner': 'Dynamo',
};

/** `name`, or a name no other policy has: the kind added when a policy of another kind has the name, else a number. */
export function uniqueName(name: string, kind: LabPolicyKind, others: readonly NamedPolicy[]): string {
  const taken = (candidate: string) => others.some((p) => p.name === candidate);
  if (!taken(name)) return name;
  const base = others.some((p) => p.name === name && p.config.policy !== kind) ? `${name} (${KIND_SHORT[kind]})` : name;
  let candidate = base;
  for (let n = 2; taken(candidate); n++) candidate = `${base} (${n})`;
  return candidate;
}

/** Every policy of a list with a name of its own; names shared across kinds all get their kind. */
export function distinctNames(policies: readonly NamedPolicy[]): NamedPolicy[] {
  const kindsOf = new Map<string, Set<LabPolicyKind>>();
  for (const p of policies) (kindsOf.get(p.name) ?? kindsOf.set(p.name, new Set()).get(p.name)!).add(p.config.policy);
  const out: NamedPolicy[] = [];
  for (const policy of policies) {
    const wanted = (kindsOf.get(policy.name)?.size ?? 1) > 1 ? `${policy.name} (${KIND_SHORT[policy.config.policy]})` : policy.name;
    let name = wanted;
    for (let n = 2; out.some((p) => p.name === name) || (name !== policy.name && policies.some((p) => p.name === name)); n++) name = `${wanted} (${n})`;
    out.push(name === policy.name ? policy : { ...policy, name });
  }
  return out;
}
