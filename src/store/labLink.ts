/**
 * The Lab's state in its link: traffic (a scenario or points), the policies' configs, the platform, the run's length,
 * seed and arrivals, and the cursor second. Encoding only (pure, types only, so the first screen carries no Lab
 * engine code); the Lab view decodes and validates a link with the engine's validators (features/lab/decodeLab.ts).
 */
import type { NamedPolicy } from '../engine/policies/types';
import type { ArrivalMode, PlatformSettings, ScenarioName, TrafficProfile } from '../engine/time/types';
import { toBase64Url } from './urlState';

/** Where the Lab's traffic comes from: a named scenario (shaped to the run's length) or the learner's own points. */
export type LabTraffic =
  | { readonly kind: 'scenario'; readonly name: ScenarioName }
  | { readonly kind: 'points'; readonly profile: TrafficProfile };

/** Everything a Lab run is made from: the store's inputs. The traces are derived from them (by the worker). */
export interface LabInputs {
  readonly traffic: LabTraffic;
  /** 1 to MAX_LAB_POLICIES policies, every one seeing the same arrivals */
  readonly policies: readonly NamedPolicy[];
  readonly platform: PlatformSettings;
  /** ticks (seconds) to run */
  readonly seconds: number;
  readonly seed: number;
  readonly arrivals: ArrivalMode;
  /** the learner chose the run's length; until then it follows the traffic (a CSV's end, a day for diurnal) */
  readonly lengthSet?: boolean;
}

export interface LabShared {
  readonly inputs: LabInputs;
  /** the second the views show, 0 .. seconds-1 */
  readonly cursor: number;
}

export const MAX_LAB_POLICIES = 5;
export const LAB_LINK_VERSION = 1;

/** The link payload: short keys, base64url JSON (the same wrapping as the workspace's link). */
export function encodeLab({ inputs, cursor }: LabShared): string {
  const { traffic, policies, platform, seconds, seed, arrivals, lengthSet } = inputs;
  const tr = traffic.kind === 'scenario' ? { sc: traffic.name } : { pts: traffic.profile.points.map((p) => [p.t, p.rps]) };
  return toBase64Url(JSON.stringify({ v: LAB_LINK_VERSION, tr, p: policies, pl: platform, n: seconds, seed, a: arrivals, ...(lengthSet ? { ls: 1 } : {}), k: cursor }));
}
