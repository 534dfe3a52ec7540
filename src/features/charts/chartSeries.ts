/**
 * What the chart draws, derived from a trace: downsampled points, the policy's reference values and the axes.
 * Only the chart's drawing (TraceChartCanvas, a lazy chunk) needs it; the words around the chart are in chartText.ts.
 */
import { formatNumber, type Trace } from '../../engine';
import { capacityLine } from './chartText';
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
