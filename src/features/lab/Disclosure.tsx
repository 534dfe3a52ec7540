/** A <details> whose body is made only while it is open (so a closed "Config as text" never loads Monaco). */
import { useState, type ReactNode } from 'react';

export function Disclosure({ summary, className, children }: { readonly summary: ReactNode; readonly className?: string; readonly children: () => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className={className} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open ? children() : null}
    </details>
  );
}
