import { formatCount } from '../../engine/format';
import type { MouseEvent } from 'react';
import { LESSON_TABLE_NOTE } from '../../content/lesson';
import { Panel } from '../../ui/Panel';
import { LightBulbIcon } from '../../ui/LightBulbIcon';
import { useAppStore } from '../../store/store';
import { selectResolvedHighlight, selectTableColumns, selectTableRow, selectVisibleRowCount } from '../../store/selectors';
import { SpacerRow, TableRow } from './TableRow';
import { useVirtualRows } from './useVirtualRows';
import { fitWindow } from './virtualWindow';
import { ExportMenu } from '../export/ExportMenu';
import './executionTable.css';

/**
 * The lesson's process table: exactly the engine's rows, up to the cursor (or all), the current one marked.
 * Only the rows in view are rendered, so a 10,000-step trace scrolls and steps as fast as the lesson's six.
 * `rowLimit` (a slide, which never scrolls): at most that many rows, the current one and the one a question points at
 * among them, and the heading says which steps are shown.
 */
export function ExecutionTable({ rowLimit }: { readonly rowLimit?: number | undefined } = {}) {
  const trace = useAppStore((state) => state.trace);
  const cursor = useAppStore((state) => state.cursor);
  const columns = useAppStore(selectTableColumns);
  const visible = useAppStore(selectVisibleRowCount);
  const showAll = useAppStore((state) => state.showAllRows);
  const toggleShowAll = useAppStore((state) => state.toggleShowAllRows);
  const setCursor = useAppStore((state) => state.setCursor);
  const highlight = useAppStore(selectResolvedHighlight);
  const highlightedStep = highlight?.kind === 'row' || highlight?.kind === 'cell' ? highlight.step : undefined;
  const highlightedColumn = highlight?.kind === 'column' ? highlight.column : undefined;
  const { window: scrolled, scrollRef, headRef, onScroll } = useVirtualRows(visible, cursor - 1, highlightedStep === undefined ? undefined : highlightedStep - 1);
  const window = rowLimit !== undefined && rowLimit < visible
    ? { ...fitWindow(visible, rowLimit, [cursor - 1, (highlightedStep ?? 0) - 1]), padTop: 0, padBottom: 0 }
    : scrolled;
  const partial = window !== scrolled && window.end - window.start < visible;

  const chooseRow = (event: MouseEvent<HTMLTableSectionElement>) => {
    const row = (event.target as Element).closest('tr[data-step]');
    if (row instanceof HTMLElement) setCursor(Number(row.dataset.step));
  };

  const rows = [];
  for (let index = window.start; index < window.end; index++) {
    const step = index + 1;
    const cellColumn = highlight?.kind === 'cell' && highlight.step === step ? highlight.column : highlightedColumn;
    rows.push(<TableRow key={step} step={step} cells={selectTableRow(trace, step)} current={step === cursor}
      highlighted={highlight?.kind === 'row' && highlight.step === step} highlightedColumn={cellColumn} />);
  }
  const hidden = trace.length - visible;
  return (
    <Panel id="execution-table" title="Execution table" note={partial ? `showing steps ${window.start + 1}–${window.end}` : undefined} actions={
      <><label className="toggle"><input type="checkbox" checked={showAll} onChange={toggleShowAll} /> Show all rows</label><ExportMenu what="table" /></>
    }>
      <div className="table-scroll execution-scroll" tabIndex={0} ref={scrollRef} onScroll={onScroll}>
        <table className="data-table execution-table" aria-rowcount={visible + 1}>
          <caption>Execution table</caption>
          <thead ref={headRef}><tr aria-rowindex={1}>{columns.map((column, i) => <th key={column} scope="col" data-highlighted={i === highlightedColumn ? 'true' : undefined}>{column}</th>)}</tr></thead>
          <tbody onClick={chooseRow}>
            <SpacerRow height={window.padTop} columns={columns.length} />
            {rows}
            <SpacerRow height={window.padBottom} columns={columns.length} />
          </tbody>
        </table>
      </div>
      {hidden > 0 ? <p className="muted">{formatCount(hidden)} more {hidden === 1 ? 'step' : 'steps'} to run.</p> : null}
      {trace.length > 0 && cursor >= trace.length
        ? <p className="table-note"><LightBulbIcon /><span className="voice">from the lesson</span><span>{LESSON_TABLE_NOTE}</span></p>
        : null}
    </Panel>
  );
}
