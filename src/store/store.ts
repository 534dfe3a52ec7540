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
import { borrowsWorkspace, LINK_OPENED_TITLE } from './workspaceSlice';
import { decodeSharedText, SHARED_VERSION, type SharedState } from './urlState';
import { formatCount } from '../engine/format';
import { parseConfigText, type ValidationError } from '../engine';

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
const NEWER_LINK_TITLE = 'This link was made by a newer version of Autoscale Lab: what this version understands of it is open.';
const BROKEN_LINK_KEPT_TITLE = 'This link could not be opened, so your own scenario is shown instead.';

/**
 * Opens a shared scenario. A link that does not decode, or whose loads are invalid, opens the lesson's example (or, leaving
 * a quiz mode, the learner's own kept scenario) and says why (also when pasted over another scenario mid-session, so the
 * message stays true); a link with a broken config opens that config in the editor with its problems; a good link clears
 * an earlier link's message. The kept workspace learns that a link, not a quiz, replaced the scenario (linkOpened).
 */
export function openSharedScenario(store: AppStore, encoded: string): boolean {
  // a link into a quiz mode: the learner's own scenario is kept before the link's replaces it, to come back on leaving
  if (borrowsWorkspace(store.getState().mode)) store.getState().keepWorkspace();
  const decoded = decodeSharedText(encoded);
  if (!decoded.ok) {
    const { keptWorkspace, mode } = store.getState();
    const ownShown = keptWorkspace !== null && !borrowsWorkspace(mode);
    if (ownShown) store.getState().restoreWorkspace();
    else store.getState().resetToLesson();
    store.getState().showNotice({ title: ownShown ? BROKEN_LINK_KEPT_TITLE : BROKEN_LINK_TITLE, details: decoded.errors });
    return false;
  }
  const configProblems = loadShared(store, decoded.value);
  store.getState().linkOpened();
  const { notice } = store.getState();
  if (configProblems) {
    // one notice: the config's problems, with the way back to the learner's own scenario when one was kept
    const action = notice?.title === LINK_OPENED_TITLE ? notice.action : undefined;
    store.getState().showNotice({ title: BROKEN_CONFIG_TITLE, details: configProblems, ...(action ? { action } : {}) });
  } else if (notice && [BROKEN_LINK_TITLE, BROKEN_LINK_KEPT_TITLE, BROKEN_CONFIG_TITLE].includes(notice.title)) {
    store.getState().dismissNotice();
  }
  if (decoded.value.newer) tellNewerLink(store, decoded.value);
  return true;
}

/** A newer version's link: what was read from it goes into the notice the link made, or a notice of its own. */
function tellNewerLink(store: AppStore, shared: SharedState): void {
  const { version, unread } = shared.newer!;
  const steps = shared.loads.length;
  const read: ValidationError = {
    path: 'link',
    message: `Made by a newer version of Autoscale Lab (link format ${formatCount(version)}; this version reads format ${SHARED_VERSION}). `
      + `Read from it: the config, ${steps === 1 ? 'one load' : `${formatCount(steps)} loads`} and the step (${shared.cursor === 0 ? 'Start' : formatCount(shared.cursor)})`,
    hint: unread.length > 0 ? `left out, not known to this version: ${unread.join(', ')}` : 'anything newer it may mean is left out',
  };
  const { notice } = store.getState();
  if (notice && (notice.title === LINK_OPENED_TITLE || notice.title === BROKEN_CONFIG_TITLE)) {
    store.getState().showNotice({ ...notice, details: [...notice.details, read] });
  } else {
    store.getState().showNotice({ kind: 'info', title: NEWER_LINK_TITLE, details: [read] });
  }
}

/** Puts a link's scenario on screen; a broken config's problems come back (its text is in the editor, the views keep the last good config). */
function loadShared(store: AppStore, shared: SharedState): readonly ValidationError[] | undefined {
  const parsed = parseConfigText(shared.configText);
  if (parsed.ok) {
    store.getState().loadScenario({ config: parsed.value, loads: shared.loads, configText: shared.configText, cursor: shared.cursor });
    return undefined;
  }
  const { config, configText } = store.getState();
  store.getState().loadScenario({ config, loads: shared.loads, configText, cursor: shared.cursor });
  store.getState().setConfigText(shared.configText);
  return parsed.errors;
}
