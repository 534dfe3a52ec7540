import { Panel } from '../../../ui/Panel';
import { useAppStore } from '../../../store/store';
import { selectTableColumns, selectTableRow } from '../../../store/selectors';
import { predictionText, resultAt, type PredictSession, type PredictionResult } from './predictSession';

/** Rows drawn at most: a long scenario shows the latest revealed rows (predicting thousands by hand is not the point). */
const MAX_ROWS = 100;
/** Cells of the hidden row that are known before the step runs: Step and Load. */
const KNOWN_CELLS = 2;
/** The lesson's print line repeats Load and Instances; Predict leaves it out to make room for the predictions. */
const withoutOutput = (cells: readonly string[], columns: readonly string[]) => (columns[columns.length - 1] === 'Output' ? cells.slice(0, -1) : cells);

interface PredictTableProps {
  readonly session: PredictSession;
  /** the step the workspace shows */
  readonly cursor: number;
  readonly onChooseStep: (step: number) => void;
}

/** The execution table up to the revealed steps (without the Output line), then the next row with only its step and load. */
export function PredictTable({ session, cursor, onChooseStep }: PredictTableProps) {
  const trace = useAppStore((state) => state.trace);
  const allColumns = useAppStore(selectTableColumns);
  const columns = withoutOutput(allColumns, allColumns);
  const first = Math.max(1, session.revealed - MAX_ROWS + 1);
  const rows = [];
  for (let step = first; step <= session.revealed; step++) {
    const cells = withoutOutput(selectTableRow(trace, step), allColumns);
    rows.push(
      <tr key={step} data-step={step} aria-current={step === cursor ? 'step' : undefined} className={`outcome-${resultAt(session, step)?.outcome ?? 'none'}`}>
        <th scope="row">
          <button type="button" className="predict-row-button" aria-label={`Go to step ${step}`} onClick={() => onChooseStep(step)}>{cells[0]}</button>
        </th>
        {cells.slice(1).map((cell, i) => <td key={i}>{cell}</td>)}
        <td className="prediction-cell"><PredictionCell result={resultAt(session, step)} /></td>
      </tr>,
    );
  }
  const hiddenStep = session.revealed + 1;
  return (
    <Panel id="execution-table" title="Execution table">
      <div className="table-scroll predict-scroll" tabIndex={0}>
        <table className="data-table predict-table">
          <caption>Execution table</caption>
          <thead>
            <tr>
              {columns.map((column) => <th key={column} scope="col">{column}</th>)}
              <th scope="col">Your prediction</th>
            </tr>
          </thead>
          <tbody>
            {rows}
            {hiddenStep <= trace.length ? <HiddenRow step={hiddenStep} known={selectTableRow(trace, hiddenStep).slice(0, KNOWN_CELLS)} hiddenCells={columns.length - KNOWN_CELLS} /> : null}
          </tbody>
        </table>
      </div>
      <p className="muted">
        {first > 1 ? `Showing the latest ${MAX_ROWS} revealed steps. ` : ''}
        {hiddenStep <= trace.length
          ? `Step ${hiddenStep} is hidden until you predict it; ${trace.length - hiddenStep} more after it.`
          : 'Every step is revealed.'}
      </p>
    </Panel>
  );
}

function HiddenRow({ step, known, hiddenCells }: { readonly step: number; readonly known: readonly string[]; readonly hiddenCells: number }) {
  return (
    <tr className="hidden-row" data-hidden-step={step}>
      <th scope="row">{known[0]}</th>
      {known.slice(1).map((cell, i) => <td key={i}>{cell}</td>)}
      {Array.from({ length: hiddenCells }, (_, i) => (
        <td key={`hidden-${i}`}><span aria-hidden="true">?</span><span className="predict-sr-only">hidden</span></td>
      ))}
      <td className="prediction-cell">Your turn</td>
    </tr>
  );
}

function PredictionCell({ result }: { readonly result: PredictionResult | undefined }) {
  if (!result) return <>—</>;
  switch (result.outcome) {
    case 'right': return <><span aria-hidden="true">✓ </span>Right{result.predicted ? `: ${predictionText(result.predicted)}` : ''}</>;
    case 'wrong': return <><span aria-hidden="true">✗ </span>Wrong{result.predicted ? `: you said ${predictionText(result.predicted)}` : ''}</>;
    case 'revealed': return <>Revealed without predicting</>;
  }
}
