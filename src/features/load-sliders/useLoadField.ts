/** A load's number field: what the learner types stays while it is wrong (with the message), and the last good load stays in the store. */
import { useState, type ChangeEvent, type InputHTMLAttributes, type KeyboardEvent } from 'react';
import { formatNumber } from '../../engine';
import { parseLoadField } from './loadField';

interface Draft {
  readonly text: string;
  readonly error?: string;
}

export interface LoadField {
  /** spread on the <input type="text"> */
  readonly inputProps: InputHTMLAttributes<HTMLInputElement>;
  /** the message for what was typed, shown at the field (its element takes `errorId`) */
  readonly error: string | undefined;
  /** forgets what was typed (a slider moved the same load) */
  readonly reset: () => void;
}

/**
 * `onChange` stores a valid load and returns the store's message when it refuses; `errorId` is the id of the element
 * that shows `error`, so the field points at it.
 */
export function useLoadField(index: number, value: number, onChange: (index: number, value: number) => string | undefined, errorId: string): LoadField {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    // The load changed: keep the learner's text only when it is what produced the change.
    setShownValue(value);
    if (draft && (draft.error || Number(draft.text) !== value)) setDraft(null);
  }
  const type = (event: ChangeEvent<HTMLInputElement>) => {
    const text = event.target.value;
    const parsed = parseLoadField(text);
    const error = parsed.ok ? onChange(index, parsed.value) : parsed.message;
    setDraft(error ? { text, error } : { text });
  };
  return {
    inputProps: {
      type: 'text', inputMode: 'decimal', autoComplete: 'off', spellCheck: false,
      value: draft ? draft.text : formatNumber(value),
      'aria-invalid': draft?.error ? true : undefined,
      'aria-describedby': draft?.error ? errorId : undefined,
      onChange: type,
      onBlur: () => { if (draft && !draft.error) setDraft(null); },
      onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => { if (event.key === 'Escape' && draft) { event.preventDefault(); setDraft(null); } },
    },
    error: draft?.error,
    reset: () => setDraft(null),
  };
}
