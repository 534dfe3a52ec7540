import { memo } from 'react';
import { formatNumber } from '../../engine';
import { useLoadField } from './useLoadField';

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

/** One step's load: a slider and a number field; a bad number is explained beside the field and the last good load stays. */
export const LoadStepRow = memo(function LoadStepRow({ index, value, sliderMax, sliderStep, current, canRemove, onChange, onRemove }: LoadStepRowProps) {
  const step = index + 1;
  const errorId = `load-error-${index}`;
  const field = useLoadField(index, value, onChange, errorId);
  return (
    <li className={`load-row${current ? ' current' : ''}${field.error ? ' invalid' : ''}`}>
      <span className="load-step" aria-hidden="true">{step}</span>
      <input
        type="range" className="load-slider" aria-label={`Load at step ${step}`}
        // a load off the slider's grid (12.5 on a step of 1) keeps its exact value: the browser would round it to the grid
        min={0} max={sliderMax} step={Number.isInteger(value / sliderStep) ? sliderStep : 'any'} value={Math.min(value, sliderMax)}
        aria-valuetext={formatNumber(value)}
        onChange={(event) => { field.reset(); onChange(index, Number(event.target.value)); }}
      />
      <input {...field.inputProps} className="load-number" aria-label={`Load at step ${step} (number)`} id={`load-field-${index}`} />
      <button
        type="button" className="load-remove" id={`load-remove-${index}`} aria-label={`Remove step ${step}`} title={`Remove step ${step}`}
        disabled={!canRemove} onClick={() => onRemove(index)}
      ><span aria-hidden="true">×</span></button>
      {field.error ? (
        <p className="field-error" id={errorId}>
          {field.error} Still using {formatNumber(value)}. <span className="hint">(Esc restores it)</span>
        </p>
      ) : null}
    </li>
  );
});
