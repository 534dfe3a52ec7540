/** The Lab's four charts (recharts, loaded with this chunk only): demand vs ready capacity, queue, latency, replicas. */
import { memo, useEffect, useMemo, useState } from 'react';
import type { TimeTrace } from './labEngine';
import { demandComparison, labChartData } from './chartData';
import { CHART_HEIGHT, SmallChart, type ChartLine, type SmallChartProps as ChartProps } from './SmallChart';
import { DEMAND_COLOR, RAW_COLOR, policyStyle } from '../../ui/policyStyle';

interface CanvasProps {
  readonly traces: readonly TimeTrace[];
  readonly focus: number;
  readonly capacity: number;
  readonly sloMs: number;
}

const CHARTS = 4;

/**
 * New chart data reaches the charts one chart per task (the others keep drawing what they had), so a week-long run's
 * results never lay out four recharts charts in one long task on the page's thread.
 */
export function useOneChartPerTask<T>(value: T, count: number): (index: number) => T | null {
  const [state, setState] = useState<{ value: T; previous: T | null; shown: number }>({ value, previous: null, shown: 0 });
  if (state.value !== value) setState({ value, previous: state.value, shown: 0 });
  useEffect(() => {
    if (state.shown >= count) return undefined;
    const timer = window.setTimeout(() => setState((s) => (s.value === state.value ? { ...s, shown: s.shown + 1 } : s)), 0);
    return () => window.clearTimeout(timer);
  }, [state, count]);
  return (index) => (index < state.shown ? state.value : state.previous);
}

/** The four charts' props for some traces: made once per data, so a chart whose turn has not come keeps its props. */
function chartProps(traces: readonly TimeTrace[], focus: number, capacity: number, sloMs: number): readonly ChartProps[] {
  const data = labChartData(traces, focus, capacity);
  const seconds = traces[0]?.seconds ?? 1;
  const perPolicy = (suffix: string): ChartLine[] => traces.map((trace, i) => ({ key: `p${i}`, name: `${trace.policy.name}${suffix}`, ...policyStyle(i), step: true }));
  const focused = traces[focus];
  const focusStyle = policyStyle(focus);
  return [
    { data: data.demand, seconds, yLabel: 'req/s', lines: [{ key: 'arrivals', name: 'Arrivals', color: DEMAND_COLOR, width: 1.5 }, ...perPolicy(demandComparison(traces) === 'finished' ? ': finished' : ': ready capacity')] },
    { data: data.queue, seconds, yLabel: 'requests', lines: perPolicy(': queue') },
    {
      data: data.latency, seconds, yLabel: 'ms', objective: { value: sloMs, label: `SLO p95 ${sloMs} ms` },
      lines: [
        ...perPolicy(': p95').map((line) => ({ ...line, step: false })),
        { key: 'p50', name: `${focused?.policy.name ?? ''}: p50`, color: focusStyle.color, dash: '1 3', width: 1 },
        { key: 'p99', name: `${focused?.policy.name ?? ''}: p99`, color: focusStyle.color, dash: '6 2 1 2', width: 1 },
      ],
    },
    {
      data: data.replicas, seconds, yLabel: 'replicas',
      lines: [
        { key: 'raw', name: 'Raw recommendation', color: RAW_COLOR, dash: '2 3', step: true },
        { key: 'desired', name: 'Desired (after windows and limits)', color: focusStyle.color, dash: '8 4', step: true },
        { key: 'ready', name: 'Ready', color: focusStyle.color, width: 2.5, step: true },
      ],
    },
  ];
}

export default memo(function LabChartsCanvas({ traces, focus, capacity, sloMs }: CanvasProps) {
  const latest = useMemo(() => chartProps(traces, focus, capacity, sloMs), [traces, focus, capacity, sloMs]);
  const propsOf = useOneChartPerTask(latest, CHARTS);
  const chart = (index: number) => {
    const props = propsOf(index)?.[index];
    return props ? <SmallChart {...props} /> : <div className="trace-chart-placeholder" style={{ height: CHART_HEIGHT }}>Drawing…</div>;
  };
  const focused = traces[focus];
  return (
    <div className="lab-chart-grid">
      <figure className="lab-chart" aria-labelledby="lab-chart-demand">
        <figcaption id="lab-chart-demand">{demandComparison(traces) === 'finished'
          ? 'Demand (arrivals per second) vs requests finished per second (an LLM replica has no fixed rate: it depends on its batch and the requests\' tokens)'
          : `Demand (arrivals per second) vs ready capacity (ready replicas × ${capacity} req/s)`}</figcaption>
        {chart(0)}
      </figure>
      <figure className="lab-chart" aria-labelledby="lab-chart-queue">
        <figcaption id="lab-chart-queue">Queue: accepted requests not yet finished</figcaption>
        {chart(1)}
      </figure>
      <figure className="lab-chart" aria-labelledby="lab-chart-latency">
        <figcaption id="lab-chart-latency">Latency p95 per policy{focused ? `; p50 and p99 of ${focused.policy.name}` : ''}, against the SLO</figcaption>
        {chart(2)}
      </figure>
      <figure className="lab-chart" aria-labelledby="lab-chart-replicas">
        <figcaption id="lab-chart-replicas">Replicas of {focused?.policy.name ?? 'the policy'}: raw recommendation, desired, ready</figcaption>
        {chart(3)}
      </figure>
    </div>
  );
});
