import { memo } from 'react';

interface TableRowProps {
  /** 1-based step */
  readonly step: number;
  readonly cells: readonly string[];
  readonly current: boolean;
  /** a quiz hint points at this row */
  readonly highlighted?: boolean;
  /** a quiz hint points at this 0-based column (of this row, or of every row) */
  readonly highlightedColumn?: number | undefined;
}

/** One process-table row; the step cell holds a button so the row can be reached and chosen by keyboard. */
export const TableRow = memo(function TableRow({ step, cells, current, highlighted = false, highlightedColumn }: TableRowProps) {
  return (
    <tr data-step={step} aria-rowindex={step + 1} aria-current={current ? 'step' : undefined} data-highlighted={highlighted ? 'true' : undefined}>
      {cells.map((cell, i) => (i === 0
        ? <th key={i} scope="row" data-highlighted={i === highlightedColumn ? 'true' : undefined}><button type="button" className="row-button" aria-label={`Go to step ${step}`}>{cell}</button></th>
        : <td key={i} data-highlighted={i === highlightedColumn ? 'true' : undefined}>{cell}</td>))}
    </tr>
  );
});

/** An empty row standing in for the rows above or below the rendered window. */
export function SpacerRow({ height, columns }: { readonly height: number; readonly columns: number }) {
  if (height <= 0) return null;
  return <tr className="spacer-row" aria-hidden="true"><td colSpan={columns} style={{ height }} /></tr>;
}
