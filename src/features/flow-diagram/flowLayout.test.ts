import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BRANCHES, LESSON_CONFIG, LESSON_LOADS, TARGET_TRACKING_DEFAULTS, presetLoads, simulate, stepAt,
  type Branch, type FlowNodeId, type ScalingConfig,
} from '../../engine';
import { flowNodes } from '../../quiz';
import { charsPerLine, decisionLabels, edgeBetween, flowLayout, pathEdges, pointAlong, TALL, tokenRoute, wrapText, type FlowArrangement, type FlowLayout, type FlowShape, LINE_HEIGHT } from './flowLayout';
import { WIDE } from './flowWide';
import { nodeValues } from './flowText';

const THRESHOLD_CONFIGS: ScalingConfig[] = [
  LESSON_CONFIG,
  { ...LESSON_CONFIG, max_servers: 2, min_servers: 1, initial_servers: 2 },
  { ...LESSON_CONFIG, upper_threshold: 150.5, lower_threshold: 0.25, scale_step: 3, min_servers: 2, initial_servers: 3 },
];
const TARGET_CONFIGS: ScalingConfig[] = [
  TARGET_TRACKING_DEFAULTS,
  { ...TARGET_TRACKING_DEFAULTS, tolerance: 0.1, max_servers: 3, min_servers: 2, initial_servers: 2 },
  { ...TARGET_TRACKING_DEFAULTS, target_utilization: 0.75, capacity_per_server: 12.5, tolerance: 0.2 },
];
const LOADS: number[][] = [
  [...LESSON_LOADS],
  [0, 500, 500, 500, 500, 1, 1, 1, 1, 250, 30, 0],
  presetLoads('random', { steps: 200, peak: 800, seed: 7 }),
  presetLoads('diurnal', { steps: 96, peak: 400 }),
  presetLoads('flash_crowd', { steps: 60, peak: 1000 }),
];

/** Every distinct flowPath the engine produces for a config over many loads, with the branches seen. */
function pathsOf(config: ScalingConfig): { paths: Map<string, readonly FlowNodeId[]>; branches: Set<Branch> } {
  const paths = new Map<string, readonly FlowNodeId[]>();
  const branches = new Set<Branch>();
  for (const loads of LOADS) {
    const trace = simulate({ config, loads });
    for (let i = 0; i < trace.length; i++) {
      const step = stepAt(trace, i);
      paths.set(step.flowPath.join(), step.flowPath);
      branches.add(step.branch);
    }
  }
  return { paths, branches };
}

const overlaps = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

const SHAPES: readonly FlowShape[] = ['tall', 'wide'];
const ARRANGEMENTS: Readonly<Record<FlowShape, FlowArrangement>> = { tall: TALL, wide: WIDE };

describe.each(SHAPES.flatMap((shape) => [
  ['threshold', shape, THRESHOLD_CONFIGS, ['between', 'above_upper', 'above_upper_at_max', 'below_lower', 'below_lower_at_min']],
  ['target_tracking', shape, TARGET_CONFIGS, ['within_tolerance', 'off_target']],
] as const))('%s layout, %s', (policy, shape, configs, expectedBranches) => {
  it('covers every branch of the policy in the loads used here', () => {
    const seen = new Set(configs.flatMap((config) => [...pathsOf(config).branches]));
    expect([...seen].sort()).toEqual([...expectedBranches].sort());
    expect(expectedBranches.every((b) => (BRANCHES as readonly string[]).includes(b))).toBe(true);
  });

  it.each(configs.map((config, i) => [i, config] as const))('config %i: every node on every path is drawn, every consecutive pair has an edge', (_, config) => {
    const layout = flowLayout(config, ARRANGEMENTS[shape]);
    expect(layout.policy).toBe(policy);
    const ids = new Set(layout.nodes.map((node) => node.id));
    const { paths } = pathsOf(config);
    expect(paths.size).toBeGreaterThanOrEqual(2);
    for (const path of paths.values()) {
      for (const id of path) expect(ids, `node ${id}`).toContain(id);
      for (let i = 1; i < path.length; i++) {
        expect(edgeBetween(layout, path[i - 1]!, path[i]!), `${path[i - 1]} -> ${path[i]}`).toBeDefined();
      }
      expect(pathEdges(layout, path)).toHaveLength(path.length - 1);
      expect(tokenRoute(layout, path)).toMatch(/^M[\d. ]+( L[\d. ]+)+$/);
    }
  });

  it('keeps nodes apart and inside the viewBox, and edges between existing nodes', () => {
    const layout: FlowLayout = flowLayout(configs[0]!, ARRANGEMENTS[shape]);
    const ids = new Set(layout.nodes.map((node) => node.id));
    expect(ids.size).toBe(layout.nodes.length);
    for (const node of layout.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.y).toBeGreaterThanOrEqual(0);
      expect(node.x + node.w).toBeLessThanOrEqual(layout.width);
      expect(node.y + node.h).toBeLessThanOrEqual(layout.height);
      for (const other of layout.nodes) if (other !== node) expect(overlaps(node, other), `${node.id} / ${other.id}`).toBe(false);
    }
    for (const edge of [...layout.edges, layout.loop]) {
      expect(ids).toContain(edge.from);
      expect(ids).toContain(edge.to);
      for (const [x, y] of edge.points) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(layout.width);
        expect(y).toBeLessThanOrEqual(layout.height);
      }
    }
    expect(layout.loop).toMatchObject({ from: 'continue', to: 'monitor' });
  });

  it('draws exactly the nodes a quiz hint can point at', () => {
    const steps = flowLayout(configs[0]!, ARRANGEMENTS[shape]).nodes.filter((node) => node.kind !== 'terminal');
    expect(steps.map((node) => node.id).sort()).toEqual([...flowNodes(policy)].sort());
  });

  it('gives every decision a yes and a no edge', () => {
    const layout = flowLayout(configs[0]!, ARRANGEMENTS[shape]);
    for (const node of layout.nodes.filter((n) => n.kind === 'decision')) {
      const answers = layout.edges.filter((edge) => edge.from === node.id).map((edge) => edge.answer).sort();
      expect(answers).toEqual(['no', 'yes']);
    }
  });

  it('fits each label line in its node', () => {
    for (const config of configs) {
      for (const node of flowLayout(config, ARRANGEMENTS[shape]).nodes) {
        expect(node.label.length).toBeGreaterThan(0);
        for (const line of node.label) expect(line.length, `${node.id}: "${line}"`).toBeLessThanOrEqual(charsPerLine(node));
      }
    }
  });
});

describe('the wide shape (slides)', () => {
  it('is landscape and shorter than the tall one, so its labels read larger on a projector', () => {
    for (const config of [LESSON_CONFIG, TARGET_TRACKING_DEFAULTS]) {
      const tall = flowLayout(config, TALL);
      const wide = flowLayout(config, WIDE);
      expect(wide.width).toBeGreaterThan(wide.height * 2.4);
      expect(wide.height).toBeLessThan(tall.height * 0.55);
      expect(new Set(wide.nodes.map((n) => n.id))).toEqual(new Set(tall.nodes.map((n) => n.id)));
    }
  });

  it('leaves room in every node for its label and the values of any step', () => {
    for (const config of [...THRESHOLD_CONFIGS, ...TARGET_CONFIGS]) {
      const layout = flowLayout(config, WIDE);
      for (const loads of LOADS) {
        const trace = simulate({ config, loads });
        for (let i = 0; i < trace.length; i++) {
          const values = nodeValues(layout, stepAt(trace, i));
          for (const node of layout.nodes) {
            const lines = node.label.length + (values.get(node.id)?.length ?? 0);
            expect(lines * LINE_HEIGHT, `${node.id} at step ${i + 1}`).toBeLessThanOrEqual(node.h);
          }
        }
      }
    }
  });
});

describe('labels', () => {
  it('writes the config numbers into the decisions, as the engine words its conditions', () => {
    expect(decisionLabels(LESSON_CONFIG)).toEqual({ check_upper: 'load > 100?', check_lower: 'load < 20 and instances > 1?' });
    const trace = simulate({ config: LESSON_CONFIG, loads: LESSON_LOADS });
    const labels = decisionLabels(LESSON_CONFIG);
    for (const condition of stepAt(trace, 5).conditions) expect(labels[condition.node]).toBe(`${condition.label}?`);
  });

  it('follows an edited config', () => {
    const layout = flowLayout({ ...LESSON_CONFIG, upper_threshold: 150 });
    expect(layout.nodes.find((node) => node.id === 'check_upper')?.label.join(' ')).toBe('Check if load > upper threshold (150)?');
    const target = flowLayout({ ...TARGET_TRACKING_DEFAULTS, tolerance: 0.1 });
    expect(target.nodes.find((node) => node.id === 'check_target')?.label.join(' ')).toBe('More than 10 % off the 60 % target?');
    expect(target.nodes.find((node) => node.id === 'set_desired')?.label.join(' ')).toBe('Set desired = ceil(load / (50 × 0.6)), clamped to 1–10');
  });

  it('wraps words evenly and never splits a word', () => {
    expect(wrapText('Scale up: add instances', 14)).toEqual(['Scale up: add', 'instances']);
    expect(wrapText('load < 20 and instances > 1?', 23)).toEqual(['load < 20 and', 'instances > 1?']);
    expect(wrapText('Monitor request rate & resource usage', 40)).toEqual(['Monitor request rate & resource usage']);
    expect(wrapText('  one   two ', 40)).toEqual(['one two']);
    expect(wrapText('supercalifragilistic x', 5)).toEqual(['supercalifragilistic', 'x']);
    expect(wrapText('', 10)).toEqual([]);
  });
});

describe("the lesson's words", () => {
  const label = (layout: FlowLayout, id: FlowNodeId) => layout.nodes.find((node) => node.id === id)?.label.join(' ');

  it('labels the threshold diagram as the lesson does, from Start to End, with the numbers beside the words', () => {
    const layout = flowLayout(LESSON_CONFIG);
    expect(label(layout, 'start')).toBe('Start: Endpoint receives requests');
    expect(label(layout, 'monitor')).toBe('Monitor request rate & resource usage');
    expect(label(layout, 'check_upper')).toBe('Check if load > upper threshold (100)?');
    expect(label(layout, 'check_lower')).toBe('Check if load < lower threshold (20) and instances > 1?');
    expect(label(layout, 'scale_up')).toBe('Scale up: Add more instances');
    expect(label(layout, 'update')).toBe('Update endpoint capacity');
    expect(label(layout, 'continue')).toBe('Continue monitoring load');
    expect(label(layout, 'end')).toBe('End');
  });

  it('enters at Start and leaves to End when the loads run out', () => {
    for (const config of [LESSON_CONFIG, TARGET_TRACKING_DEFAULTS]) {
      const layout = flowLayout(config);
      expect(edgeBetween(layout, 'start', 'monitor')).toBeDefined();
      expect(edgeBetween(layout, 'continue', 'end')).toBeDefined();
    }
  });
});

describe('pointAlong', () => {
  const route = [[0, 0], [30, 0], [30, 40]] as const;
  it('walks the polyline by length: ends, a corner, and points on each leg', () => {
    expect(pointAlong(route, 0)).toEqual([0, 0]);
    expect(pointAlong(route, 1)).toEqual([30, 40]);
    expect(pointAlong(route, 30 / 70)).toEqual([30, 0]);
    expect(pointAlong(route, 15 / 70)).toEqual([15, 0]);
    const [x, y] = pointAlong(route, 50 / 70);
    expect(x).toBe(30);
    expect(y).toBeCloseTo(20, 9);
  });
  it('clamps outside 0..1 and stays on the route for any fraction', () => {
    expect(pointAlong(route, -1)).toEqual([0, 0]);
    expect(pointAlong(route, 2)).toEqual([30, 40]);
    fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (f) => {
      const [px, py] = pointAlong(route, f);
      const onFirst = py === 0 && px >= 0 && px <= 30;
      const onSecond = Math.abs(px - 30) < 1e-9 && py >= 0 && py <= 40;
      expect(onFirst || onSecond).toBe(true);
    }));
  });
});
