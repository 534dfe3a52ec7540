import { formatCount } from '../../engine/format';
import { formatNumber } from '../../engine';
import { type ProvisioningSummary, type StepProvision } from '../../engine/lesson/provisioning';

/** Most steps drawn; longer scenarios are summed up above the strip. */
const MAX_STRIP_STEPS = 30;

function cell(step: StepProvision, key: string) {
  const state = step.unserved > 0 ? 'overloaded' : step.idle > 0 ? 'idle' : undefined;
  const words = state === 'overloaded' ? `, ${formatNumber(step.unserved)} requests over` : state === 'idle' ? `, ${step.idle} idle` : '';
  return <td key={key} className={state} title={`${step.instances} instances${words}`}>{step.instances}{state === 'overloaded' ? '!' : ''}</td>;
}

/** Step by step: the load, and each fleet's instances marked idle or overloaded (marked by a sign too, not colour alone). */
export function StepStrip({ fixed, auto, fixedLabel }: { readonly fixed: ProvisioningSummary; readonly auto: ProvisioningSummary; readonly fixedLabel: string }) {
  const shown = fixed.steps.slice(0, MAX_STRIP_STEPS);
  return (
    <>
      <div className="table-scroll" tabIndex={0} role="group" aria-label="Step by step">
        <table className="data-table step-strip">
          <caption>Instances per step, fixed fleet against the autoscaler</caption>
          <thead><tr><th scope="col">Step</th>{shown.map((_, i) => <th key={i} scope="col">{i + 1}</th>)}</tr></thead>
          <tbody>
            <tr><th scope="row">Load</th>{shown.map((step, i) => <td key={i}>{formatNumber(step.load)}</td>)}</tr>
            <tr><th scope="row">{fixedLabel}</th>{shown.map((step, i) => cell(step, String(i)))}</tr>
            <tr><th scope="row">Autoscaler</th>{auto.steps.slice(0, MAX_STRIP_STEPS).map((step, i) => cell(step, String(i)))}</tr>
          </tbody>
        </table>
      </div>
      <ul className="strip-legend">
        <li><span className="overloaded" aria-hidden="true" />! overloaded: load above capacity</li>
        <li><span className="idle" aria-hidden="true" />idle instances paid for</li>
        {fixed.steps.length > MAX_STRIP_STEPS ? <li>first {MAX_STRIP_STEPS} of {formatCount(fixed.steps.length)} steps shown; the totals count all</li> : null}
      </ul>
    </>
  );
}
