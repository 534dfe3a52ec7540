/**
 * The learner's own workspace scenario (config text, load, step), kept while the quiz modes put their questions'
 * scenarios in the views, and given back when the learner leaves them. Persisted, so a reload in a quiz mode loses
 * nothing either. Whatever replaces the learner's scenario from here can be undone from a notice.
 */
import type { StateCreator } from 'zustand';
import type { AppState, KeptWorkspace, WorkspaceSlice } from './types';

export type { KeptWorkspace, WorkspaceSlice } from './types';

/** The scenario on screen, as kept: its text as typed (valid or not) beside the last valid config. */
export function workspaceOf(state: AppState): KeptWorkspace {
  const { configText, config, configErrors, loads, cursor } = state;
  return { configText, config, textValid: configErrors.length === 0, loads, cursor };
}

export const createWorkspaceSlice: StateCreator<AppState, [], [], WorkspaceSlice> = (set, get) => {
  const putBack = (kept: KeptWorkspace) => {
    const { loadScenario, setConfigText } = get();
    loadScenario({ config: kept.config, loads: kept.loads, cursor: kept.cursor, ...(kept.textValid ? { configText: kept.configText } : {}) });
    if (!kept.textValid) setConfigText(kept.configText);
  };
  const undoNotice = (title: string, label: string, kept: KeptWorkspace) => ({
    title, details: [], action: { label, run: () => { putBack(kept); set({ notice: null }); } },
  });
  return {
    keptWorkspace: null,
    keepWorkspace: () => { if (!get().keptWorkspace) set({ keptWorkspace: workspaceOf(get()) }); },
    restoreWorkspace: () => {
      const kept = get().keptWorkspace;
      if (!kept) return;
      putBack(kept);
      set({ keptWorkspace: null });
    },
    offerOwnWorkspace: (title) => {
      const kept = get().keptWorkspace;
      if (!kept) return;
      set({ keptWorkspace: null, notice: undoNotice(title, 'Back to your own scenario', kept) });
    },
    resetToLessonUndoable: () => {
      const before = workspaceOf(get());
      get().resetToLesson();
      set({ notice: undoNotice('Config and loads are the lesson\'s again.', 'Undo', before) });
    },
  };
};
