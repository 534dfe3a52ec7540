/** What a learner sets for a Live run, its defaults (a spike that needs three replicas at the default target) and bounds. */
import { formatNumber } from '../format';
import type { LivePolicyKind } from './livePolicies';
import type { LiveShape } from './loadPlan';

export interface LiveSettings {
  readonly kind: LivePolicyKind;
  /** requests per second one replica should carry (the policy's target) */
  readonly targetRps: number;
  readonly maxReplicas: number;
  readonly shape: LiveShape;
  readonly baseRps: number;
  readonly peakRps: number;
  /** seconds of load */
  readonly seconds: number;
  /** controller periods and windows are divided by this (1 = real time) */
  readonly timeScale: number;
  readonly digitsPerRequest: number;
  readonly maxBatch: number;
  /** seconds of extra load delay per cold start, emulating a large model (a wait, not work) */
  readonly extraLoadS: number;
  /** the p95 objective drawn on the latency chart, ms */
  readonly sloMs: number;
  readonly seed: number;
}

export const DEFAULT_LIVE_SETTINGS: LiveSettings = {
  kind: 'hpa', targetRps: 40, maxReplicas: 4, shape: 'spike', baseRps: 20, peakRps: 120, seconds: 90, timeScale: 15,
  digitsPerRequest: 16, maxBatch: 16, extraLoadS: 0, sloMs: 100, seed: 1,
};

type NumberKey = { [K in keyof LiveSettings]: LiveSettings[K] extends number ? K : never }[keyof LiveSettings];

/** Bounds of each number: [min, max, whole number?, what it is]. */
export const LIVE_BOUNDS: { readonly [K in NumberKey]: readonly [number, number, boolean, string] } = {
  targetRps: [1, 2000, false, 'requests per second per replica'],
  maxReplicas: [1, 16, true, 'replicas'],
  baseRps: [0, 2000, false, 'requests per second'],
  peakRps: [0, 2000, false, 'requests per second'],
  seconds: [10, 600, true, 'seconds'],
  timeScale: [1, 60, true, 'times faster'],
  digitsPerRequest: [1, 64, true, 'digits'],
  maxBatch: [1, 32, true, 'requests'],
  extraLoadS: [0, 30, false, 'seconds'],
  sloMs: [1, 60_000, false, 'ms'],
  seed: [0, 4_294_967_295, true, 'a seed'],
};

/** Why a value is refused for a setting, or undefined when it is fine. */
export function checkLiveSetting(key: NumberKey, value: number): string | undefined {
  const [min, max, whole, what] = LIVE_BOUNDS[key];
  if (!Number.isFinite(value)) return 'Enter a number';
  if (whole && !Number.isInteger(value)) return `Use a whole number of ${what}`;
  if (value < min || value > max) return `Use ${formatNumber(min)} to ${formatNumber(max)} ${what}`;
  return undefined;
}
