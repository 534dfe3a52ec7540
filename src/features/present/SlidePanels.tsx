import type { ComponentType } from 'react';
import type { SlidePanel } from '../../content/deck';
import { FlowDiagram } from '../flow-diagram/FlowDiagram';
import { ExecutionTable } from '../execution-table/ExecutionTable';
import { VariableTracker } from '../variable-tracker/VariableTracker';
import { CodeView } from '../code-view/CodeView';
import { TraceChart } from '../charts/TraceChart';

const VIEWS: Readonly<Record<SlidePanel, ComponentType>> = {
  flow: FlowDiagram,
  table: ExecutionTable,
  tracker: VariableTracker,
  code: CodeView,
  chart: TraceChart,
};

/** The workspace's own views, live on the store: stepping the slide moves them. */
export function SlidePanels({ panels }: { readonly panels: readonly SlidePanel[] }) {
  return (
    // wide views (the tables) go one under the other; narrow ones (flow, code, chart) beside them
    <div className="slide-panels" data-count={panels.length} data-direction={panels.every((panel) => panel === 'table' || panel === 'tracker') ? 'column' : 'row'}>
      {panels.map((panel) => {
        const View = VIEWS[panel];
        return <div key={panel} className={`slide-panel slide-panel-${panel}`}><View /></div>;
      })}
    </div>
  );
}
