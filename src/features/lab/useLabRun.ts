/**
 * Keeps the Lab's traces in step with its inputs: a short pause after the last edit, then a run in the worker, its
 * progress in the store, and its traces in the store when it ends. A newer edit replaces a run still going.
 */
import { useEffect } from 'react';
import { useAppStore } from '../../store/store';
import type { LabInputs } from '../../store/labLink';
import { checkTimeRun, type TimeRunInput } from './labEngine';
import { cancelLabRun, runInWorker, RunCancelled } from './labRunner';
import { labRunInput, traceOf } from './llm/runInput';

/** The engine's input for some Lab inputs: a scenario is shaped to the run's length; the replica model and cold start come with it. */
export function runInputOf(inputs: LabInputs): TimeRunInput {
  return labRunInput(inputs);
}

const SETTLE_MS = 250;

export function useLabRun(): void {
  const lab = useAppStore((state) => state.lab);
  useEffect(() => {
    if (!lab) return undefined;
    const store = useAppStore.getState();
    if (store.labRun.inputs === lab && store.labRun.status === 'done') return undefined;
    let live = true;
    const timer = window.setTimeout(() => {
      const input = runInputOf(lab);
      const checked = checkTimeRun(input);
      if (!checked.ok) {
        store.labRunFailed(checked.errors.map((e) => `${e.path}: ${e.message} (${e.hint})`).join('; '));
        return;
      }
      store.labRunStarted();
      runInWorker(checked.value, traceOf(lab), (done) => { if (live) useAppStore.getState().labRunProgress(done); })
        .then((traces) => { if (live) useAppStore.getState().labRunDone(lab, traces); })
        .catch((error: unknown) => {
          if (!live || error instanceof RunCancelled) return;
          useAppStore.getState().labRunFailed(error instanceof Error ? error.message : String(error));
        });
    }, SETTLE_MS);
    return () => { live = false; window.clearTimeout(timer); };
  }, [lab]);
  useEffect(() => () => cancelLabRun(), []);
}
