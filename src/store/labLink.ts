/**
 * The Lab's state in its link: traffic (a scenario or points), the policies' configs, the platform, the run's length,
 * seed and arrivals, and the cursor second. Encoding only (pure, types only, so the first screen carries no Lab
 * engine code); the Lab view decodes and validates a link with the engine's validators (features/lab/decodeLab.ts).
 */
import { toBase64Url } from './urlState';
import type { LabShared } from './types';

export type { LabInputs, LabShared, LabTraffic } from './types';

export const MAX_LAB_POLICIES = 5;
export const LAB_LINK_VERSION = 1;

/** The link payload: short keys, base64url JSON (the same wrapping as the workspace's link). */
export function encodeLab({ inputs, cursor }: LabShared): string {
  const { traffic, policies, platform, seconds, seed, arrivals } = inputs;
  const tr = traffic.kind === 'scenario' ? { sc: traffic.name } : { pts: traffic.profile.points.map((p) => [p.t, p.rps]) };
  return toBase64Url(JSON.stringify({ v: LAB_LINK_VERSION, tr, p: policies, pl: platform, n: seconds, seed, a: arrivals, k: cursor }));
}
