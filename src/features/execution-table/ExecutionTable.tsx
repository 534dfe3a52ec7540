import { Panel } from '../../app/Panel';
import { useAppStore } from '../../store/store';
import { selectTableColumns, selectTableRow, selectVisibleRowCount } from '../../store/selectors';

/** The lesson's process table: exactly the engine's rows, up to the cursor (or all), the current one marked. */
export function ExecutionTable() {
  const trace = useAppStore((state) => state.trace);
  const cursor = useAppStore((state) => state.cursor);
  const columns = useAppStore(selectTableColumns);
  const visible = useAppStore(selectVisibleRowCount);
  const showAll = useAppStore((state) => state.showAllRows);
  const toggleShowAll = useAppStore((state) => state.toggleShowAllRows);
  const setCursor = useAppStore((state) => state.setCursor);
  const steps = Array.from({ length: visible }, (_, i) => i + 1);
  return (
    <Panel id="execution-table" title="Execution table" actions={
      <label className="toggle"><input type="checkbox" checked={showAll} onChange={toggleShowAll} /> Show all rows</label>
    }>
      <div className="table-scroll" tabIndex={0}>
        <table className="data-table">
          <caption>Execution table</caption>
          <thead><tr>{columns.map((column) => <th key={column} scope="col">{column}</th>)}</tr></thead>
          <tbody>
            {steps.map((step) => (
              <tr key={step} aria-current={step === cursor ? 'step' : undefined} onClick={() => setCursor(step)}>
                {selectTableRow(trace, step).map((cell, i) => (i === 0 ? <th key={i} scope="row">{cell}</th> : <td key={i}>{cell}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {visible < trace.length ? <p className="muted">{trace.length - visible} more {trace.length - visible === 1 ? 'step' : 'steps'} to run.</p> : null}
    </Panel>
  );
}
