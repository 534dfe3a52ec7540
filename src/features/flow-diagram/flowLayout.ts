/**
 * The flow diagram's geometry: nodes (boxes in viewBox units) and edges (polylines) for each policy, with labels
 * that carry the config's numbers. Pure data: the component only draws what this returns.
 */
import { formatNumber, formatPercent, type FlowNodeId, type PolicyKind, type ScalingConfig } from '../../engine';

/** terminal: the lesson's Start and End; start: where each pass begins (Monitor) */
export type FlowNodeKind = 'terminal' | 'start' | 'process' | 'decision' | 'action';
export type Point = readonly [x: number, y: number];

export interface FlowNodeBox {
  readonly id: FlowNodeId;
  readonly kind: FlowNodeKind;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  /** the node's text, one string per line, with the config's numbers in it */
  readonly label: readonly string[];
}

export interface FlowEdge {
  readonly from: FlowNodeId;
  readonly to: FlowNodeId;
  /** polyline from the source's border to the target's border, arrow at the end */
  readonly points: readonly Point[];
  /** decision edges say which answer they stand for */
  readonly answer?: 'yes' | 'no';
  /** where the answer label sits */
  readonly answerAt?: Point;
}

export interface FlowLayout {
  readonly policy: PolicyKind;
  readonly shape: FlowShape;
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly FlowNodeBox[];
  readonly edges: readonly FlowEdge[];
  /** the "continue monitoring" loop back to monitor: drawn, never part of a step's path */
  readonly loop: FlowEdge;
}

/**
 * viewBox units per character at the diagram's font sizes (labels: 14 system-ui at weight 600; values: 13 monospace),
 * a safe upper bound measured in Chromium.
 */
export const CHAR_WIDTH = 8.2;
export const VALUE_CHAR_WIDTH = 7.9;
/** The wide shape (slides) writes values and answers as large as labels (14, not 13), so all its text reads alike. */
export const WIDE_VALUE_CHAR_WIDTH = 8.6;
/** viewBox units between two lines of text */
export const LINE_HEIGHT = 17;

const WIDTH = 420;
const LEFT = { x: 24, w: 206 };
const RIGHT = { x: 256, w: 155 };
const WIDE = { x: 24, w: 360 };
const SPINE = LEFT.x + LEFT.w / 2;
const RIGHT_MID = RIGHT.x + RIGHT.w / 2;
const GUTTER_RIGHT = 414;
const GUTTER_LEFT = 10;

/**
 * Word wrap to at most `maxChars` per line, balanced: as few lines as a greedy wrap needs, but as even as possible
 * ("load < 20 and" / "instances > 1?" rather than "load < 20 and instances" / "> 1?"). Words are never split.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const greedy = wrapGreedy(text, maxChars);
  const total = greedy.join(' ').length;
  for (let width = Math.ceil(total / Math.max(greedy.length, 1)); width < maxChars; width++) {
    const even = wrapGreedy(text, width);
    if (even.length <= greedy.length) return even;
  }
  return greedy;
}

function wrapGreedy(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) { lines.push(line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** How many characters fit on one line of a node (decisions lose their pointed ends). */
export function charsPerLine(node: Pick<FlowNodeBox, 'kind' | 'w'>, charWidth = CHAR_WIDTH): number {
  const inset = node.kind === 'decision' ? 34 : 14;
  return Math.max(8, Math.floor((node.w - inset) / charWidth));
}

/** The decision nodes' questions in the config's numbers ("load > 100?"). */
export function decisionLabels(config: ScalingConfig): Partial<Record<FlowNodeId, string>> {
  if (config.policy === 'threshold') {
    return {
      check_upper: `load > ${formatNumber(config.upper_threshold)}?`,
      check_lower: `load < ${formatNumber(config.lower_threshold)} and instances > ${config.min_servers}?`,
    };
  }
  return {
    check_target: `More than ${formatPercent(config.tolerance)} off the ${formatPercent(config.target_utilization)} target?`,
  };
}

function nodeText(config: ScalingConfig): Record<FlowNodeId, string> {
  const decisions = decisionLabels(config);
  const common = {
    start: 'Start: Endpoint receives requests',
    monitor: 'Monitor request rate & resource usage',
    no_change: 'No change',
    update: 'Update endpoint capacity',
    continue: 'Continue monitoring load',
    end: 'End',
  } as const;
  if (config.policy === 'threshold') {
    // the lesson's words, with this config's numbers beside them
    return {
      ...common,
      check_upper: `Check if load > upper threshold (${formatNumber(config.upper_threshold)})?`,
      scale_up: 'Scale up: Add more instances',
      check_lower: `Check if load < lower threshold (${formatNumber(config.lower_threshold)}) and instances > ${config.min_servers}?`,
      scale_down: 'Scale down: Remove instances',
      measure: '', check_target: '', set_desired: '',
    };
  }
  const capacity = formatNumber(config.capacity_per_server);
  const target = formatNumber(config.target_utilization);
  return {
    ...common,
    check_upper: '', scale_up: '', check_lower: '', scale_down: '',
    measure: `Measure utilization = load / (instances × ${capacity})`,
    check_target: decisions.check_target ?? '',
    set_desired: `Set desired = ceil(load / (${capacity} × ${target})), clamped to ${config.min_servers}–${config.max_servers}`,
  };
}

export type Box = Omit<FlowNodeBox, 'label'>;
export type Geometry = Omit<FlowLayout, 'nodes' | 'policy' | 'shape'> & { boxes: Box[] };
/** tall: the workspace's column; wide: a landscape arrangement for slides, where height is what a projector lacks */
export type FlowShape = 'tall' | 'wide';
const box = (id: FlowNodeId, kind: FlowNodeKind, column: { x: number; w: number }, y: number, h: number): Box =>
  ({ id, kind, x: column.x, y, w: column.w, h });

const bottom = (b: Box) => b.y + b.h;
const middleY = (b: Box) => b.y + b.h / 2;
const down = (from: Box, to: Box, x = SPINE): Point[] => [[x, bottom(from)], [x, to.y]];
const across = (from: Box, to: Box): Point[] => [[from.x + from.w, middleY(from)], [to.x, middleY(from)]];
const yesAcross = (from: Box, to: Box): FlowEdge => {
  const points = across(from, to);
  return { from: from.id, to: to.id, points, answer: 'yes', answerAt: [(points[0]![0] + points[1]![0]) / 2, middleY(from) - 6] };
};
const noDown = (from: Box, to: Box): FlowEdge =>
  ({ from: from.id, to: to.id, points: down(from, to), answer: 'no', answerAt: [SPINE + 16, (bottom(from) + to.y) / 2 + 4] });
const plain = (from: Box, to: Box, points: Point[]): FlowEdge => ({ from: from.id, to: to.id, points });

function loopBack(last: Box, first: Box): FlowEdge {
  return plain(last, first, [[last.x, middleY(last)], [GUTTER_LEFT, middleY(last)], [GUTTER_LEFT, middleY(first)], [first.x, middleY(first)]]);
}

/** The lesson's terminals: Start above Monitor, End beside Continue (taken when the loads run out). */
function terminals(monitorY: number, continueBox: Box): { start: Box; end: Box } {
  return { start: box('start', 'terminal', LEFT, monitorY - 58, 44), end: box('end', 'terminal', RIGHT, continueBox.y, continueBox.h) };
}

function thresholdGeometry(): Geometry {
  const monitor = box('monitor', 'start', LEFT, 66, 46);
  const checkUpper = box('check_upper', 'decision', LEFT, 138, 90);
  const scaleUp = box('scale_up', 'action', RIGHT, 150, 66);
  const checkLower = box('check_lower', 'decision', LEFT, 256, 112);
  const scaleDown = box('scale_down', 'action', RIGHT, 279, 66);
  const noChange = box('no_change', 'process', LEFT, 400, 50);
  const update = box('update', 'process', WIDE, 478, 38);
  const cont = box('continue', 'process', LEFT, 542, 38);
  const { start, end } = terminals(monitor.y, cont);
  const edges: FlowEdge[] = [
    plain(start, monitor, down(start, monitor)),
    plain(monitor, checkUpper, down(monitor, checkUpper)),
    yesAcross(checkUpper, scaleUp),
    noDown(checkUpper, checkLower),
    yesAcross(checkLower, scaleDown),
    noDown(checkLower, noChange),
    plain(noChange, update, down(noChange, update)),
    plain(scaleUp, update, [[scaleUp.x + scaleUp.w, middleY(scaleUp)], [GUTTER_RIGHT, middleY(scaleUp)], [GUTTER_RIGHT, middleY(update)], [update.x + update.w, middleY(update)]]),
    plain(scaleDown, update, down(scaleDown, update, RIGHT_MID)),
    plain(update, cont, down(update, cont)),
    plain(cont, end, across(cont, end)),
  ];
  return { width: WIDTH, height: bottom(cont) + 10, boxes: [start, monitor, checkUpper, scaleUp, checkLower, scaleDown, noChange, update, cont, end], edges, loop: loopBack(cont, monitor) };
}

function targetGeometry(): Geometry {
  const monitor = box('monitor', 'start', LEFT, 66, 46);
  const measure = box('measure', 'process', LEFT, 138, 72);
  const checkTarget = box('check_target', 'decision', LEFT, 236, 100);
  const setDesired = box('set_desired', 'action', RIGHT, 228, 116);
  const noChange = box('no_change', 'process', LEFT, 366, 50);
  const update = box('update', 'process', WIDE, 444, 38);
  const cont = box('continue', 'process', LEFT, 508, 38);
  const { start, end } = terminals(monitor.y, cont);
  const edges: FlowEdge[] = [
    plain(start, monitor, down(start, monitor)),
    plain(monitor, measure, down(monitor, measure)),
    plain(measure, checkTarget, down(measure, checkTarget)),
    yesAcross(checkTarget, setDesired),
    noDown(checkTarget, noChange),
    plain(noChange, update, down(noChange, update)),
    plain(setDesired, update, down(setDesired, update, RIGHT_MID)),
    plain(update, cont, down(update, cont)),
    plain(cont, end, across(cont, end)),
  ];
  return { width: WIDTH, height: bottom(cont) + 10, boxes: [start, monitor, measure, checkTarget, setDesired, noChange, update, cont, end], edges, loop: loopBack(cont, monitor) };
}

/**
 * A way to lay the diagram out: its shape and each policy's geometry. TALL is here; WIDE, for slides, is in flowWide.ts,
 * which only Present's chunk imports, so the first screen does not carry it.
 */
export interface FlowArrangement {
  readonly shape: FlowShape;
  readonly geometry: (policy: PolicyKind) => Geometry;
}

export const TALL: FlowArrangement = { shape: 'tall', geometry: (policy) => (policy === 'threshold' ? thresholdGeometry() : targetGeometry()) };

/** The whole diagram for a config: its policy picks the geometry in the arrangement, its numbers fill the labels. */
export function flowLayout(config: ScalingConfig, arrangement: FlowArrangement = TALL): FlowLayout {
  const { boxes, ...geometry } = arrangement.geometry(config.policy);
  const text = nodeText(config);
  const nodes = boxes.map((b) => ({ ...b, label: wrapText(text[b.id], charsPerLine(b)) }));
  return { policy: config.policy, shape: arrangement.shape, ...geometry, nodes };
}

export function edgeBetween(layout: FlowLayout, from: FlowNodeId, to: FlowNodeId): FlowEdge | undefined {
  return layout.edges.find((edge) => edge.from === from && edge.to === to);
}

/** The edges a step's path runs along, in order (pairs with no edge are skipped). */
export function pathEdges(layout: FlowLayout, path: readonly FlowNodeId[]): FlowEdge[] {
  const edges: FlowEdge[] = [];
  for (let i = 1; i < path.length; i++) {
    const edge = edgeBetween(layout, path[i - 1]!, path[i]!);
    if (edge) edges.push(edge);
  }
  return edges;
}

export const edgeKey = (edge: Pick<FlowEdge, 'from' | 'to'>) => `${edge.from}->${edge.to}`;

/** SVG path data for a polyline. */
export function polylineD(points: readonly Point[]): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x} ${y}`).join(' ');
}

/**
 * The route a token travels for a path, as points: through each node's centre and along each edge, so it visibly
 * passes every node it lights. Empty when the path has fewer than two nodes.
 */
export function tokenRoutePoints(layout: FlowLayout, path: readonly FlowNodeId[]): Point[] {
  const edges = pathEdges(layout, path);
  if (edges.length === 0) return [];
  const byId = new Map(layout.nodes.map((node) => [node.id, node]));
  const centre = (id: FlowNodeId): Point => {
    const node = byId.get(id)!;
    return [node.x + node.w / 2, node.y + node.h / 2];
  };
  const points: Point[] = [centre(edges[0]!.from)];
  for (const edge of edges) points.push(...edge.points, centre(edge.to));
  // rest beside the last node's text, not on it: at its left edge, where the loop back starts
  const last = byId.get(edges[edges.length - 1]!.to)!;
  points[points.length - 1] = [last.x, last.y + last.h / 2];
  return points;
}

/** tokenRoutePoints as SVG path data ('' when empty). */
export function tokenRoute(layout: FlowLayout, path: readonly FlowNodeId[]): string {
  const points = tokenRoutePoints(layout, path);
  return points.length === 0 ? '' : polylineD(points);
}

/**
 * The point `fraction` (0 .. 1) of the way along a polyline, by length: the token's place, worked out here rather than
 * by asking the browser (SVG getTotalLength forces a layout of the whole page, a long task beside a 10,000-row table).
 */
export function pointAlong(points: readonly Point[], fraction: number): Point {
  if (points.length === 0) return [0, 0];
  let total = 0;
  for (let i = 1; i < points.length; i++) total += Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1]);
  let left = Math.min(Math.max(fraction, 0), 1) * total;
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1]!;
    const [x1, y1] = points[i]!;
    const length = Math.hypot(x1 - x0, y1 - y0);
    if (left <= length && length > 0) return [x0 + ((x1 - x0) * left) / length, y0 + ((y1 - y0) * left) / length];
    left -= length;
  }
  return points[points.length - 1]!;
}

/** The polygon of a decision node: a hexagon whose pointed ends leave the text room. */
export function decisionPolygon(node: Pick<FlowNodeBox, 'x' | 'y' | 'w' | 'h'>): string {
  const tip = 14;
  const { x, y, w, h } = node;
  const points: Point[] = [[x, y + h / 2], [x + tip, y], [x + w - tip, y], [x + w, y + h / 2], [x + w - tip, y + h], [x + tip, y + h]];
  return points.map(([px, py]) => `${px},${py}`).join(' ');
}
