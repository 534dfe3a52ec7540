/**
 * The LLM charts (recharts, in this lazy chunk): TTFT and ITL p95 against their objectives, the gauges, replicas by
 * stage. New data reaches them one chart per task, as the Lab's other charts, so a day-long run lays out no long task.
 */
import { memo, useMemo } from 'react';
import type { TimeTrace } from '../../../engine/time/types';
import { CHART_HEIGHT, SmallChart, type ChartLine, type SmallChartProps } from '../SmallChart';
import { useOneChartPerTask } from '../LabChartsCanvas';
import { policyStyle, POLICY_COLORS } from '../../../ui/policyStyle';
import { llmChartData } from './llmChartData';

interface Props { readonly traces: readonly TimeTrace[]; readonly focus: number; readonly ttftMs: number; readonly itlMs: number }

const series = (i: number) => POLICY_COLORS[i % POLICY_COLORS.length]!;

interface Chart { readonly id: string; readonly caption: string; readonly props: SmallChartProps }

function charts(traces: readonly TimeTrace[], focus: number, ttftMs: number, itlMs: number): readonly Chart[] {
  const data = llmChartData(traces, focus);
  const seconds = traces[0]?.seconds ?? 1;
  const perPolicy = (suffix: string): ChartLine[] => traces.map((trace, i) => ({ key: `p${i}`, name: `${trace.policy.name}${suffix}`, ...policyStyle(i) }));
  const name = traces[focus]?.policy.name ?? 'the policy';
  return [
    { id: 'ttft', caption: 'Time to first token, p95 per policy, against the objective',
      props: { data: data.ttft, seconds, yLabel: 'ms', objective: { value: ttftMs, label: `TTFT ${ttftMs} ms` }, lines: perPolicy(': TTFT p95') } },
    { id: 'itl', caption: 'Inter-token latency, p95 per policy, against the objective',
      props: { data: data.itl, seconds, yLabel: 'ms', objective: { value: itlMs, label: `ITL ${itlMs} ms` }, lines: perPolicy(': ITL p95') } },
    { id: 'gauges', caption: `${name}: requests waiting and running (vLLM's gauges, all replicas)`,
      props: { data: data.gauges, seconds, yLabel: 'requests', lines: [
        { key: 'waiting', name: 'Waiting', color: series(0), step: true },
        { key: 'running', name: 'Running', color: series(1), dash: '8 4', step: true },
      ] } },
    { id: 'shares', caption: `${name}: KV-cache usage and GPU utilisation (duty cycle), mean over ready replicas`,
      props: { data: data.shares, seconds, yLabel: '%', lines: [
        { key: 'kv', name: 'KV-cache usage', color: series(2), step: true },
        { key: 'gpu', name: 'GPU utilisation', color: series(3), dash: '8 4', step: true },
      ] } },
    { id: 'stages', caption: `${name}: replicas ready, and starting by cold-start stage`,
      props: { data: data.stages, seconds, yLabel: 'replicas', lines: [
        { key: 'ready', name: 'Ready', color: series(0), width: 2.5, step: true },
        { key: 'node', name: 'Getting a GPU node', color: series(1), dash: '8 4', step: true },
        { key: 'image', name: 'Pulling the image', color: series(2), dash: '2 3', step: true },
        { key: 'weights', name: 'Loading weights', color: series(3), dash: '10 3 2 3', step: true },
        { key: 'warmup', name: 'Warming up', color: series(4), dash: '14 5', step: true },
      ] } },
  ];
}

/** The lines of a chart that has several, named beside their stroke (not colour alone: each has its own dash). */
function Legend({ lines }: { readonly lines: readonly ChartLine[] }) {
  if (lines.length < 2) return null;
  return (
    <ul className="lab-legend" aria-label="Lines">
      {lines.map((line) => (
        <li key={line.key}><svg width="28" height="10" aria-hidden="true"><line x1="0" x2="28" y1="5" y2="5" stroke={line.color} strokeWidth="2.5" strokeDasharray={line.dash || undefined} /></svg> {line.name}</li>
      ))}
    </ul>
  );
}

export default memo(function LlmChartsCanvas({ traces, focus, ttftMs, itlMs }: Props) {
  const latest = useMemo(() => charts(traces, focus, ttftMs, itlMs), [traces, focus, ttftMs, itlMs]);
  const chartsOf = useOneChartPerTask(latest, latest.length);
  return (
    <div className="lab-chart-grid">
      {latest.map((chart, i) => {
        const shown = chartsOf(i)?.[i];
        return (
          <figure key={chart.id} className="lab-chart" aria-labelledby={`lab-chart-${chart.id}`}>
            <figcaption id={`lab-chart-${chart.id}`}>{chart.caption}</figcaption>
            {chart.id === 'ttft' || chart.id === 'itl' ? null : <Legend lines={chart.props.lines} />}
            {shown ? <SmallChart {...shown.props} /> : <div className="trace-chart-placeholder" style={{ height: CHART_HEIGHT }}>Drawing…</div>}
          </figure>
        );
      })}
    </div>
  );
});
