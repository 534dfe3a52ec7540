/** The same traffic through every policy: one row each, the best of each column marked in words and weight, not colour alone. */
import { Panel } from '../../ui/Panel';
import type { TimeTrace } from './labEngine';
import { compareColumnsFor, compareRows, formatCompareValue } from './compareSummary';
import { policyBorderStyle, policyStyle } from '../../ui/policyStyle';
import { TargetWarnings } from './TargetWarnings';

export function CompareTable({ traces, focus, onFocus }: { readonly traces: readonly TimeTrace[]; readonly focus: number; readonly onFocus: (index: number) => void }) {
  const rows = compareRows(traces.map((trace) => ({ name: trace.policy.name, summary: trace.summary, seconds: trace.seconds })));
  const COMPARE_COLUMNS = compareColumnsFor(traces.map((trace) => trace.summary));
  return (
    <Panel id="lab-compare" title="Compare">
      <div className="lab-table-scroll" tabIndex={0} role="group" aria-label="Compare table (scrolls sideways)">
        <table id="lab-compare-table" className="lab-compare" aria-describedby="lab-compare-note">
          <caption className="visually-hidden">Summary of each policy over the same traffic; lower is better in every column but goodput</caption>
          <thead>
            <tr>
              <th scope="col">Policy</th>
              {COMPARE_COLUMNS.map((column) => <th key={column.key} scope="col" title={column.doc}>{column.label}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i} aria-current={i === focus && rows.length > 1 ? 'true' : undefined}>
                <th scope="row">
                  <button type="button" className="lab-focus-button" aria-pressed={i === focus} onClick={() => onFocus(i)}>
                    <span className="lab-swatch" style={{ borderColor: policyStyle(i).color, borderStyle: policyBorderStyle(i) }} aria-hidden="true" /> {row.name}
                  </button>
                </th>
                {COMPARE_COLUMNS.map(({ key }) => {
                  const best = row.best.has(key);
                  return (
                    <td key={key} className={best ? 'lab-best' : undefined}>
                      {formatCompareValue(key, row.values[key])}{best ? <span className="lab-best-mark"> ★ best</span> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <TargetWarnings />
      <p id="lab-compare-note" className="lab-small muted">
        Lower is better in every column but goodput; ★ marks the best (ties share it). Choose a policy&apos;s name to focus the replica chart and the decision log on it.
        Each policy's targets are listed on its card; a target one replica cannot hold is flagged above with its fix.
      </p>
    </Panel>
  );
}
