import { useState } from 'react';
import { useAppStore } from '../../store/store';
import type { ExportKind } from './exportActions';

const CHOICES: Readonly<Record<'table' | 'chart', readonly { readonly kind: ExportKind; readonly label: string }[]>> = {
  table: [{ kind: 'md', label: 'Table as Markdown' }, { kind: 'csv', label: 'Table as CSV' }, { kind: 'json', label: 'Trace as JSON' }],
  chart: [{ kind: 'svg', label: 'Chart as SVG' }, { kind: 'png', label: 'Chart as PNG' }],
};

interface ExportChoicesProps {
  readonly what: 'table' | 'chart';
  /** called after a file was made, to close the menu */
  readonly onDone: () => void;
}

/** The Export menu's choices (ExportMenu loads them when it is opened); the formats' code loads when one is pressed. */
export default function ExportChoices({ what, onDone }: ExportChoicesProps) {
  const [problem, setProblem] = useState('');
  const run = async (kind: ExportKind) => {
    const [{ exportTrace }, { renderTrace }] = await Promise.all([import('./exportActions'), import('../../engine/lesson/traceFormat')]);
    const chart = document.querySelector<SVGSVGElement>('#charts .trace-chart-frame svg.recharts-surface');
    const legend = document.querySelector<HTMLElement>('#charts .trace-chart-legend');
    const message = await exportTrace(kind, (format) => renderTrace(useAppStore.getState().trace, format), chart, legend).catch((error: unknown) => (error instanceof Error ? error.message : 'Export failed'));
    setProblem(message ?? '');
    if (!message) onDone();
  };
  return (
    <div className="export-choices" role="group" aria-label={`Export the ${what}`}>
      {CHOICES[what].map(({ kind, label }) => <button key={kind} type="button" onClick={() => void run(kind)}>{label}</button>)}
      {problem ? <p role="alert" className="field-error">{problem}</p> : null}
    </div>
  );
}
