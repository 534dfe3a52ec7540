import { lazy, Suspense, useRef, useState } from 'react';
import './exportMenu.css';

/** The choices load the first time a menu is opened (or pointed at): the first screen does not carry them. */
const importExportChoices = () => import('./ExportChoices');
const ExportChoices = lazy(importExportChoices);

/** A small Export menu for a panel's header: the table and trace in the CLI's formats, or the chart as a picture. */
export function ExportMenu({ what }: { readonly what: 'table' | 'chart' }) {
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLDetailsElement>(null);
  const prefetch = () => { void importExportChoices(); };
  const close = () => { if (menu.current) menu.current.open = false; };
  return (
    <details className="export-menu" ref={menu} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary onPointerEnter={prefetch} onFocus={prefetch}>Export</summary>
      {open ? (
        <Suspense fallback={<div className="export-choices"><p className="muted" role="status">Loading…</p></div>}>
          <ExportChoices what={what} onDone={close} />
        </Suspense>
      ) : null}
    </details>
  );
}
