/** Runs in progress (a test half answered, Predict's predictions, a quiz's position), kept so they resume after a reload. */
import type { StateCreator } from 'zustand';
import type { AppState, Runs, RunsSlice } from './types';

export type { PredictRun, QuestionRun, QuestionRunMode, Runs, RunsSlice, TestRun } from './types';

export const emptyRuns = (): Runs => ({ test: null, setAsideTest: null, predict: null, quiz: null, practice: null });

export const createRunsSlice: StateCreator<AppState, [], [], RunsSlice> = (set) => ({
  runs: emptyRuns(),
  saveRun: (kind, run) => set((state) => ({ runs: { ...state.runs, [kind]: run } })),
});
