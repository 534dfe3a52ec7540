/**
 * The chart's words, shown before its drawing loads: the legend, the exact readout at the cursor and the accessible
 * description. They are on the first screen; what the drawing needs (chartSeries.ts) loads with it.
 */
import { formatCount } from '../../engine/format';
import { capacityAtTarget, formatNumber, instancesBefore, type ScalingConfig, type Trace } from '../../engine';

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
export function capacityLine(trace: Trace, instances: number): number | undefined {
  return trace.config.policy === 'target_tracking' ? capacityAtTarget(trace.config, instances) : undefined;
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
