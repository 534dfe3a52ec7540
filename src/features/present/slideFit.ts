/**
 * How a slide is made to fit the screen, as pure arithmetic: the type scale's floor and steps, then how many table rows
 * and tracker columns to leave out when the type is as small as it may get. useFitSlide measures; this decides.
 */

/** Smallest type scale the fit may use: below this a projector audience cannot read it anyway. */
const MIN_FIT = 0.72;
/** No text on a slide renders below this, in CSS px (a projector at 1024x768 read from the back of a room). */
export const MIN_SLIDE_TEXT_PX = 16;
/** The smallest font-size present.css gives any slide text, in rem. */
const SMALLEST_REM = 0.8;
const FIT_STEP = 0.04;

/** The fit floor for a root font size (at fit 1): the smallest text stays at MIN_SLIDE_TEXT_PX. */
export function fitFloor(rootPx: number): number {
  return Math.min(1, Math.max(MIN_FIT, MIN_SLIDE_TEXT_PX / (SMALLEST_REM * rootPx)));
}

/** The type scale after `scale` when the slide still overflows: a step smaller, the last step landing on the floor. */
export function nextFit(scale: number, floor: number): number {
  return Math.max(floor, Math.round((scale - FIT_STEP) * 100) / 100);
}

/**
 * How many of `shown` table rows to leave out so that `excess` px of the slide fit, rows being `rowHeight` px tall:
 * at least one while anything overflows, and never the last row.
 */
export function rowsToDrop(shown: number, excess: number, rowHeight: number): number {
  if (shown <= 1 || excess <= 1) return 0;
  return Math.min(shown - 1, Math.max(1, Math.ceil(excess / Math.max(rowHeight, 1))));
}

/**
 * The variable tracker's radius (columns each side of the current one, see columnWindow.ts) that leaves out enough of
 * its `shown` columns (gaps included) for `excess` px, columns being about `columnWidth` px wide: it keeps Start, the
 * current column, Final and the two gaps (5), and the radius is never below 0. Undefined when nothing overflows.
 */
export function trackerRadiusFor(shown: number, excess: number, columnWidth: number): number | undefined {
  if (excess <= 1) return undefined;
  const keep = shown - Math.max(1, Math.ceil(excess / Math.max(columnWidth, 1)));
  return Math.max(0, Math.floor((keep - 5) / 2));
}
