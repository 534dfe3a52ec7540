/**
 * The Lab's controllers as Live runs them: each kind's documented defaults, sized by one knob (the requests per
 * second a replica should carry), and a time scale that divides every period and window of the config (keys ending in
 * `_s`) so a class sees a 15 s sync and a 300 s window act within a minute. The policy code itself is the Lab's,
 * unchanged: only its config is compressed, and the screen says by how much.
 */
import { validateLabConfig } from '../formats/validators';
import type { LabPolicyConfig } from '../policies/types';

export type LivePolicyKind = 'hpa' | 'kpa' | 'ray' | 'target_tracking' | 'threshold';

export const LIVE_POLICY_KINDS: readonly LivePolicyKind[] = ['hpa', 'kpa', 'ray', 'target_tracking', 'threshold'];

export interface LivePolicyInput {
  readonly kind: LivePolicyKind;
  /** requests per second one replica should carry (the policy's target, in its own terms) */
  readonly targetRps: number;
  readonly maxReplicas: number;
}

/** The config the kind runs with before compression, defaults filled by the Lab's own validator. */
export function livePolicyConfig({ kind, targetRps, maxReplicas }: LivePolicyInput): LabPolicyConfig {
  const max = Math.max(1, Math.round(maxReplicas));
  const partial = ((): Record<string, unknown> => {
    switch (kind) {
      // behavior given ({}), so its windows are config the time scale can compress (the older path hard-codes 300 s)
      case 'hpa': return { policy: 'hpa', min_replicas: 1, max_replicas: max, initial_replicas: 1, metrics: [{ type: 'pods', target_value: targetRps, name: 'requests_per_second' }], behavior: {} };
      case 'kpa': return { policy: 'kpa', min_scale: 1, max_scale: max, initial_scale: 1, metric: 'rps', target: targetRps, target_utilization_percent: 100 };
      // Ray steers ongoing requests per replica: a replica taking batches of 8 is "at target" with 8 in flight
      case 'ray': return { policy: 'ray', min_replicas: 1, max_replicas: max, initial_replicas: 1, target_ongoing_requests: 8 };
      case 'target_tracking': return { policy: 'target_tracking', min_servers: 1, max_servers: max, initial_servers: 1, capacity_per_server: targetRps, target_utilization: 1 };
      case 'threshold': return { policy: 'threshold', min_servers: 1, max_servers: max, initial_servers: 1, upper_threshold: targetRps, lower_threshold: targetRps / 3 };
    }
  })();
  const checked = validateLabConfig(partial);
  if (!checked.ok) throw new Error(`Live's ${kind} config is not a valid Lab config: ${checked.errors[0]?.message ?? ''}`);
  return checked.value;
}

/** One compressed knob: its dotted path and seconds before and after. */
export interface CompressedKnob {
  readonly path: string;
  readonly from: number;
  readonly to: number;
}

/** Seconds divided by the scale, to whole seconds, never below 1 unless 0 (0 stays 0: "no window"). */
export const compressSeconds = (seconds: number, scale: number): number =>
  seconds <= 0 ? 0 : Math.max(1, Math.round(seconds / Math.max(1, scale)));

function compressValue(value: unknown, scale: number, path: string, changes: CompressedKnob[]): unknown {
  if (Array.isArray(value)) return value.map((item, i) => compressValue(item, scale, `${path}[${i}]`, changes));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => {
    const at = path === '' ? key : `${path}.${key}`;
    if (key.endsWith('_s') && typeof inner === 'number') {
      const to = compressSeconds(inner, scale);
      if (to !== inner) changes.push({ path: at, from: inner, to });
      return [key, to];
    }
    return [key, compressValue(inner, scale, at, changes)];
  }));
}

/** The config with every `_s` knob divided by `scale` (1 = real time), and the knobs that changed. */
export function compressTime(config: LabPolicyConfig, scale: number): { readonly config: LabPolicyConfig; readonly changes: readonly CompressedKnob[] } {
  const changes: CompressedKnob[] = [];
  const compressed = compressValue(config, scale, '', changes) as LabPolicyConfig;
  return { config: compressed, changes };
}
