import { ConfigPanel } from '../features/config-editor/ConfigPanel';
import { LoadPanel } from '../features/load-sliders/LoadPanel';
import { LoadStrip } from '../features/load-sliders/LoadStrip';
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
import { LessonLinks } from './LessonLinks';
import './workspace.css';

/**
 * The Visualize mode: one grid of panels whose areas (workspace.css) follow the screen. The controls come first and
 * stay in reach (sticky); the step's picture (flow, code, table) comes next, with a compact strip of the loads by the
 * table so a change and its effect share a screen; the full inputs last on narrow screens and in a left column on wide ones.
 */
export function Workspace() {
  const stale = useAppStore(selectIsStale);
  return (
    <div className="visualize" data-stale={stale || undefined}>
      <div className="ws-playback"><PlaybackBar /></div>
      <div className="ws-view ws-flow"><FlowDiagram /></div>
      <div className="ws-view ws-code"><CodeView /></div>
      <div className="ws-view ws-table"><LoadStrip /><ExecutionTable /></div>
      <div className="ws-view ws-tracker"><VariableTracker /></div>
      <div className="ws-view ws-chart"><TraceChart /></div>
      <div className="ws-view ws-moments"><KeyMoments /></div>
      <div className="ws-inputs">
        <div className="ws-config"><ConfigPanel /></div>
        <div className="ws-load"><LoadPanel /></div>
      </div>
      <div className="ws-links"><LessonLinks /><AddSlideButton /></div>
    </div>
  );
}
