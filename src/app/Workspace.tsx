import { ConfigPanel } from '../features/config-editor/ConfigPanel';
import { LoadPanel } from '../features/load-sliders/LoadPanel';
import { PlaybackBar } from '../features/playback/PlaybackBar';
import { FlowDiagram } from '../features/flow-diagram/FlowDiagram';
import { ExecutionTable } from '../features/execution-table/ExecutionTable';
import { VariableTracker } from '../features/variable-tracker/VariableTracker';
import { CodeView } from '../features/code-view/CodeView';
import { TraceChart } from '../features/charts/TraceChart';
import { KeyMoments } from '../features/key-moments/KeyMoments';
import { AddSlideButton } from '../features/present/AddSlideButton';
import { useAppStore } from '../store/store';
import { selectIsStale } from '../store/selectors';

/** The Visualize mode: inputs on the left, every projection of the trace on the right. */
export function Workspace() {
  const stale = useAppStore(selectIsStale);
  return (
    <div className="workspace">
      <div className="workspace-inputs">
        <ConfigPanel />
        <LoadPanel />
      </div>
      <div className="workspace-views" data-stale={stale || undefined}>
        <PlaybackBar />
        <AddSlideButton />
        <div className="views-row">
          <FlowDiagram />
          <CodeView />
        </div>
        <ExecutionTable />
        <VariableTracker />
        <div className="views-row">
          <TraceChart />
          <KeyMoments />
        </div>
      </div>
    </div>
  );
}
