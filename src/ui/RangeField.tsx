import { useId } from 'react';
import './courseViews.css';

interface RangeFieldProps {
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly step?: number;
  /** the value in words beside the slider, e.g. "3 instances" */
  readonly valueText: string;
  readonly onChange: (value: number) => void;
  /** one line under the slider */
  readonly help?: string;
}

/** A labelled slider that says its value in words (for the eye and for a screen reader). */
export function RangeField({ label, value, min, max, step = 1, valueText, onChange, help }: RangeFieldProps) {
  const id = useId();
  return (
    <div className="range-field">
      <label htmlFor={id}>{label}</label>
      <div className="range-field-row">
        <input id={id} type="range" min={min} max={max} step={step} value={value} aria-valuetext={valueText}
          aria-describedby={help ? `${id}-help` : undefined} onChange={(event) => onChange(Number(event.target.value))} />
        <output htmlFor={id}>{valueText}</output>
      </div>
      {help ? <p id={`${id}-help`} className="range-field-help">{help}</p> : null}
    </div>
  );
}
