/** Traffic points as CSV text (for the engine's CSV rules and for download): `seconds,requests_per_second`. */
import type { TrafficProfile } from './labEngine';

export function profileToCsv(profile: TrafficProfile): string {
  return ['seconds,requests_per_second', ...profile.points.map((p) => `${p.t},${p.rps}`)].join('\n');
}

/** Points the table edits at most: longer profiles (a week of a diurnal wave) stay as a scenario or a file. */
export const MAX_TABLE_POINTS = 200;
