import { lazy, Suspense, useRef, useState } from 'react';
import './helpButton.css';

const HelpDialogBody = lazy(() => import('./HelpDialogBody'));

/** In-app help: what each mode is for, the keyboard shortcuts, sharing and where progress is kept. The dialog's text
 * loads the first time Help is pressed; the button keeps focus for its return. */
export function HelpDialog() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button type="button" ref={button} className="help-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>Help</button>
      {open ? (
        <Suspense fallback={null}>
          <HelpDialogBody onClose={() => { setOpen(false); button.current?.focus(); }} />
        </Suspense>
      ) : null}
    </>
  );
}
