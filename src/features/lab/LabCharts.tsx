/**
 * The Lab's charts with an HTML legend and words for the cursor second. recharts loads on demand; the drawing follows
 * the traces (at most 600 points each), the cursor line follows the store by itself.
 */
import { formatCount } from '../../engine/format';
import { lazy, useMemo } from 'react';
import { ChartsInView } from './ChartsInView';
import { Panel } from '../../ui/Panel';
import { useAppStore } from '../../store/store';
import { LATENCY_METHOD, type TimeTrace } from './labEngine';
import { MAX_DRAWN } from './chartData';
import { clockTime } from './labFormat';
import { DEMAND_COLOR, policyStyle } from '../../ui/policyStyle';

const loadCanvas = () => import('./LabChartsCanvas');
const LabChartsCanvas = lazy(loadCanvas);

interface LabChartsProps {
  readonly traces: readonly TimeTrace[];
  readonly focus: number;
  readonly capacity: number;
  readonly sloMs: number;
}

const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? 'none served' : `${formatCount(Math.round(value))} ms`);

export function LabCharts({ traces, focus, capacity, sloMs }: LabChartsProps) {
  const cursor = useAppStore((state) => state.labCursor);
  const canvasProps = useMemo(() => ({ traces, focus, capacity, sloMs }), [traces, focus, capacity, sloMs]);
  const seconds = traces[0]?.seconds ?? 0;
  const span = seconds > MAX_DRAWN ? Math.round(seconds / MAX_DRAWN) : 1;
  return (
    <Panel id="lab-charts" title="Charts">
      <ul className="lab-legend" aria-label="Legend">
        <li><svg width="28" height="10" aria-hidden="true"><line x1="0" x2="28" y1="5" y2="5" stroke={DEMAND_COLOR} strokeWidth="2" /></svg> Arrivals (demand)</li>
        {traces.map((trace, i) => {
          const { color, dash } = policyStyle(i);
          return (
            <li key={i}><svg width="28" height="10" aria-hidden="true"><line x1="0" x2="28" y1="5" y2="5" stroke={color} strokeWidth="2.5" strokeDasharray={dash || undefined} /></svg> {trace.policy.name}{i === focus ? ' (focused)' : ''}</li>
          );
        })}
      </ul>
      <ChartsInView Canvas={LabChartsCanvas} load={loadCanvas} props={canvasProps} />
      <p className="lab-readout" aria-live="off">
        At {clockTime(cursor)} (second {formatCount(cursor)}): {traces.map((trace) => (
          `${trace.policy.name}: ${trace.arrivals[cursor] ?? 0} arrived, ${trace.ready[cursor] ?? 0} ready (${trace.provisioning[cursor] ?? 0} starting), queue ${Math.round(trace.queue[cursor] ?? 0)}, p95 ${ms(trace.p95[cursor])}`
        )).join('; ')}.
      </p>
      <details className="lab-note">
        <summary>How the latency percentiles are made (model estimates)</summary>
        <p>
          {LATENCY_METHOD} They are the model&apos;s estimates, not measurements: real endpoints add network time, batching
          and variation between requests.
          {span > 1 ? ' The lines draw each span of seconds at its peak (at most one point per two pixels), so spikes are never averaged away; the words above read the exact second.' : ''}
        </p>
      </details>
    </Panel>
  );
}
