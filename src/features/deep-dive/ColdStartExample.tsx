import { useMemo } from 'react';
import { formatNumber, plural } from '../../engine';
import { runEndpointModel } from '../../engine/lesson/endpointModel';
import { RangeField } from '../../ui/RangeField';
import { useAppStore } from '../../store/store';
import { useViewParam } from '../../store/viewParams';
import { EndpointStrip } from './EndpointStrip';

/** Cold starts, then queueing and a latency SLO, on the scenario's own loads and config. */
export function ColdStartExample({ capacity }: { readonly capacity: number }) {
  const trace = useAppStore((state) => state.trace);
  const [coldStart, setColdStart] = useViewParam('cold', 2, 0, 6);
  const [slo, setSlo] = useViewParam('slo', 0, 0, 3);
  const run = useMemo(() => runEndpointModel({ config: trace.config, loads: trace.loads, capacityPerInstance: capacity, coldStartSteps: coldStart }), [trace, capacity, coldStart]);
  const late = run.steps.filter((s) => s.waitSteps > slo).length;
  const worstWait = run.steps.reduce((worst, s) => Math.max(worst, s.waitSteps), 0);
  return (
    <>
      <div className="example-controls">
        <RangeField label="Cold start (model load)" value={coldStart} min={0} max={6} valueText={coldStart === 0 ? 'none (the lesson)' : plural(coldStart, 'step')} onChange={setColdStart}
          help="Steps between adding an instance and it serving." />
        <RangeField label="Latency SLO: longest wait allowed" value={slo} min={0} max={3} valueText={slo === 0 ? 'no waiting' : plural(slo, 'step')} onChange={setSlo} />
      </div>
      <p className="verdict" role="status">
        {run.backloggedSteps === 0
          ? `No request waits: with a ${plural(coldStart, 'step')} cold start the instances are always ready in time for these loads.`
          : `Requests wait at ${plural(run.backloggedSteps, 'step')} (at most ${formatNumber(run.maxBacklog)} queued, the longest wait ${Number.isFinite(worstWait) ? `${formatNumber(Math.round(worstWait * 10) / 10)} steps` : 'unbounded'}); ${plural(late, 'step')} ${late === 1 ? 'misses' : 'miss'} the SLO.`}
      </p>
      <EndpointStrip run={run} label="Cold start: instances paid for, serving, and the queue" />
    </>
  );
}
