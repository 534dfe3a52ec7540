/** Where a threshold's label sits beside its line: the corner of the plot where no load point would be under it. */

/** where the label sits relative to its line */
export type LabelPosition = 'belowRight' | 'aboveRight' | 'belowLeft' | 'aboveLeft';

/** recharts names a horizontal line's label position from the line's zero-height box: "insideTop" is below it */
export const RECHARTS_POSITION: Readonly<Record<LabelPosition, 'insideTopRight' | 'insideBottomRight' | 'insideTopLeft' | 'insideBottomLeft'>> = {
  belowRight: 'insideTopRight', aboveRight: 'insideBottomRight', belowLeft: 'insideTopLeft', aboveLeft: 'insideBottomLeft',
};

/** share of the x range a label covers, from its end of the plot */
const LABEL_WIDTH_SHARE = 0.45;
/** share of the load axis a label covers, above or below its line */
const LABEL_HEIGHT_SHARE = 0.14;

interface PlacementInput {
  /** the threshold's load */
  readonly value: number;
  /** (step, load) of every drawn load point */
  readonly points: readonly { readonly step: number; readonly load?: number }[];
  readonly xMax: number;
  readonly loadTop: number;
  /** tried in order; the first with nothing under it wins, else the one covering fewest points */
  readonly preferred: readonly LabelPosition[];
}

export function placeLabel({ value, points, xMax, loadTop, preferred }: PlacementInput): LabelPosition {
  const covered = (position: LabelPosition) => points.filter(({ step, load }) => {
    if (load === undefined) return false;
    const right = position.endsWith('Right');
    const inX = right ? step >= xMax * (1 - LABEL_WIDTH_SHARE) : step <= xMax * LABEL_WIDTH_SHARE;
    const band = loadTop * LABEL_HEIGHT_SHARE;
    const inY = position.startsWith('above') ? load >= value && load <= value + band : load <= value && load >= value - band;
    return inX && inY;
  }).length;
  let best = preferred[0]!;
  let fewest = Infinity;
  for (const position of preferred) {
    const count = covered(position);
    if (count === 0) return position;
    if (count < fewest) { best = position; fewest = count; }
  }
  return best;
}
