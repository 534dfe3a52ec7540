import { memo, useCallback, type CSSProperties } from 'react';
import { formatCount, formatNumber } from '../../engine';
import { useAppStore } from '../../store/store';
import { pageOfCursor } from './loadField';
import { useLoadField } from './useLoadField';

/** Steps the strip shows at once: the ten around the cursor. */
export const STRIP_SIZE = 10;

/**
 * The loads as a compact strip by the execution table, so a learner who changes a load sees the table, the flow and
 * the code respond on the same screen. Changing a step the cursor has not reached yet moves the cursor to it, so its
 * row and its decision show. The Load panel (sliders, presets, the list) stays where it is, one link away.
 */
export function LoadStrip() {
  const loads = useAppStore((state) => state.loads);
  const cursor = useAppStore((state) => state.cursor);
  const first = pageOfCursor(cursor, STRIP_SIZE) * STRIP_SIZE;
  const shown = loads.slice(first, first + STRIP_SIZE);
  const change = useCallback((index: number, value: number) => {
    const { setLoadAt, setCursor } = useAppStore.getState();
    const problem = setLoadAt(index, value);
    if (!problem && useAppStore.getState().cursor < index + 1) setCursor(index + 1);
    return problem?.message;
  }, []);
  const toPanel = () => {
    const panel = document.getElementById('load-sliders');
    panel?.scrollIntoView({ block: 'start' });
    panel?.querySelector<HTMLElement>('.load-row.current input, .load-row input')?.focus({ preventScroll: true });
  };
  const range = loads.length > STRIP_SIZE ? `, steps ${formatCount(first + 1)}–${formatCount(first + shown.length)} of ${formatCount(loads.length)}` : '';
  return (
    // a group of fields, not a landmark: the Load panel is the page's region for loads
    <div className="load-strip" role="group" aria-labelledby="load-strip-heading">
      <h2 id="load-strip-heading" className="load-strip-title">Load per step<span className="muted">{range}</span></h2>
      <ol className="load-strip-cells" aria-label="Loads by the table">
        {shown.map((value, offset) => (
          <StripCell key={first + offset} index={first + offset} value={value} current={cursor === first + offset + 1} onChange={change} />
        ))}
      </ol>
      <button type="button" className="link-button load-strip-more" onClick={toPanel}>Sliders and presets</button>
    </div>
  );
}

interface StripCellProps {
  readonly index: number;
  readonly value: number;
  readonly current: boolean;
  readonly onChange: (index: number, value: number) => string | undefined;
}

const StripCell = memo(function StripCell({ index, value, current, onChange }: StripCellProps) {
  const step = index + 1;
  const errorId = `load-strip-error-${index}`;
  const field = useLoadField(index, value, onChange, errorId);
  return (
    <li className={`load-strip-cell${current ? ' current' : ''}`}>
      <label>
        <span className="load-strip-step" aria-hidden="true">{formatCount(step)}</span>
        <input {...field.inputProps} className="load-strip-number" aria-label={`Load, step ${step}`}
          aria-current={current ? 'step' : undefined} style={{ '--chars': String(field.inputProps.value ?? '').length } as CSSProperties} />
      </label>
      {field.error ? <p className="field-error" id={errorId}>{field.error} Still using {formatNumber(value)}.</p> : null}
    </li>
  );
});
