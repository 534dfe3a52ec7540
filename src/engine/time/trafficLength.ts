/**
 * How long a traffic runs by itself, so a Lab run can follow it: a CSV or points end one step after their last point
 * (the last rate holds as long as the one before it did), a diurnal scenario is a day; other scenarios stretch to any
 * run (null). Capped at seven days (MAX_SECONDS). Standalone so the store can use it without the engine's weight.
 */

const DAY = 86_400;
const WEEK = 604_800;

/** Seconds a profile of points covers, or null for a single rate (it holds forever). */
export function profileLength(points: readonly { readonly t: number }[]): number | null {
  if (points.length < 2) return null;
  const last = points[points.length - 1]!.t;
  const step = last - points[points.length - 2]!.t;
  return Math.min(WEEK, Math.max(1, Math.ceil(last + step)));
}

/** Seconds a named scenario covers by itself: a day for diurnal; null for those shaped to any length. */
export function scenarioLength(name: string): number | null {
  return name === 'diurnal' ? DAY : null;
}
