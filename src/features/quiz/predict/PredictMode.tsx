import { useState } from 'react';
import { LESSON_SCENARIO, type Scenario } from '../../../quiz';
import { useAppStore, type AppState } from '../../../store/store';
import { FlowDiagram } from '../../flow-diagram/FlowDiagram';
import { CodeView } from '../../code-view/CodeView';
import { VariableTracker } from '../../variable-tracker/VariableTracker';
import { PredictionPanel } from './PredictionPanel';
import { PredictTable } from './PredictTable';
import { ScenarioPicker, type ScenarioSource } from './ScenarioPicker';
import { usePredictSession } from './usePredictSession';
import './predict.css';

function workspaceScenario(state: AppState): Scenario {
  // while the editor holds invalid text the trace comes from the last valid config: predict on that
  return state.configErrors.length > 0 ? { config: state.config, loads: state.loads } : { config: state.config, loads: state.loads, configText: state.configText };
}

function isLessonScenario({ config, loads }: Scenario): boolean {
  return JSON.stringify(config) === JSON.stringify(LESSON_SCENARIO.config) && JSON.stringify(loads) === JSON.stringify(LESSON_SCENARIO.loads);
}

/** Predict mode (#/predict): the workspace with the next row hidden until the learner commits a prediction. */
export function PredictMode() {
  const [arrival] = useState(() => workspaceScenario(useAppStore.getState()));
  const initialSource: ScenarioSource = isLessonScenario(arrival) ? 'lesson' : 'workspace';
  const api = usePredictSession();
  return (
    <div className="workspace predict-mode">
      <div className="workspace-inputs">
        <PredictionPanel api={api} />
        <ScenarioPicker workspace={arrival} initialSource={initialSource} />
      </div>
      <div className="workspace-views">
        <PredictTable session={api.session} cursor={api.cursor} onChooseStep={api.goTo} />
        <div className="views-row">
          <FlowDiagram />
          <CodeView />
        </div>
        <VariableTracker />
      </div>
    </div>
  );
}
