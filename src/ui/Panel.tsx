import type { ReactNode } from 'react';

interface PanelProps {
  /** stable id; the heading gets `${id}-heading` */
  readonly id: string;
  readonly title: string;
  /** controls shown at the right of the heading */
  readonly actions?: ReactNode;
  /** a short line beside the heading, e.g. which rows a slide's table shows */
  readonly note?: ReactNode;
  readonly className?: string;
  readonly children: ReactNode;
}

/** A labelled region with a heading: every panel of the workspace is one. */
export function Panel({ id, title, actions, note, className, children }: PanelProps) {
  return (
    <section id={id} className={`panel ${className ?? ''}`} aria-labelledby={`${id}-heading`}>
      <header className="panel-header">
        <h2 id={`${id}-heading`}>{title}</h2>
        {note ? <p className="panel-note">{note}</p> : null}
        {actions ? <div className="panel-actions">{actions}</div> : null}
      </header>
      <div className="panel-body">{children}</div>
    </section>
  );
}
