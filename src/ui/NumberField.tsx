/**
 * A number input that keeps what the learner types while it is not valid, says why next to it, and hands a valid
 * number on (the caller validates with the engine and returns the problem, if any). Keyboard and screen-reader plain.
 */
import { useEffect, useId, useState, type ReactNode } from 'react';
import './field.css';

interface NumberFieldProps {
  readonly label: ReactNode;
  readonly value: number;
  /** returns a message when the value is refused */
  readonly onCommit: (value: number) => string | undefined;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number | 'any';
  readonly unit?: string;
  /** extra text under the field (native name, default) */
  readonly note?: ReactNode;
  readonly className?: string;
}

export function NumberField({ label, value, onCommit, min, max, step = 'any', unit, note, className }: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | undefined>();
  useEffect(() => { setText(String(value)); setError(undefined); }, [value]);
  const change = (next: string) => {
    setText(next);
    const number = next.trim() === '' ? Number.NaN : Number(next);
    if (!Number.isFinite(number)) { setError('Enter a number'); return; }
    const problem = number === value ? undefined : onCommit(number);
    setError(problem);
  };
  return (
    <div className={`lab-field ${className ?? ''}`}>
      <label htmlFor={id}>{label}{unit ? <span className="lab-unit"> ({unit})</span> : null}</label>
      <input id={id} type="number" inputMode="decimal" value={text} min={min} max={max} step={step}
        aria-invalid={error ? true : undefined} aria-describedby={error || note ? `${id}-note` : undefined}
        onChange={(event) => change(event.target.value)} />
      {error || note ? (
        <span id={`${id}-note`} className={error ? 'lab-field-error' : 'lab-field-note'}>{error ?? note}</span>
      ) : null}
    </div>
  );
}
