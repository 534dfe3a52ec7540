/** One store made of slices. Inputs live here; everything else comes from selectors. */
import { create, type StateCreator } from 'zustand';
import { persist } from 'zustand/middleware';
import { createProgressSlice } from './progressSlice';
import { createProgressStorage, PROGRESS_KEY, PROGRESS_VERSION, type PersistedProgress, type StorageProblem } from './progressStorage';
import { createPlaybackSlice } from './playbackSlice';
import { createScenarioSlice } from './scenarioSlice';
import { createRunsSlice } from './runsSlice';
import { createUiSlice } from './uiSlice';
import { createWorkspaceSlice } from './workspaceSlice';
import { createLabSlice } from './labSlice';
import { createPresentSlice } from './presentSlice';
import { saveLab } from './labStorage';
import type { AppState } from './types';
import { decodeSharedText, type SharedState } from './urlState';
import { parseConfigText } from '../engine';

export type { AppState } from './types';

const allSlices: StateCreator<AppState> = (...args) => ({
  ...createScenarioSlice(...args),
  ...createPlaybackSlice(...args),
  ...createUiSlice(...args),
  ...createProgressSlice(...args),
  ...createLabSlice(...args),
  ...createPresentSlice(...args),
  ...createRunsSlice(...args),
  ...createWorkspaceSlice(...args),
});

/** The store with the progress, runs in progress and kept workspace persisted (versioned); storage problems become a notice, never a crash. */
export const createAppStore = (backing?: () => Storage | undefined) => {
  const pending: StorageProblem[] = [];
  let reportProblem = (problem: StorageProblem) => { pending.push(problem); };
  const store = create<AppState>()(persist(allSlices as StateCreator<AppState, [['zustand/persist', unknown]]>, {
    name: PROGRESS_KEY,
    version: PROGRESS_VERSION,
    storage: createProgressStorage((problem) => reportProblem(problem), backing),
    partialize: (state): PersistedProgress => ({ progress: state.progress, runs: state.runs, keptWorkspace: state.keptWorkspace }),
  }));
  reportProblem = (problem) => {
    if (store.getState().notice?.title !== problem.message) store.getState().showNotice({ title: problem.message, details: [] });
  };
  pending.forEach(reportProblem);
  // the Lab's setup is kept on the device beside the progress (its own key: it is read and checked by the Lab's chunk)
  store.subscribe((state, previous) => {
    if (state.lab === previous.lab || state.lab === null) return;
    const problem = saveLab(state.lab, backing);
    if (problem !== null && state.notice?.title !== problem) state.showNotice({ title: problem, details: [] });
  });
  return store;
};

export const useAppStore = createAppStore();
export type AppStore = typeof useAppStore;

const BROKEN_CONFIG_TITLE = 'This link\'s config needs fixing: its text is in the editor, with what is wrong. The views show the last valid config until then.';
const BROKEN_LINK_TITLE = 'This link could not be opened, so the lesson\'s example is shown instead.';

/**
 * Opens a shared scenario. A link that does not decode, or whose loads are invalid, opens the lesson's example and says why (also when
 * pasted over another scenario mid-session, so the message stays true); a link with a broken config opens that config in
 * the editor with its problems; a good link clears an earlier link's message.
 */
export function openSharedScenario(store: AppStore, encoded: string): boolean {
  const decoded = decodeSharedText(encoded);
  if (!decoded.ok) {
    store.getState().resetToLesson();
    store.getState().showNotice({ title: BROKEN_LINK_TITLE, details: decoded.errors });
    return false;
  }
  loadShared(store, decoded.value);
  const title = store.getState().notice?.title;
  if (title === BROKEN_LINK_TITLE || (title === BROKEN_CONFIG_TITLE && store.getState().configErrors.length === 0)) store.getState().dismissNotice();
  return true;
}

function loadShared(store: AppStore, shared: SharedState): void {
  const parsed = parseConfigText(shared.configText);
  if (parsed.ok) {
    store.getState().loadScenario({ config: parsed.value, loads: shared.loads, configText: shared.configText, cursor: shared.cursor });
    return;
  }
  // a broken config, shared to be fixed: its text goes in the editor with its problems; the views keep the last good config
  const { config, configText } = store.getState();
  store.getState().loadScenario({ config, loads: shared.loads, configText, cursor: shared.cursor });
  store.getState().setConfigText(shared.configText);
  store.getState().showNotice({ title: BROKEN_CONFIG_TITLE, details: parsed.errors });
}
