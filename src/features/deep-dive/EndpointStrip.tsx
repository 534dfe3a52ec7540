import { formatCount } from '../../engine/format';
import { formatNumber } from '../../engine';
import { type EndpointRun } from '../../engine/lesson/endpointModel';

const MAX_STEPS = 30;

/** An endpoint run step by step: load, instances paid for, instances serving, requests waiting. */
export function EndpointStrip({ run, label }: { readonly run: EndpointRun; readonly label: string }) {
  const steps = run.steps.slice(0, MAX_STEPS);
  const row = (name: string, value: (index: number) => string, mark?: (index: number) => string | undefined) => (
    <tr><th scope="row">{name}</th>{steps.map((_, i) => <td key={i} className={mark?.(i)}>{value(i)}</td>)}</tr>
  );
  return (
    <div className="table-scroll" tabIndex={0} role="group" aria-label={label}>
      <table className="data-table step-strip">
        <caption>{label}</caption>
        <thead><tr><th scope="col">Step</th>{steps.map((s) => <th key={s.step} scope="col">{s.step}</th>)}</tr></thead>
        <tbody>
          {row('Load', (i) => formatNumber(steps[i]!.load))}
          {row('Instances (paid)', (i) => `${steps[i]!.instances}${steps[i]!.held ? '*' : ''}`, (i) => (steps[i]!.held ? 'idle' : undefined))}
          {row('Ready (serving)', (i) => String(steps[i]!.ready), (i) => (steps[i]!.ready < steps[i]!.instances ? 'idle' : undefined))}
          {row('Waiting requests', (i) => formatNumber(steps[i]!.backlog), (i) => (steps[i]!.backlog > 0 ? 'overloaded' : undefined))}
        </tbody>
      </table>
      {run.steps.length > MAX_STEPS ? <p className="muted">First {MAX_STEPS} of {formatCount(run.steps.length)} steps; the totals count all.</p> : null}
    </div>
  );
}
