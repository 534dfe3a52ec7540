import { useEffect, useState } from 'react';
import { LESSON_SCENARIO, type Scenario } from '../../../quiz';
import { useAppStore } from '../../../store/store';
import { FlowDiagram } from '../../flow-diagram/FlowDiagram';
import { CodeView } from '../../code-view/CodeView';
import { VariableTracker } from '../../variable-tracker/VariableTracker';
import { PredictionPanel } from './PredictionPanel';
import { PredictTable } from './PredictTable';
import { ScenarioPicker, type ScenarioSource } from './ScenarioPicker';
import { usePredictSession } from './usePredictSession';
import { useKeepWorkspace } from '../workspaceKeeper';
import { selectWorkspaceScenario } from '../../../store/selectors';
import './predict.css';

const sameScenario = (a: Pick<Scenario, 'config' | 'loads'>, b: Pick<Scenario, 'config' | 'loads'>) =>
  JSON.stringify(a.config) === JSON.stringify(b.config) && JSON.stringify(a.loads) === JSON.stringify(b.loads);

const isLessonScenario = (scenario: Scenario) => sameScenario(scenario, LESSON_SCENARIO);

/** Predict mode (#/predict): the workspace with the next row hidden until the learner commits a prediction. */
export function PredictMode() {
  useKeepWorkspace();
  // while the editor holds invalid text the trace comes from the last valid config: predict on that
  const [arrival] = useState(() => selectWorkspaceScenario(useAppStore.getState()));
  const initialSource: ScenarioSource = isLessonScenario(arrival) ? 'lesson' : 'workspace';
  // coming from another quiz mode, its last question is on screen: predict on the workspace's scenario instead
  useEffect(() => {
    if (!sameScenario(useAppStore.getState(), arrival)) useAppStore.getState().loadScenario({ ...arrival, cursor: 0 });
  }, [arrival]);
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
