/** The LLM charts (recharts, in this lazy chunk): TTFT and ITL p95 against their objectives, the gauges, replicas by stage. */
import { memo, useMemo } from 'react';
import type { TimeTrace } from '../../../engine/time/types';
import { SmallChart, type ChartLine } from '../SmallChart';
import { policyStyle, POLICY_COLORS } from '../policyStyle';
import { llmChartData } from './llmChartData';

interface Props { readonly traces: readonly TimeTrace[]; readonly focus: number; readonly ttftMs: number; readonly itlMs: number }

const series = (i: number) => POLICY_COLORS[i % POLICY_COLORS.length]!;

export default memo(function LlmChartsCanvas({ traces, focus, ttftMs, itlMs }: Props) {
  const data = useMemo(() => llmChartData(traces, focus), [traces, focus]);
  const seconds = traces[0]?.seconds ?? 1;
  const perPolicy = (suffix: string): ChartLine[] => traces.map((trace, i) => ({ key: `p${i}`, name: `${trace.policy.name}${suffix}`, ...policyStyle(i) }));
  const name = traces[focus]?.policy.name ?? 'the policy';
  return (
    <div className="lab-chart-grid">
      <figure className="lab-chart" aria-labelledby="lab-chart-ttft">
        <figcaption id="lab-chart-ttft">Time to first token, p95 per policy, against the objective</figcaption>
        <SmallChart data={data.ttft} seconds={seconds} yLabel="ms" objective={{ value: ttftMs, label: `TTFT ${ttftMs} ms` }} lines={perPolicy(': TTFT p95')} />
      </figure>
      <figure className="lab-chart" aria-labelledby="lab-chart-itl">
        <figcaption id="lab-chart-itl">Inter-token latency, p95 per policy, against the objective</figcaption>
        <SmallChart data={data.itl} seconds={seconds} yLabel="ms" objective={{ value: itlMs, label: `ITL ${itlMs} ms` }} lines={perPolicy(': ITL p95')} />
      </figure>
      <figure className="lab-chart" aria-labelledby="lab-chart-gauges">
        <figcaption id="lab-chart-gauges">{name}: requests waiting and running (vLLM&apos;s gauges, all replicas)</figcaption>
        <SmallChart data={data.gauges} seconds={seconds} yLabel="requests" lines={[
          { key: 'waiting', name: 'Waiting', color: series(0), step: true },
          { key: 'running', name: 'Running', color: series(1), dash: '8 4', step: true },
        ]} />
      </figure>
      <figure className="lab-chart" aria-labelledby="lab-chart-shares">
        <figcaption id="lab-chart-shares">{name}: KV-cache usage and GPU utilisation (duty cycle), mean over ready replicas</figcaption>
        <SmallChart data={data.shares} seconds={seconds} yLabel="%" lines={[
          { key: 'kv', name: 'KV-cache usage', color: series(2), step: true },
          { key: 'gpu', name: 'GPU utilisation', color: series(3), dash: '8 4', step: true },
        ]} />
      </figure>
      <figure className="lab-chart" aria-labelledby="lab-chart-stages">
        <figcaption id="lab-chart-stages">{name}: replicas ready, and starting by cold-start stage</figcaption>
        <SmallChart data={data.stages} seconds={seconds} yLabel="replicas" lines={[
          { key: 'ready', name: 'Ready', color: series(0), width: 2.5, step: true },
          { key: 'node', name: 'Getting a GPU node', color: series(1), dash: '8 4', step: true },
          { key: 'image', name: 'Pulling the image', color: series(2), dash: '2 3', step: true },
          { key: 'weights', name: 'Loading weights', color: series(3), dash: '10 3 2 3', step: true },
          { key: 'warmup', name: 'Warming up', color: series(4), dash: '14 5', step: true },
        ]} />
      </figure>
    </div>
  );
});
