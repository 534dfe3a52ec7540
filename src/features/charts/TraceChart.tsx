import { lazy, Suspense, useDeferredValue, useRef } from 'react';
import { Panel } from '../../ui/Panel';
import { useNearViewport } from '../../ui/useNearViewport';
import { useAppStore } from '../../store/store';
import { chartDescription, cursorReadout } from './chartText';
import { ChartLegend } from './ChartLegend';
import { ExportMenu } from '../export/ExportMenu';
import './traceChart.css';

/** recharts is loaded on demand, when the chart nears the screen: the first screen does not wait for it. */
const TraceChartCanvas = lazy(() => import('./TraceChartCanvas'));

/**
 * Load per step against the policy's reference lines, instances on a second axis, the cursor marked.
 * The drawing follows a deferred trace: dragging a load slider updates the tables at once and the chart right after,
 * never holding up the frame. The readout under it always shows the exact values at the cursor.
 */
export function TraceChart() {
  const trace = useAppStore((state) => state.trace);
  const cursor = useAppStore((state) => state.cursor);
  const drawnTrace = useDeferredValue(trace);
  const description = chartDescription(trace);
  const frame = useRef<HTMLDivElement>(null);
  const near = useNearViewport(frame);
  const placeholder = <div className="trace-chart-placeholder">Loading the chart…</div>;
  return (
    <Panel id="charts" title="Chart" actions={<ExportMenu what="chart" />}>
      <figure className="trace-chart" aria-labelledby="trace-chart-caption">
        <ChartLegend config={trace.config} />
        <div ref={frame} className="trace-chart-frame" role="img" aria-label={description}>
          {near ? <Suspense fallback={placeholder}><TraceChartCanvas trace={drawnTrace} /></Suspense> : placeholder}
        </div>
        <figcaption id="trace-chart-caption">
          <span className="trace-chart-readout">{cursorReadout(trace, cursor)}</span>
          <span className="muted"> {description}</span>
        </figcaption>
      </figure>
    </Panel>
  );
}
