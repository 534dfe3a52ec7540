/** Traffic points as CSV text (for the engine's CSV rules and for download): `seconds,requests_per_second`. */
import type { TrafficProfile } from './labEngine';

export function profileToCsv(profile: TrafficProfile): string {
  return ['seconds,requests_per_second', ...profile.points.map((p) => `${p.t},${p.rps}`)].join('\n');
}

/** Points the table edits at most: longer profiles (a week of a diurnal wave) stay as a scenario or a file. */
export const MAX_TABLE_POINTS = 200;

/**
 * The profile with the rate `rps` over [from, to): points inside the span are replaced, the rate in force at `to`
 * comes back there, and neighbouring points with the same rate merge. What drawing on the traffic sketch does.
 */
export function withRateOver(profile: TrafficProfile, from: number, to: number, rps: number, rateAt: (profile: TrafficProfile, t: number) => number): TrafficProfile {
  const after = rateAt(profile, to);
  const points = [
    ...profile.points.filter((p) => p.t < from),
    { t: from, rps },
    { t: to, rps: after },
    ...profile.points.filter((p) => p.t > to),
  ];
  const merged = points.filter((p, i) => i === 0 || p.rps !== points[i - 1]!.rps);
  return { points: merged };
}
