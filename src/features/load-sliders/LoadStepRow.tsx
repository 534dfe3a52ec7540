import { memo, useState } from 'react';
import { formatNumber } from '../../engine';
import { parseLoadField } from './loadField';

interface LoadStepRowProps {
  /** 0-based index into the loads */
  readonly index: number;
  /** requests at this step */
  readonly value: number;
  readonly sliderMax: number;
  readonly sliderStep: number;
  /** the cursor is on this step */
  readonly current: boolean;
  readonly canRemove: boolean;
  /** stores a valid load; returns the store's message when it refuses */
  readonly onChange: (index: number, value: number) => string | undefined;
  readonly onRemove: (index: number) => void;
}

interface Draft {
  readonly text: string;
  readonly error?: string;
}

/** One step's load: a slider and a number field; a bad number is explained beside the field and the last good load stays. */
export const LoadStepRow = memo(function LoadStepRow({ index, value, sliderMax, sliderStep, current, canRemove, onChange, onRemove }: LoadStepRowProps) {
  const step = index + 1;
  const [draft, setDraft] = useState<Draft | null>(null);
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    // The load changed: keep the learner's text only when it is what produced the change.
    setShownValue(value);
    if (draft && (draft.error || Number(draft.text) !== value)) setDraft(null);
  }
  const typeLoad = (text: string) => {
    const parsed = parseLoadField(text);
    const error = parsed.ok ? onChange(index, parsed.value) : parsed.message;
    setDraft(error ? { text, error } : { text });
  };
  const errorId = `load-error-${index}`;
  return (
    <li className={`load-row${current ? ' current' : ''}${draft?.error ? ' invalid' : ''}`}>
      <span className="load-step" aria-hidden="true">{step}</span>
      <input
        type="range" className="load-slider" aria-label={`Load at step ${step}`}
        // a load off the slider's grid (12.5 on a step of 1) keeps its exact value: the browser would round it to the grid
        min={0} max={sliderMax} step={Number.isInteger(value / sliderStep) ? sliderStep : 'any'} value={Math.min(value, sliderMax)}
        aria-valuetext={formatNumber(value)}
        onChange={(event) => { setDraft(null); onChange(index, Number(event.target.value)); }}
      />
      <input
        type="text" inputMode="decimal" className="load-number" aria-label={`Load at step ${step} (number)`}
        id={`load-field-${index}`} autoComplete="off" spellCheck={false}
        value={draft ? draft.text : formatNumber(value)}
        aria-invalid={draft?.error ? true : undefined}
        aria-describedby={draft?.error ? errorId : undefined}
        onChange={(event) => typeLoad(event.target.value)}
        onBlur={() => { if (draft && !draft.error) setDraft(null); }}
        onKeyDown={(event) => { if (event.key === 'Escape' && draft) { event.preventDefault(); setDraft(null); } }}
      />
      <button
        type="button" className="load-remove" id={`load-remove-${index}`} aria-label={`Remove step ${step}`} title={`Remove step ${step}`}
        disabled={!canRemove} onClick={() => onRemove(index)}
      ><span aria-hidden="true">×</span></button>
      {draft?.error ? (
        <p className="field-error" id={errorId}>
          {draft.error} Still using {formatNumber(value)}. <span className="hint">(Esc restores it)</span>
        </p>
      ) : null}
    </li>
  );
});
