import { useCallback, useEffect, useState, type CSSProperties } from 'react';
import { Panel } from '../../ui/Panel';
import { formatCount } from '../../engine';
import { MAX_UI_STEPS } from '../../store/scenarioSlice';
import { useAppStore } from '../../store/store';
import { LoadListEditor } from './LoadListEditor';
import { LoadStepRow } from './LoadStepRow';
import { PAGE_SIZE, pageCount, pageOfCursor, rowTextWidths, sliderMaxFor, sliderStepFor } from './loadField';
import { PresetForm } from './PresetForm';
import './load-sliders.css';

/** The load at each step: sliders with number fields (a page at a time for long runs), presets and a list editor. */
export function LoadPanel() {
  const loads = useAppStore((state) => state.loads);
  const config = useAppStore((state) => state.config);
  const cursor = useAppStore((state) => state.cursor);
  const setLoadAt = useAppStore((state) => state.setLoadAt);
  const addStep = useAppStore((state) => state.addStep);
  const removeStep = useAppStore((state) => state.removeStep);

  // While a slider is held (dragged, or moved by keys until it loses focus) its range stays put, so neither its thumb
  // nor any other jumps; the range grows to fit when the learner lets go.
  const liveMax = sliderMaxFor(loads, config);
  const [held, setHeld] = useState<{ readonly max: number; readonly by: 'pointer' | 'keys' } | null>(null);
  const heldMax = held?.max ?? null;
  useEffect(() => {
    if (held?.by !== 'pointer') return undefined;
    const release = () => setHeld(null);
    window.addEventListener('pointerup', release);
    window.addEventListener('pointercancel', release);
    return () => { window.removeEventListener('pointerup', release); window.removeEventListener('pointercancel', release); };
  }, [held?.by]);
  const isSlider = (target: EventTarget) => target instanceof HTMLInputElement && target.type === 'range';
  const sliderMax = heldMax ?? liveMax;

  // The page follows the cursor until the learner turns pages.
  const pages = pageCount(loads.length);
  const [browsed, setBrowsed] = useState<{ page: number; cursor: number } | null>(null);
  const page = Math.min(browsed && browsed.cursor === cursor ? browsed.page : pageOfCursor(cursor), pages - 1);
  const turnTo = (next: number) => setBrowsed({ page: Math.max(next, 0), cursor });
  const first = page * PAGE_SIZE;
  const shown = loads.slice(first, first + PAGE_SIZE);
  const widths = rowTextWidths(first + 1, shown);
  const columnWidths = { '--step-chars': widths.stepChars, '--load-chars': widths.loadChars } as CSSProperties;

  const change = useCallback((index: number, value: number) => setLoadAt(index, value)?.message, [setLoadAt]);
  const remove = useCallback((index: number) => {
    const wasLast = index === useAppStore.getState().loads.length - 1;
    removeStep(index);
    if (wasLast) requestAnimationFrame(() => document.getElementById(`load-remove-${index - 1}`)?.focus());
  }, [removeStep]);

  const largest = loads.reduce((a, b) => Math.max(a, b), 0);
  return (
    <Panel id="load-sliders" title="Load" actions={
      <span className="muted load-summary">{formatCount(loads.length)} {loads.length === 1 ? 'step' : 'steps'}, peak {formatCount(largest)}</span>
    }>
      <PresetForm />
      <p className="load-scale muted">Requests per step; sliders run from 0 to {formatCount(sliderMax)}{heldMax === null ? '' : ' until you let go'}.</p>
      <ol className="load-rows" start={first + 1} aria-label={`Loads, steps ${first + 1} to ${first + shown.length}`} style={columnWidths}
        onPointerDownCapture={() => setHeld({ max: heldMax ?? liveMax, by: 'pointer' })}
        onKeyDownCapture={(event) => { if (isSlider(event.target) && !held) setHeld({ max: liveMax, by: 'keys' }); }}
        onBlurCapture={(event) => { if (held?.by === 'keys' && isSlider(event.target)) setHeld(null); }}>
        {shown.map((value, offset) => {
          const index = first + offset;
          return (
            <LoadStepRow key={index} index={index} value={value} sliderMax={sliderMax} sliderStep={sliderStepFor(sliderMax)}
              current={cursor === index + 1} canRemove={loads.length > 1} onChange={change} onRemove={remove} />
          );
        })}
      </ol>
      {pages > 1 ? (
        <nav className="load-pager" aria-label="Load pages">
          <button type="button" onClick={() => turnTo(page - 1)} disabled={page === 0}>Previous page</button>
          <span>Steps {formatCount(first + 1)}–{formatCount(first + shown.length)} of {formatCount(loads.length)}</span>
          <button type="button" onClick={() => turnTo(Math.min(page + 1, pages - 1))} disabled={page >= pages - 1}>Next page</button>
        </nav>
      ) : null}
      <div className="load-actions">
        <button type="button" onClick={() => { addStep(); turnTo(Number.MAX_SAFE_INTEGER); }} disabled={loads.length >= MAX_UI_STEPS}>Add step</button>
        {loads.length >= MAX_UI_STEPS ? <span className="muted">The browser holds at most {formatCount(MAX_UI_STEPS)} steps.</span> : null}
      </div>
      <LoadListEditor />
    </Panel>
  );
}
