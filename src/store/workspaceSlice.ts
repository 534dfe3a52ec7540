/**
 * The learner's own workspace scenario (config text, load, step), kept while the quiz modes put their questions'
 * scenarios in the views, and given back when the learner leaves them. Persisted, so a reload in a quiz mode loses
 * nothing either. Whatever replaces the learner's scenario from here can be undone from a notice.
 */
import type { StateCreator } from 'zustand';
import type { AppState, KeptWorkspace, WorkspaceSlice } from './types';
import type { Mode } from './urlState';

export type { KeptWorkspace, WorkspaceSlice } from './types';

/** The scenario on screen, as kept: its text as typed (valid or not) beside the last valid config. */
export function workspaceOf(state: AppState): KeptWorkspace {
  const { configText, config, configErrors, loads, cursor } = state;
  return { configText, config, textValid: configErrors.length === 0, loads, cursor };
}

/** The modes that put their questions' scenarios in the views while the learner's own is kept (not the Lab's questions). */
const BORROWING_MODES: readonly Mode[] = ['quiz', 'practice', 'predict', 'test'];

export function borrowsWorkspace(mode: Mode): boolean {
  return BORROWING_MODES.includes(mode);
}

export const LINK_OPENED_TITLE = 'The workspace shows the scenario your link opened; yours is kept.';

const sameScenario = (a: Pick<KeptWorkspace, 'config' | 'loads'>, b: Pick<KeptWorkspace, 'config' | 'loads'>) =>
  JSON.stringify(a.config) === JSON.stringify(b.config) && JSON.stringify(a.loads) === JSON.stringify(b.loads);

export const createWorkspaceSlice: StateCreator<AppState, [], [], WorkspaceSlice> = (set, get) => {
  const putBack = (kept: KeptWorkspace) => {
    const { loadScenario, setConfigText } = get();
    loadScenario({ config: kept.config, loads: kept.loads, cursor: kept.cursor, ...(kept.textValid ? { configText: kept.configText } : {}) });
    if (!kept.textValid) setConfigText(kept.configText);
  };
  const undoNotice = (title: string, label: string, kept: KeptWorkspace) => ({
    kind: 'info' as const, title, details: [], action: { label, run: () => { putBack(kept); set({ notice: null }); } },
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
    linkOpened: () => {
      const { keptWorkspace: kept, mode } = get();
      if (!kept || borrowsWorkspace(mode)) return;
      // Back or Forward to an address of the learner's own scenario: nothing was replaced, give it back whole
      if (sameScenario(kept, workspaceOf(get()))) { putBack(kept); set({ keptWorkspace: null }); return; }
      set({ keptWorkspace: null, notice: undoNotice(LINK_OPENED_TITLE, 'Back to your own scenario', kept) });
    },
    resetToLessonUndoable: () => {
      const before = workspaceOf(get());
      get().resetToLesson();
      set({ notice: undoNotice('Config and loads are the lesson\'s again.', 'Undo', before) });
    },
  };
};
