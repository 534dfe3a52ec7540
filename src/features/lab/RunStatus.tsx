/** Where the run is: under way (with progress, the page stays live), done (how long it took), or failed (why). */
import { formatCount } from '../../engine/format';
import { useAppStore } from '../../store/store';

export function RunStatus() {
  const run = useAppStore((state) => state.labRun);
  const pending = useAppStore((state) => state.lab !== state.labRun.inputs);
  return (
    <div className="lab-status" role="status">
      {run.status === 'running' ? (
        <>
          <label htmlFor="lab-progress">Running in the background… </label>
          <progress id="lab-progress" max={1} value={run.progress} /> {Math.round(run.progress * 100)} %
        </>
      ) : run.status === 'failed' ? (
        <span className="lab-field-error">The run failed: {run.error}</span>
      ) : run.status === 'done' && !pending && run.inputs ? (
        <span>Ran {formatCount(run.inputs.seconds)} seconds through {run.traces.length} {run.traces.length === 1 ? 'policy' : 'policies'} on the same arrivals.</span>
      ) : <span>Preparing the run…</span>}
    </div>
  );
}
