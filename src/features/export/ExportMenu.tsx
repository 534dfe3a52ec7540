import { useRef, useState } from 'react';
import { useAppStore } from '../../store/store';
import type { ExportKind } from './exportActions';
import './exportMenu.css';

const CHOICES: Readonly<Record<'table' | 'chart', readonly { readonly kind: ExportKind; readonly label: string }[]>> = {
  table: [{ kind: 'md', label: 'Table as Markdown' }, { kind: 'csv', label: 'Table as CSV' }, { kind: 'json', label: 'Trace as JSON' }],
  chart: [{ kind: 'svg', label: 'Chart as SVG' }, { kind: 'png', label: 'Chart as PNG' }],
};

/** A small Export menu for a panel's header: the table and trace in the CLI's formats, or the chart as a picture. */
export function ExportMenu({ what }: { readonly what: 'table' | 'chart' }) {
  const [problem, setProblem] = useState('');
  const menu = useRef<HTMLDetailsElement>(null);
  const run = async (kind: ExportKind) => {
    const [{ exportTrace }, { renderTrace }] = await Promise.all([import('./exportActions'), import('../../engine/lesson/traceFormat')]);
    const chart = document.querySelector<SVGSVGElement>('#charts .trace-chart-frame svg.recharts-surface');
    const legend = document.querySelector<HTMLElement>('#charts .trace-chart-legend');
    const message = await exportTrace(kind, (format) => renderTrace(useAppStore.getState().trace, format), chart, legend).catch((error: unknown) => (error instanceof Error ? error.message : 'Export failed'));
    setProblem(message ?? '');
    if (!message && menu.current) menu.current.open = false;
  };
  return (
    <details className="export-menu" ref={menu}>
      <summary>Export</summary>
      <div className="export-choices" role="group" aria-label={`Export the ${what}`}>
        {CHOICES[what].map(({ kind, label }) => <button key={kind} type="button" onClick={() => void run(kind)}>{label}</button>)}
        {problem ? <p role="alert" className="field-error">{problem}</p> : null}
      </div>
    </details>
  );
}
