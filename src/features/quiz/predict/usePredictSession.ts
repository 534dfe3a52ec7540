import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { questionRecipe, type PredictStepQuestion, type StepPrediction } from '../../../quiz';
import { selectPredictRun } from '../../../store/selectors';
import { useAppStore } from '../../../store/store';
import {
  isFinished, predictQuestionAt, predictReducer, predictRunOf, predictionResult, resumePredict, type PredictSession,
} from './predictSession';

/** The run kept on the device for the store's scenario, or a fresh session. */
const openPredict = () => {
  const state = useAppStore.getState();
  return resumePredict(selectPredictRun(state), { config: state.config, loads: state.loads });
};

export interface PredictSessionApi {
  readonly session: PredictSession;
  /** the step the workspace shows (0 = Start); never past the revealed steps */
  readonly cursor: number;
  /** the engine's question for the hidden row, while one is left */
  readonly question: PredictStepQuestion | undefined;
  /** true once the learner has done something, so focus may follow the flow */
  readonly interacted: boolean;
  commit: (prediction: StepPrediction) => void;
  revealWithoutPredicting: () => void;
  /** moves the workspace among the revealed steps */
  goTo: (step: number) => void;
  restart: () => void;
}

/**
 * Predict mode over the store's scenario: the workspace shows the revealed steps only; each commit is graded by the
 * engine, reveals the row and is recorded in progress. The session is kept on the device as it goes, so a mode switch
 * or a reload resumes it; a new scenario in the store starts a new session (or resumes the one kept for it).
 */
export function usePredictSession(): PredictSessionApi {
  const trace = useAppStore((state) => state.trace);
  const steps = trace.length;
  const config = useAppStore((state) => state.config);
  const loads = useAppStore((state) => state.loads);
  const storeCursor = useAppStore((state) => state.cursor);
  const setCursor = useAppStore((state) => state.setCursor);
  const recordAnswer = useAppStore((state) => state.recordAnswer);
  const [session, dispatch] = useReducer(predictReducer, undefined, openPredict);
  const saveRun = useAppStore((state) => state.saveRun);
  const [interacted, setInteracted] = useState(false);
  const [sessionTrace, setSessionTrace] = useState(trace);
  if (sessionTrace !== trace) {
    // a new scenario (picked here, or opened from a link) starts again from step 1, unless a run on it is kept
    setSessionTrace(trace);
    dispatch({ type: 'open', session: resumePredict(selectPredictRun(useAppStore.getState()), { config, loads }) });
  }
  const next = session.revealed + 1;
  const question = useMemo(
    () => (isFinished(session) ? undefined : predictQuestionAt({ config, loads }, next)),
    [config, loads, next, session],
  );
  const cursor = Math.min(storeCursor, session.revealed);

  useEffect(() => {
    useAppStore.getState().setHighlight(null);
    useAppStore.getState().pause();
  }, []);
  // a session opened on a scenario (a kept one resumed, or a fresh one) starts at its latest step, ready to predict
  useEffect(() => { setCursor(session.revealed); }, [sessionTrace]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    const run = predictRunOf(session, { config, loads });
    // a session with nothing revealed yet never replaces the run kept for another scenario
    if (session.revealed === 0 && selectPredictRun(useAppStore.getState())?.scenario !== run.scenario) return;
    saveRun('predict', run);
  }, [session, config, loads, saveRun]);
  // Nothing else may move the workspace onto a row that is still hidden.
  useEffect(() => { if (storeCursor > session.revealed) setCursor(session.revealed); }, [storeCursor, session.revealed, setCursor]);

  const settle = useCallback((target: PredictStepQuestion, prediction?: StepPrediction) => {
    const result = predictionResult(target, prediction);
    setInteracted(true);
    dispatch({ type: 'result', result });
    setCursor(result.step);
    recordAnswer('predict', { id: target.id, prompt: target.prompt, recipe: questionRecipe(target) }, result.outcome === 'right');
  }, [recordAnswer, setCursor]);

  return {
    session,
    cursor,
    question,
    interacted,
    commit: (prediction) => { if (question) settle(question, prediction); },
    revealWithoutPredicting: () => { if (question) settle(question); },
    goTo: (step) => { setInteracted(true); setCursor(Math.min(Math.max(step, 0), session.revealed)); },
    restart: () => { setInteracted(true); dispatch({ type: 'restart', steps }); setCursor(0); },
  };
}
