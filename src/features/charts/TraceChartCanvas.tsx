/** The recharts drawing of a trace. Loaded lazily: recharts is not part of the first screen's JavaScript. */
import { memo, useMemo } from 'react';
import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber, type Trace } from '../../engine';
import { useAppStore } from '../../store/store';
import { chartModel, formatAxisNumber, instanceAxis } from './chartSeries';
import { CHART_COLORS as COLORS, CHART_DASHES as DASHES, CHART_GRID, CHART_SURFACE } from './chartColors';
import { CursorMark } from './CursorMark';
import { AXIS_LABEL_STYLE, AXIS_PROPS } from '../../ui/chartTheme';
import { RECHARTS_POSITION } from './labelPlacement';

/** Up to this many steps every step gets its tick (and no tick past the last step). */
const TICK_EVERY_STEP = 12;

/** Dots on every point only when they can be told apart. */
const MAX_DOTTED_POINTS = 40;
const LABEL_BACKGROUND = { fill: CHART_SURFACE, fillOpacity: 0.85 };

/** The chart of a trace; only its cursor mark follows the playback cursor, so stepping never redraws the series. */
export default memo(function TraceChartCanvas({ trace }: { readonly trace: Trace }) {
  const model = useMemo(() => chartModel(trace), [trace]);
  const data = useMemo(() => [...model.points, model.tail], [model]);
  const ticks = trace.length <= TICK_EVERY_STEP ? Array.from({ length: trace.length + 1 }, (_, step) => step) : undefined;
  const dots = model.points.length <= MAX_DOTTED_POINTS;
  const instances = instanceAxis(model.maxInstances);
  return (
    <ComposedChart data={data} responsive style={{ width: '100%', height: '100%' }}
      margin={{ top: 8, right: 4, bottom: 10, left: 0 }} accessibilityLayer={false}>
      <CartesianGrid strokeDasharray="3 3" stroke={CHART_GRID} />
      <XAxis {...AXIS_PROPS} dataKey="step" type="number" domain={[0, Math.max(1, model.xMax)]} allowDecimals={false} tickCount={8} ticks={ticks}
        tickFormatter={(value: number) => formatNumber(value)} label={{ value: 'Step', position: 'insideBottom', offset: -4, style: AXIS_LABEL_STYLE }} height={40} />
      <YAxis {...AXIS_PROPS} yAxisId="load" allowDecimals={false} width={model.loadAxisWidth} tickFormatter={formatAxisNumber}
        label={{ value: 'Load', angle: -90, position: 'insideLeft', offset: 8, style: { textAnchor: 'middle', ...AXIS_LABEL_STYLE } }} />
      <YAxis {...AXIS_PROPS} yAxisId="instances" orientation="right" allowDecimals={false} width={instances.width} domain={[...instances.domain]} ticks={[...instances.ticks]}
        label={{ value: 'Instances', angle: 90, position: 'insideRight', offset: 8, style: { textAnchor: 'middle', ...AXIS_LABEL_STYLE } }} />
      <Tooltip labelFormatter={(step) => (Number(step) === 0 ? 'Start' : `Step ${String(step)}`)} isAnimationActive={false} />
      <Area yAxisId="load" dataKey="load" name="Load (requests)" type="linear" stroke={COLORS.load} fill={COLORS.load}
        fillOpacity={0.12} strokeWidth={2} dot={dots ? { r: 3 } : false} isAnimationActive={false} />
      {model.showsCapacity ? (
        <Line yAxisId="load" dataKey="capacity" name="Capacity at target" type="stepAfter" stroke={COLORS.capacity}
          strokeDasharray={DASHES.capacity} strokeWidth={2} dot={false} isAnimationActive={false} />
      ) : null}
      <Line yAxisId="instances" dataKey="instances" name="Instances" type="stepAfter" stroke={COLORS.instances}
        strokeWidth={2} dot={false} isAnimationActive={false} />
      {model.thresholds.map((threshold, i) => (
        <ReferenceLine key={threshold.label} yAxisId="load" y={threshold.value} ifOverflow="extendDomain"
          stroke={i === 0 ? COLORS.upper : COLORS.lower} strokeDasharray={i === 0 ? DASHES.upper : DASHES.lower} strokeWidth={1.5}
          label={model.labelsThresholds ? { value: threshold.label, position: RECHARTS_POSITION[threshold.position], fill: i === 0 ? COLORS.upper : COLORS.lower, fontSize: 12, background: LABEL_BACKGROUND } : undefined} />
      ))}
      <TraceCursor trace={trace} />
    </ComposedChart>
  );
});

/** Subscribes to the cursor by itself, so a step change re-renders this mark and nothing else of the chart. */
function TraceCursor({ trace }: { readonly trace: Trace }) {
  const cursor = useAppStore((state) => state.cursor);
  const step = Math.min(Math.max(cursor, 0), trace.length);
  const load = step > 0 ? trace.loads[step - 1] : undefined;
  return <CursorMark step={step} load={load} color={COLORS.cursor} dotColor={COLORS.load} />;
}
