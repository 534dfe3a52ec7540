/**
 * The cursor's vertical line, label and load dot, drawn inside the chart with the chart's own scales.
 * It plays the part of a recharts ReferenceLine at x = cursor, but a ReferenceLine re-registers itself in recharts'
 * store on every render, so moving it recomputes every series; this mark re-renders alone, keeping a step under a frame.
 */
import { memo } from 'react';
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';

interface CursorMarkProps {
  /** 0 = Start, k = after step k */
  readonly step: number;
  /** the exact load at the step (from the trace, not the downsampled points) */
  readonly load: number | undefined;
  readonly color: string;
  readonly dotColor: string;
}

export const CursorMark = memo(function CursorMark({ step, load, color, dotColor }: CursorMarkProps) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale('load');
  const plot = usePlotArea();
  const x = xScale?.(step);
  if (!plot || x === undefined || !Number.isFinite(x)) return null;
  const y = load === undefined ? undefined : yScale?.(load);
  const labelOnLeft = x > plot.x + plot.width * 0.75;
  return (
    <g className="trace-chart-cursor" data-step={step} pointerEvents="none">
      <line x1={x} x2={x} y1={plot.y} y2={plot.y + plot.height} stroke={color} strokeWidth={2} />
      <text x={labelOnLeft ? x - 4 : x + 4} y={plot.y + 12} textAnchor={labelOnLeft ? 'end' : 'start'} fill={color} fontSize={12} fontWeight={600}
        stroke="var(--surface)" strokeWidth={3} paintOrder="stroke">
        {step === 0 ? 'Start' : `Step ${step}`}
      </text>
      {y === undefined || !Number.isFinite(y) ? null : <circle cx={x} cy={y} r={5} fill={dotColor} stroke="var(--surface)" strokeWidth={2} />}
    </g>
  );
});
