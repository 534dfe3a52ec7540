/** One of the Lab's charts: lines over seconds, an optional horizontal objective, and the cursor second marked. */
import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis, usePlotArea, useXAxisScale } from 'recharts';
import { useAppStore } from '../../store/store';
import { fitRows, type ChartRow } from './chartData';
import { clockTime } from './labFormat';
import { formatDecimal } from '../../engine/format';
import { CURSOR_COLOR, GRID_COLOR, SLO_COLOR } from '../../ui/policyStyle';
import { AXIS_LABEL_STYLE, AXIS_PROPS, formatAxisValue } from '../../ui/chartTheme';

export interface ChartLine {
  readonly key: string;
  readonly name: string;
  readonly color: string;
  readonly dash?: string;
  readonly width?: number;
  readonly step?: boolean;
}

export const CHART_HEIGHT = 190;

export interface SmallChartProps {
  readonly data: readonly ChartRow[];
  readonly lines: readonly ChartLine[];
  readonly seconds: number;
  readonly yLabel: string;
  readonly objective?: { readonly value: number; readonly label: string };
  readonly height?: number;
}

/** No vertical grid lines: recharts would otherwise measure every x tick's text in the DOM to place them. */
const NO_LINES = (): number[] => [];

const TICK_STEPS = [60, 300, 600, 900, 1800, 3600, 7200, 10_800, 21_600, 43_200, 86_400];

/** Clock ticks at a round step, at most `most` (six), none crowding the end (they are given, so recharts measures no text). */
export function timeTicks(seconds: number, most = 6): number[] {
  const step = TICK_STEPS.find((s) => seconds / s <= most) ?? Math.ceil(seconds / most / 86_400) * 86_400;
  const ticks: number[] = [];
  for (let t = 0; t <= seconds - 1 - step * 0.4 || t === 0; t += step) ticks.push(t);
  return ticks;
}


const MARGIN = { top: 8, right: 12, bottom: 4, left: 0 };
const LABEL_SIZE = 12;
/** With an objective, the top margin holds its label: a line of text above the plot, where no data is drawn. */
export const OBJECTIVE_MARGIN_TOP = LABEL_SIZE + 10;
const MARGIN_WITH_LABEL = { ...MARGIN, top: OBJECTIVE_MARGIN_TOP };

/**
 * Where the objective's label goes: right-aligned at the plot's right end, its baseline 5 px above the plot's top (in
 * the margin kept for it), so it never covers a line or the objective itself, wherever they fall.
 */
export function objectiveLabelPlace(plot: { readonly x: number; readonly y: number; readonly width: number }): { readonly x: number; readonly y: number; readonly size: number } {
  return { x: plot.x + plot.width - 2, y: plot.y - 5, size: LABEL_SIZE };
}
const Y_AXIS_WIDTH = 76;

/** The width of an element, kept up to date (0 until measured, before the first paint). */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return undefined;
    const measure = () => setWidth(Math.round(box.getBoundingClientRect().width));
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/** How many clock ticks fit a plot's width side by side: about 7 px a character of the longest label, and a gap. */
export function ticksThatFit(seconds: number, plotWidth: number): number {
  const labelWidth = clockTime(Math.max(0, seconds - 1)).length * 7 + 18;
  return Math.max(1, Math.min(6, Math.floor(plotWidth / labelWidth)));
}

/** Draws at most one point per PX_PER_POINT pixels of its plot (fitRows): recharts' time grows with the points it draws. */
export const SmallChart = memo(function SmallChart({ data, lines, seconds, yLabel, objective, height = CHART_HEIGHT }: SmallChartProps) {
  const [box, width] = useWidth();
  const plotWidth = width - Y_AXIS_WIDTH - MARGIN.left - MARGIN.right;
  const drawn = useMemo(() => fitRows(data, plotWidth), [data, plotWidth]);
  return (
    <div ref={box} data-drawn-points={width > 0 ? drawn.length : undefined} style={{ minHeight: height }}>
      {width > 0 ? <Chart data={drawn} lines={lines} seconds={seconds} yLabel={yLabel} objective={objective} height={height} ticks={ticksThatFit(seconds, plotWidth)} /> : null}
    </div>
  );
});

function Chart({ data, lines, seconds, yLabel, objective, height = CHART_HEIGHT, ticks }: SmallChartProps & { readonly ticks: number }) {
  return (
    <LineChart data={data as ChartRow[]} responsive style={{ width: '100%', height }} margin={objective ? MARGIN_WITH_LABEL : MARGIN} accessibilityLayer={false}>
      <CartesianGrid strokeDasharray="3 3" stroke={GRID_COLOR} vertical={false} verticalCoordinatesGenerator={NO_LINES} />
      <XAxis {...AXIS_PROPS} dataKey="t" type="number" domain={[0, Math.max(1, seconds - 1)]} tickFormatter={(value: number) => clockTime(Math.round(value))} ticks={timeTicks(seconds, ticks)} interval={0} height={24} />
      <YAxis {...AXIS_PROPS} width={Y_AXIS_WIDTH} interval={0} tickFormatter={formatAxisValue} label={{ value: yLabel, angle: -90, position: 'insideLeft', offset: 10, style: { textAnchor: 'middle', fontSize: 12, ...AXIS_LABEL_STYLE } }} />
      <Tooltip isAnimationActive={false} labelFormatter={(t) => `${clockTime(Number(t))} (second ${String(t)})`}
        formatter={(value) => (typeof value === 'number' ? formatDecimal(value, 1) : '—')} />
      {objective ? (
        <ReferenceLine y={objective.value} ifOverflow="extendDomain" stroke={SLO_COLOR} strokeDasharray="5 4" />
      ) : null}
      {objective ? <ObjectiveLabel label={objective.label} /> : null}
      {lines.map((line) => (
        <Line key={line.key} dataKey={line.key} name={line.name} type={line.step ? 'stepAfter' : 'linear'} stroke={line.color}
          strokeDasharray={line.dash || undefined} strokeWidth={line.width ?? 2} dot={false} isAnimationActive={false} connectNulls={false} />
      ))}
      <CursorLine />
    </LineChart>
  );
}

/** The objective's name above the plot's top right (objectiveLabelPlace): never over the data nor the axes' ticks. */
function ObjectiveLabel({ label }: { readonly label: string }) {
  const plot = usePlotArea();
  if (!plot) return null;
  const place = objectiveLabelPlace(plot);
  return <text x={place.x} y={place.y} textAnchor="end" fill={SLO_COLOR} fontSize={place.size}>{label} (dashed line)</text>;
}

/** Subscribes to the cursor by itself, so scrubbing re-renders this line only, never the series. */
function CursorLine() {
  const cursor = useAppStore((state) => state.labCursor);
  const xScale = useXAxisScale();
  const plot = usePlotArea();
  const x = xScale?.(cursor);
  if (!plot || x === undefined || !Number.isFinite(x)) return null;
  return <line x1={x} x2={x} y1={plot.y} y2={plot.y + plot.height} stroke={CURSOR_COLOR} strokeWidth={1.5} pointerEvents="none" />;
}
