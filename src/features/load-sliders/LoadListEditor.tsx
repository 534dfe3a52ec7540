import { lazy, Suspense, useState } from 'react';

/** The form loads the first time the list is opened (or pointed at): the first screen does not carry it. */
const importLoadListForm = () => import('./LoadListForm');
const LoadListForm = lazy(importLoadListForm);

/** Edit every load at once as text (commas, spaces or one a line): the way to paste or tweak long sequences. */
export function LoadListEditor() {
  const [open, setOpen] = useState(false);
  const prefetch = () => { void importLoadListForm(); };
  return (
    <details className="load-list-editor" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary onPointerEnter={prefetch} onFocus={prefetch}>Edit as list</summary>
      {open ? <Suspense fallback={<p className="load-list-loading muted" role="status">Loading the list…</p>}><LoadListForm /></Suspense> : null}
    </details>
  );
}
