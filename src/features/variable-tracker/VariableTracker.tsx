import { Panel } from '../../app/Panel';
import { trackerCell } from '../../engine';
import { useAppStore } from '../../store/store';
import { selectTrackerColumns, selectTrackerVariables } from '../../store/selectors';

/** The lesson's status tracker: variables as rows; Start, After 1..N, Final as columns; the cursor's column highlighted. */
export function VariableTracker() {
  const trace = useAppStore((state) => state.trace);
  const cursor = useAppStore((state) => state.cursor);
  const columns = useAppStore(selectTrackerColumns);
  const variables = useAppStore(selectTrackerVariables);
  const current = cursor >= trace.length ? columns.length - 1 : cursor;
  return (
    <Panel id="variable-tracker" title="Variable tracker">
      <div className="table-scroll" tabIndex={0}>
        <table className="data-table tracker">
          <caption>Variable tracker</caption>
          <thead>
            <tr>
              <th scope="col">Variable</th>
              {columns.map((column, i) => <th key={column} scope="col" aria-current={i === current ? 'step' : undefined}>{column}</th>)}
            </tr>
          </thead>
          <tbody>
            {variables.map((variable) => (
              <tr key={variable}>
                <th scope="row">{variable}</th>
                {columns.map((column, i) => (
                  <td key={column} className={i === current ? 'current' : undefined}>{i <= cursor || i === columns.length - 1 && cursor >= trace.length ? trackerCell(trace, variable, i) : ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Panel>
  );
}
