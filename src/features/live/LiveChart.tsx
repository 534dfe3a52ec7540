/** One of Live's charts: lines over the run's seconds, an optional objective, and marked seconds (cold starts, pauses). */
import { memo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_LABEL_STYLE, AXIS_PROPS, formatAxisValue } from '../../ui/chartTheme';
import { formatDecimal } from '../../engine/format';
import { GRID_COLOR, SLO_COLOR } from '../../ui/policyStyle';

export type LiveRow = Record<string, number | null>;

export interface LiveLine {
  readonly key: string;
  readonly name: string;
  readonly color: string;
  readonly dash?: string;
  readonly step?: boolean;
  /** drawn against a second axis on the right (another unit) */
  readonly right?: boolean;
}

export interface LiveMarker {
  readonly t: number;
  readonly label: string;
  readonly color: string;
}

interface LiveChartProps {
  readonly title: string;
  readonly data: readonly LiveRow[];
  readonly lines: readonly LiveLine[];
  readonly seconds: number;
  readonly yLabel: string;
  /** the right axis' label, when a line uses it */
  readonly rightLabel?: string;
  readonly objective?: { readonly value: number; readonly label: string };
  readonly markers?: readonly LiveMarker[];
}

const formatValue = (value: unknown) => (typeof value === 'number' ? formatDecimal(value, 1) : '—');

const axisLabel = (value: string, angle: number, position: 'insideLeft' | 'insideRight') =>
  ({ value, angle, position, offset: 10, style: { textAnchor: 'middle' as const, fontSize: 12, ...AXIS_LABEL_STYLE } });

export const LiveChart = memo(function LiveChart({ title, data, lines, seconds, yLabel, rightLabel, objective, markers = [] }: LiveChartProps) {
  return (
    <figure className="live-chart">
      <figcaption>{title}</figcaption>
      <LineChart data={data as LiveRow[]} responsive style={{ width: '100%', height: 200 }} margin={{ top: 8, right: 12, bottom: 4, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke={GRID_COLOR} />
        <XAxis {...AXIS_PROPS} dataKey="t" type="number" domain={[0, Math.max(10, seconds)]} tickCount={7} height={24} unit=" s" />
        <YAxis {...AXIS_PROPS} yAxisId="left" width={68} tickFormatter={formatAxisValue} label={axisLabel(yLabel, -90, 'insideLeft')} />
        {rightLabel ? <YAxis {...AXIS_PROPS} yAxisId="right" orientation="right" width={56} tickFormatter={formatAxisValue} label={axisLabel(rightLabel, 90, 'insideRight')} /> : null}
        <Tooltip isAnimationActive={false} labelFormatter={(t) => `second ${String(t)}`} formatter={formatValue} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {objective ? <ReferenceLine yAxisId="left" y={objective.value} ifOverflow="extendDomain" stroke={SLO_COLOR} strokeDasharray="5 4"
          label={{ value: objective.label, position: 'insideTopRight', fill: SLO_COLOR, fontSize: 12 }} /> : null}
        {markers.map((marker, i) => (
          <ReferenceLine yAxisId="left" key={`${marker.t}-${i}`} x={marker.t} stroke={marker.color} strokeDasharray="2 3"
            label={i < 6 ? { value: marker.label, position: 'insideTopLeft', fill: marker.color, fontSize: 11 } : undefined} />
        ))}
        {lines.map((line) => (
          <Line key={line.key} yAxisId={line.right ? 'right' : 'left'} dataKey={line.key} name={line.name} type={line.step ? 'stepAfter' : 'linear'} stroke={line.color}
            strokeDasharray={line.dash || undefined} strokeWidth={2} dot={false} isAnimationActive={false} connectNulls={false} />
        ))}
      </LineChart>
    </figure>
  );
});
