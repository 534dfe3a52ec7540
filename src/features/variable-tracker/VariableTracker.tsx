import { formatCount } from '../../engine/format';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { Panel } from '../../ui/Panel';
import { trackerCell } from '../../engine';
import { useAppStore } from '../../store/store';
import { selectResolvedHighlight, selectTrackerColumns, selectTrackerVariables } from '../../store/selectors';
import { hiddenColumnCount, TRACKER_RADIUS, trackerColumnWindow, type TrackerSlot } from './columnWindow';
import './variableTracker.css';

/**
 * The lesson's status tracker: variables as rows; Start, After 1..N, Final as columns; the cursor's column highlighted.
 * Long traces show Start, the columns around the cursor and Final, so stepping stays instant. `radius` (a slide, which
 * never scrolls) narrows that window to the columns that fit.
 */
export function VariableTracker({ radius = TRACKER_RADIUS }: { readonly radius?: number | undefined } = {}) {
  const trace = useAppStore((state) => state.trace);
  const cursor = useAppStore((state) => state.cursor);
  const columns = useAppStore(selectTrackerColumns);
  const variables = useAppStore(selectTrackerVariables);
  const last = columns.length - 1;
  // the cursor's column: "After 6" at the last step (the lesson's Final column sits beside it, filled in)
  const current = Math.min(cursor, trace.length);
  const highlight = useAppStore(selectResolvedHighlight);
  const pointed = highlight?.kind === 'tracker' ? highlight : undefined;
  // a cell a quiz hint points at is kept inside the rendered window
  const centre = pointed?.column ?? current;
  const slots = useMemo(() => trackerColumnWindow(columns.length, centre, radius), [columns.length, centre, radius]);
  const hidden = hiddenColumnCount(slots);
  const scrollRef = useRef<HTMLDivElement>(null);
  useRevealCurrentColumn(scrollRef, current, trace);

  const shows = (column: number) => column <= cursor || (column === last && cursor >= trace.length);
  const shown = slots.filter((slot) => slot.kind === 'column').map((slot) => slot.column);
  return (
    <Panel id="variable-tracker" title="Variable tracker">
      <div className="table-scroll tracker-scroll" tabIndex={0} ref={scrollRef}>
        <table className="data-table tracker">
          <caption>Variable tracker</caption>
          <thead>
            <tr>
              <th scope="col">Variable</th>
              {slots.map((slot) => (slot.kind === 'gap'
                ? <GapHeader key={`gap-${slot.from}`} slot={slot} columns={columns} />
                : <th key={slot.column} scope="col" aria-current={slot.column === current ? 'step' : undefined}>{columns[slot.column]}</th>))}
            </tr>
          </thead>
          <tbody>
            {variables.map((variable, row) => (
              <tr key={variable}>
                <th scope="row">{variable}</th>
                {slots.map((slot) => (slot.kind === 'gap'
                  ? <td key={`gap-${slot.from}`} className="gap-column" aria-hidden="true">…</td>
                  : <td key={slot.column} className={slot.column === current ? 'current' : undefined}
                    data-highlighted={pointed?.row === row && pointed.column === slot.column ? 'true' : undefined}>{shows(slot.column) ? trackerCell(trace, variable, slot.column) : ''}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {hidden > 0 ? (
        <p className="muted">
          {formatCount(hidden)} of {formatCount(columns.length)} columns are left out: shown are Start,
          {' '}{columns[shown[1] ?? 0]}–{columns[shown[shown.length - 2] ?? 0]} around the current step, and Final. Step through to move the window.
        </p>
      ) : null}
    </Panel>
  );
}

function GapHeader({ slot, columns }: { readonly slot: Extract<TrackerSlot, { kind: 'gap' }>; readonly columns: readonly string[] }) {
  return (
    <th scope="col" className="gap-column">
      <span aria-hidden="true">…</span>
      <span className="tracker-sr-only">{columns[slot.from]} to {columns[slot.to]} not shown</span>
    </th>
  );
}

/**
 * Scrolls the tracker sideways to centre the current column when the cursor moves it out of view.
 * It measures just after the next frame is painted, when layout is clean, so a step never forces an extra layout.
 */
function useRevealCurrentColumn(scrollRef: React.RefObject<HTMLDivElement | null>, current: number, trace: unknown) {
  useLayoutEffect(() => {
    let timer = 0;
    // measured just after the frame is painted, when layout is clean: in the frame's own callbacks the flow token has
    // usually moved already, and reading offsets there forced a layout of the whole page on every step
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        const box = scrollRef.current;
        const cell = box?.querySelector<HTMLElement>('thead th[aria-current="step"]');
        const stickyWidth = box?.querySelector<HTMLElement>('thead th')?.offsetWidth ?? 0;
        if (!box || !cell) return;
        const left = cell.offsetLeft;
        const right = left + cell.offsetWidth;
        const hidden = left < box.scrollLeft + stickyWidth || right > box.scrollLeft + box.clientWidth;
        // centred, so the columns just before and after the current one are in view too
        if (hidden) box.scrollLeft = Math.max(0, left - stickyWidth - (box.clientWidth - stickyWidth - cell.offsetWidth) / 2);
      }, 0);
    });
    return () => { cancelAnimationFrame(frame); window.clearTimeout(timer); };
  }, [scrollRef, current, trace]);
}
