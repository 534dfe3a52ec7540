/** What the chart draws, derived from a trace: downsampled points, the policy's reference values, and the exact cursor readout. */
import { formatCount } from '../../engine/format';
import { capacityAtTarget, formatNumber, instancesBefore, type ScalingConfig, type Trace } from '../../engine';
import { DEFAULT_MAX_POINTS, downsampleIndices } from './downsample';
import { placeLabel, type LabelPosition } from './labelPlacement';

export interface ChartPoint {
  /** 0 = Start (before any step), k = step k */
  readonly step: number;
  /** requests at this step; absent at Start */
  readonly load?: number;
  /** instances after this step's decision (at Start: the initial count) */
  readonly instances: number;
  /** target tracking: requests the instances serve at the target utilization */
  readonly capacity?: number;
}

export interface ReferenceValue {
  readonly value: number;
  readonly label: string;
  /** where the label sits beside its line, clear of the load points */
  readonly position: LabelPosition;
}

export interface ChartModel {
  readonly points: ChartPoint[];
  /** the x axis runs half a step past the last step, so the last decision's instances have width */
  readonly xMax: number;
  /** where the instances line ends: the final count, held for that half step */
  readonly tail: ChartPoint;
  /** threshold policy: the upper and lower thresholds */
  readonly thresholds: readonly ReferenceValue[];
  /** target tracking: a capacity-at-target line is drawn */
  readonly showsCapacity: boolean;
  /** true when points were thinned for drawing */
  readonly downsampled: boolean;
  readonly maxInstances: number;
  /** the thresholds' labels are drawn beside their lines only when the lines are far enough apart not to collide */
  readonly labelsThresholds: boolean;
  /** pixels for the load axis: wider once its tick labels reach four characters (9500, 250M), so they clear the axis title */
  readonly loadAxisWidth: number;
}

/** Least gap between the threshold lines, as a share of the load axis, for their facing labels to fit between them. */
const LABEL_GAP_SHARE = 0.15;

export type LegendKind = 'load' | 'instances' | 'capacity' | 'upper' | 'lower' | 'cursor';

export interface LegendItem {
  readonly kind: LegendKind;
  readonly label: string;
}

/** What the chart draws, in the legend's order. */
export function legendItems(config: ScalingConfig): readonly LegendItem[] {
  const reference: LegendItem[] = config.policy === 'threshold'
    ? [
      { kind: 'upper', label: `Upper threshold ${formatNumber(config.upper_threshold)}` },
      { kind: 'lower', label: `Lower threshold ${formatNumber(config.lower_threshold)}` },
    ]
    : [{ kind: 'capacity', label: `Capacity at ${formatNumber(config.target_utilization * 100)} % target` }];
  return [
    { kind: 'load', label: 'Load (requests)' },
    ...reference,
    { kind: 'instances', label: 'Instances (right axis)' },
    { kind: 'cursor', label: 'Current step' },
  ];
}

/** Capacity at target for the chart's line; thresholds are drawn instead for the threshold policy. */
function capacityLine(trace: Trace, instances: number): number | undefined {
  return trace.config.policy === 'target_tracking' ? capacityAtTarget(trace.config, instances) : undefined;
}

function pointAt(trace: Trace, step: number): ChartPoint {
  const instances = step === 0 ? trace.config.initial_servers : trace.after[step - 1]!;
  const capacity = capacityLine(trace, instances);
  const load = step === 0 ? undefined : trace.loads[step - 1]!;
  return {
    step, instances,
    ...(load === undefined ? {} : { load }),
    ...(capacity === undefined ? {} : { capacity }),
  };
}

/** The chart's model for a trace; long traces are downsampled to about `maxPoints` points (min/max per bucket). */
export function chartModel(trace: Trace, maxPoints = DEFAULT_MAX_POINTS): ChartModel {
  const indices = downsampleIndices(trace.length, [trace.loads, trace.after], maxPoints);
  const points = [pointAt(trace, 0), ...indices.map((index) => pointAt(trace, index + 1))];
  const { config } = trace;
  const xMax = trace.length + 0.5;
  const last = pointAt(trace, trace.length);
  const tail: ChartPoint = { step: xMax, instances: last.instances, ...(last.capacity === undefined ? {} : { capacity: last.capacity }) };
  let maxInstances = config.initial_servers;
  let maxLoad = 0;
  for (let i = 0; i < trace.length; i++) {
    maxInstances = Math.max(maxInstances, trace.after[i]!);
    maxLoad = Math.max(maxLoad, trace.loads[i]!);
  }
  const labelsThresholds = config.policy === 'threshold'
    && config.upper_threshold - config.lower_threshold >= LABEL_GAP_SHARE * Math.max(maxLoad, config.upper_threshold);
  const loadTop = Math.max(maxLoad, config.policy === 'threshold' ? config.upper_threshold : 0, ...points.map((point) => point.capacity ?? 0));
  const place = (value: number, preferred: readonly LabelPosition[]) => placeLabel({ value, points, xMax, loadTop, preferred });
  const thresholds: ReferenceValue[] = config.policy === 'threshold'
    ? [
      { value: config.upper_threshold, label: `Upper threshold ${formatNumber(config.upper_threshold)}`, position: place(config.upper_threshold, ['belowRight', 'belowLeft', 'aboveRight', 'aboveLeft']) },
      { value: config.lower_threshold, label: `Lower threshold ${formatNumber(config.lower_threshold)}`, position: place(config.lower_threshold, ['aboveRight', 'aboveLeft', 'belowRight', 'belowLeft']) },
    ]
    : [];
  return {
    points, xMax, tail, thresholds, showsCapacity: config.policy === 'target_tracking', downsampled: indices.length < trace.length, maxInstances,
    labelsThresholds, loadAxisWidth: loadTop >= 1000 ? 72 : 52,
  };
}

export interface InstanceAxis {
  readonly domain: readonly [number, number];
  readonly ticks: readonly number[];
  /** pixels for the axis, so three- and four-digit ticks clear its title */
  readonly width: number;
}

/** The instances axis: whole, evenly spaced ticks (a step of 1, 2 or 5 times a power of ten) from 0 to just above the most instances. */
export function instanceAxis(maxInstances: number, maxIntervals = 6): InstanceAxis {
  const top = Math.max(1, Math.ceil(maxInstances) + 1);
  let step: number | undefined;
  for (let power = 1; step === undefined; power *= 10) step = [1, 2, 5].map((m) => m * power).find((c) => Math.ceil(top / c) <= maxIntervals);
  const end = Math.ceil(top / step) * step;
  return { domain: [0, end], ticks: Array.from({ length: end / step + 1 }, (_, i) => i * step), width: Math.max(48, 30 + 9 * String(end).length) };
}

const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** An axis tick label short enough for the axis: 120, 9500, then 25K, 1.5M, 1B. Exact numbers are in the readout. */
export function formatAxisNumber(value: number): string {
  return Math.abs(value) < 10_000 ? formatNumber(value) : COMPACT.format(value);
}

/** The readout for the cursor, from the exact trace values (never the downsampled points). */
export function cursorReadout(trace: Trace, cursor: number): string {
  const change = (before: number, after: number) => (before === after ? formatNumber(after) : `${formatNumber(before)} → ${formatNumber(after)}`);
  if (cursor <= 0 || trace.length === 0) {
    const capacity = capacityLine(trace, trace.config.initial_servers);
    return `Start: instances ${trace.config.initial_servers}${capacity === undefined ? '' : `, capacity at target ${formatNumber(capacity)}`}`;
  }
  const index = Math.min(cursor, trace.length) - 1;
  const before = instancesBefore(trace, index);
  const after = trace.after[index]!;
  const capacityBefore = capacityLine(trace, before);
  const capacityText = capacityBefore === undefined ? '' : `, capacity at target ${change(capacityBefore, capacityLine(trace, after)!)}`;
  return `Step ${index + 1}: load ${formatNumber(trace.loads[index]!)}, instances ${change(before, after)}${capacityText}`;
}

/** A sentence describing the chart, for its accessible name. */
export function chartDescription(trace: Trace): string {
  const { config } = trace;
  const reference = config.policy === 'threshold'
    ? `the upper threshold ${formatNumber(config.upper_threshold)} and lower threshold ${formatNumber(config.lower_threshold)} as reference lines`
    : `the capacity at ${formatNumber(config.target_utilization * 100)} % target utilization as a line`;
  return `Line chart of load per step over ${formatCount(trace.length)} ${trace.length === 1 ? 'step' : 'steps'}, with ${reference}, and instances as a step line on the right axis.`;
}
