import { formatCount } from '../../engine/format';
import { useId, useState, type FormEvent } from 'react';
import type { ValidationError } from '../../engine';
import { parseLoadsText } from '../../engine/lesson/loadsText';
import { MAX_UI_STEPS } from '../../store/scenarioSlice';
import { useAppStore } from '../../store/store';
import { formatLoadsText } from './loadField';

/** The list editor's form: every load as text, applied at once or not at all (LoadListEditor loads it when opened). */
export default function LoadListForm() {
  const loads = useAppStore((state) => state.loads);
  const setLoads = useAppStore((state) => state.setLoads);
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [errors, setErrors] = useState<readonly ValidationError[]>([]);
  const [applied, setApplied] = useState('');
  const text = draft ?? formatLoadsText(loads);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseLoadsText(text);
    const problems = parsed.ok ? [setLoads(parsed.value)].filter((e): e is ValidationError => e !== undefined) : parsed.errors;
    setErrors(problems);
    if (problems.length === 0 && parsed.ok) {
      setDraft(null);
      setApplied(`Applied ${formatCount(parsed.value.length)} loads.`);
    } else {
      setApplied('');
    }
  };
  const errorsId = `${id}-errors`;
  return (
    <form className="load-list-form" onSubmit={apply} noValidate>
      <label htmlFor={`${id}-text`}>Loads, comma-separated or one a line (up to {formatCount(MAX_UI_STEPS)})</label>
      <textarea id={`${id}-text`} rows={4} spellCheck={false} value={text}
        aria-invalid={errors.length > 0 ? true : undefined} aria-describedby={errors.length > 0 ? errorsId : undefined}
        onChange={(event) => { setDraft(event.target.value); setApplied(''); }} />
      <div className="load-list-actions">
        <button type="submit">Apply list</button>
        <button type="button" disabled={draft === null} onClick={() => { setDraft(null); setErrors([]); }}>Revert</button>
        <span role="status" className="muted">{applied}</span>
      </div>
      {errors.length > 0 ? (
        <div className="field-error" id={errorsId}>
          <p>The list was not applied; the current loads are kept.</p>
          <ul>{errors.map((error, i) => <li key={i}>{error.message} <span className="hint">({error.hint})</span></li>)}</ul>
        </div>
      ) : null}
    </form>
  );
}
