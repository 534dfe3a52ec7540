/**
 * The flow diagram laid out wide, for a slide: a projector has width to spare and height to none, and every label must
 * read at projector size. Same nodes, same edges, same labels as the tall layout (flowLayout.ts), in three rows:
 *   Start / Monitor -> the decisions, left to right along their "No" answers -> No change
 *   End              the actions under their decisions ("Yes", down)
 *   Continue      <- Update endpoint capacity
 * Continue loops back up the left gutter to Monitor; it goes on to End (just above it) once the loads run out.
 */
import type { FlowArrangement, FlowEdge, Geometry, Point } from './flowLayout';

type Box = Geometry['boxes'][number];
type Column = { readonly x: number; readonly w: number };

const MARGIN = 14;
const GAP = 30;
const ROW_A = 8;
const GUTTER = 6;

const columns = (widths: readonly number[]): Column[] => {
  let x = MARGIN;
  return widths.map((w) => { const column = { x, w }; x += w + GAP; return column; });
};
const at = (id: Box['id'], kind: Box['kind'], column: Column, y: number, h: number): Box => ({ id, kind, x: column.x, y, w: column.w, h });
const bottom = (b: Box) => b.y + b.h;
const midX = (b: Box) => b.x + b.w / 2;
const midY = (b: Box) => b.y + b.h / 2;
const plain = (from: Box, to: Box, points: Point[]): FlowEdge => ({ from: from.id, to: to.id, points });
const rightward = (from: Box, to: Box, answer?: 'yes' | 'no'): FlowEdge => {
  const points: Point[] = [[from.x + from.w, midY(from)], [to.x, midY(from)]];
  return { ...plain(from, to, points), ...(answer ? { answer, answerAt: [(from.x + from.w + to.x) / 2, midY(from) - 6] as Point } : {}) };
};
const downward = (from: Box, to: Box, x = midX(from), answer?: 'yes' | 'no'): FlowEdge => {
  const points: Point[] = [[x, bottom(from)], [x, to.y]];
  return { ...plain(from, to, points), ...(answer ? { answer, answerAt: [x + 18, (bottom(from) + to.y) / 2 + 5] as Point } : {}) };
};
/** Start above Monitor in the first column; End and Continue under them; the loop up the left gutter. */
function frame(first: Column, rowB: number, rowC: number, rowCHeight: number) {
  const start = at('start', 'terminal', first, ROW_A, 44);
  const monitor = at('monitor', 'start', first, ROW_A + 44 + 16, 46);
  const end = at('end', 'terminal', first, rowB, 40);
  const cont = at('continue', 'process', first, rowC, rowCHeight);
  const edges = [downward(start, monitor), plain(cont, end, [[midX(cont), cont.y], [midX(cont), bottom(end)]])];
  const loop = plain(cont, monitor, [[cont.x, midY(cont)], [GUTTER, midY(cont)], [GUTTER, midY(monitor)], [monitor.x, midY(monitor)]]);
  return { start, monitor, end, cont, edges, loop };
}

export function wideThresholdGeometry(): Geometry {
  const [first, upper, lower, still] = columns([180, 190, 200, 110]) as [Column, Column, Column, Column];
  const rowB = 136;
  const rowC = 228;
  const { start, monitor, end, cont, edges, loop } = frame(first, rowB, rowC, 46);
  const checkUpper = at('check_upper', 'decision', upper, ROW_A + 4, 106);
  const checkLower = at('check_lower', 'decision', lower, ROW_A, 116);
  const noChange = at('no_change', 'process', still, ROW_A + 32, 52);
  const scaleUp = at('scale_up', 'action', upper, rowB + 8, 64);
  const scaleDown = at('scale_down', 'action', lower, rowB + 8, 64);
  const update = at('update', 'process', { x: upper.x, w: still.x + still.w - upper.x }, rowC + 4, 38);
  const width = still.x + still.w + MARGIN;
  return {
    width, height: bottom(cont) + 8,
    boxes: [start, monitor, checkUpper, scaleUp, checkLower, scaleDown, noChange, update, cont, end],
    edges: [
      ...edges.slice(0, 1),
      plain(monitor, checkUpper, [[monitor.x + monitor.w, midY(monitor)], [checkUpper.x, midY(monitor)]]),
      downward(checkUpper, scaleUp, midX(checkUpper), 'yes'),
      rightward(checkUpper, checkLower, 'no'),
      downward(checkLower, scaleDown, midX(checkLower), 'yes'),
      rightward(checkLower, noChange, 'no'),
      downward(noChange, update),
      downward(scaleUp, update),
      downward(scaleDown, update),
      plain(update, cont, [[update.x, midY(update)], [cont.x + cont.w, midY(update)]]),
      ...edges.slice(1),
    ],
    loop,
  };
}

export function wideTargetGeometry(): Geometry {
  const [first, measureColumn, target, still] = columns([180, 190, 200, 110]) as [Column, Column, Column, Column];
  const rowB = 136;
  const rowC = 228;
  const { start, monitor, end, cont, edges, loop } = frame(first, rowB, rowC, 46);
  const measure = at('measure', 'process', measureColumn, ROW_A + 16, 84);
  const checkTarget = at('check_target', 'decision', target, ROW_A, 116);
  const noChange = at('no_change', 'process', still, ROW_A + 32, 52);
  const setDesired = at('set_desired', 'action', { x: measureColumn.x, w: target.x + target.w - measureColumn.x }, rowB + 8, 68);
  const update = at('update', 'process', { x: measureColumn.x, w: still.x + still.w - measureColumn.x }, rowC + 4, 38);
  const width = still.x + still.w + MARGIN;
  return {
    width, height: bottom(cont) + 8,
    boxes: [start, monitor, measure, checkTarget, setDesired, noChange, update, cont, end],
    edges: [
      ...edges.slice(0, 1),
      plain(monitor, measure, [[monitor.x + monitor.w, midY(monitor)], [measure.x, midY(monitor)]]),
      rightward(measure, checkTarget),
      downward(checkTarget, setDesired, midX(checkTarget), 'yes'),
      rightward(checkTarget, noChange, 'no'),
      downward(noChange, update),
      downward(setDesired, update, midX(checkTarget)),
      plain(update, cont, [[update.x, midY(update)], [cont.x + cont.w, midY(update)]]),
      ...edges.slice(1),
    ],
    loop,
  };
}

/** The slides' arrangement: `<FlowDiagram arrangement={WIDE} />`. */
export const WIDE: FlowArrangement = { shape: 'wide', geometry: (policy) => (policy === 'threshold' ? wideThresholdGeometry() : wideTargetGeometry()) };
