/** The Lab's four charts (recharts, loaded with this chunk only): demand vs ready capacity, queue, latency, replicas. */
import { memo, useMemo } from 'react';
import type { TimeTrace } from './labEngine';
import { labChartData } from './chartData';
import { SmallChart, type ChartLine } from './SmallChart';
import { DEMAND_COLOR, RAW_COLOR, policyStyle } from './policyStyle';

interface CanvasProps {
  readonly traces: readonly TimeTrace[];
  readonly focus: number;
  readonly capacity: number;
  readonly sloMs: number;
}

export default memo(function LabChartsCanvas({ traces, focus, capacity, sloMs }: CanvasProps) {
  const data = useMemo(() => labChartData(traces, focus, capacity), [traces, focus, capacity]);
  const seconds = traces[0]?.seconds ?? 1;
  const perPolicy = (suffix: string): ChartLine[] => traces.map((trace, i) => ({ key: `p${i}`, name: `${trace.policy.name}${suffix}`, ...policyStyle(i), step: true }));
  const focused = traces[focus];
  const focusStyle = policyStyle(focus);
  return (
    <div className="lab-chart-grid">
      <figure className="lab-chart" aria-labelledby="lab-chart-demand">
        <figcaption id="lab-chart-demand">Demand (arrivals per second) vs ready capacity (ready replicas × {capacity} req/s)</figcaption>
        <SmallChart data={data.demand} seconds={seconds} yLabel="req/s"
          lines={[{ key: 'arrivals', name: 'Arrivals', color: DEMAND_COLOR, width: 1.5 }, ...perPolicy(': ready capacity')]} />
      </figure>
      <figure className="lab-chart" aria-labelledby="lab-chart-queue">
        <figcaption id="lab-chart-queue">Queue: accepted requests not yet finished</figcaption>
        <SmallChart data={data.queue} seconds={seconds} yLabel="requests" lines={perPolicy(': queue')} />
      </figure>
      <figure className="lab-chart" aria-labelledby="lab-chart-latency">
        <figcaption id="lab-chart-latency">Latency p95 per policy{focused ? `; p50 and p99 of ${focused.policy.name}` : ''}, against the SLO</figcaption>
        <SmallChart data={data.latency} seconds={seconds} yLabel="ms" objective={{ value: sloMs, label: `SLO p95 ${sloMs} ms` }}
          lines={[
            ...perPolicy(': p95').map((line) => ({ ...line, step: false })),
            { key: 'p50', name: `${focused?.policy.name ?? ''}: p50`, color: focusStyle.color, dash: '1 3', width: 1 },
            { key: 'p99', name: `${focused?.policy.name ?? ''}: p99`, color: focusStyle.color, dash: '6 2 1 2', width: 1 },
          ]} />
      </figure>
      <figure className="lab-chart" aria-labelledby="lab-chart-replicas">
        <figcaption id="lab-chart-replicas">Replicas of {focused?.policy.name ?? 'the policy'}: raw recommendation, desired, ready</figcaption>
        <SmallChart data={data.replicas} seconds={seconds} yLabel="replicas"
          lines={[
            { key: 'raw', name: 'Raw recommendation', color: RAW_COLOR, dash: '2 3', step: true },
            { key: 'desired', name: 'Desired (after windows and limits)', color: focusStyle.color, dash: '8 4', step: true },
            { key: 'ready', name: 'Ready', color: focusStyle.color, width: 2.5, step: true },
          ]} />
      </figure>
    </div>
  );
});
