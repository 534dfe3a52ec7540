import type { ComponentType } from 'react';
import type { SlidePanel } from '../../content/deck';
import { FlowDiagram } from '../flow-diagram/FlowDiagram';
import { WIDE } from '../flow-diagram/flowWide';
import { ExecutionTable } from '../execution-table/ExecutionTable';
import { VariableTracker } from '../variable-tracker/VariableTracker';
import { CodeView } from '../code-view/CodeView';
import { TraceChart } from '../charts/TraceChart';
import type { ViewLimits } from './useFitSlide';

/** what the views leave out so that the slide fits the screen */
type ViewProps = { readonly limits: ViewLimits };

/** On a slide the flow is laid out wide: a projector has width to spare, not height. */
const WideFlow = () => <FlowDiagram arrangement={WIDE} />;
const FittedTable = ({ limits }: ViewProps) => <ExecutionTable rowLimit={limits.rowLimit} />;
const FittedTracker = ({ limits }: ViewProps) => <VariableTracker radius={limits.trackerRadius} />;

const VIEWS: Readonly<Record<SlidePanel, ComponentType<ViewProps>>> = {
  flow: WideFlow,
  table: FittedTable,
  tracker: FittedTracker,
  code: CodeView,
  chart: TraceChart,
};

/** Views as wide as the slide: they go under its text, one under the other. */
export const isWide = (panel: SlidePanel) => panel === 'table' || panel === 'tracker' || panel === 'flow';

/** The workspace's own views, live on the store: stepping the slide moves them. */
export function SlidePanels({ panels, limits }: { readonly panels: readonly SlidePanel[] } & ViewProps) {
  return (
    // wide views (the tables, the flow) go one under the other; narrow ones (code, chart) beside them
    <div className="slide-panels" data-count={panels.length} data-direction={panels.every(isWide) ? 'column' : 'row'}>
      {panels.map((panel) => {
        const View = VIEWS[panel];
        return <div key={panel} className={`slide-panel slide-panel-${panel}`}><View limits={limits} /></div>;
      })}
    </div>
  );
}
