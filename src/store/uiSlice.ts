/** UI state: the mode, the dismissible notice, table options. */
import type { StateCreator } from 'zustand';
import type { AppState, UiSlice } from './types';

export type { HighlightTarget, Notice, UiSlice } from './types';

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => ({
  mode: 'visualize',
  notice: null,
  showAllRows: false,
  highlightTarget: null,
  hideRowsAfter: null,
  testSeed: null,
  refusedTestSeed: null,
  embed: false,
  modeView: '',
  setMode: (mode) => set((state) => (state.mode === mode ? {} : { mode, modeView: '' })),
  showNotice: (notice) => set({ notice }),
  dismissNotice: () => set({ notice: null }),
  toggleShowAllRows: () => set((state) => ({ showAllRows: !state.showAllRows })),
  setHighlight: (target) => set({ highlightTarget: target }),
  setTestSeed: (seed) => set({ testSeed: seed, refusedTestSeed: null }),
  refuseTestSeed: (refused) => set({ testSeed: null, refusedTestSeed: refused }),
  setHideRowsAfter: (step) => set((state) => ({ hideRowsAfter: step === null ? null : { trace: state.trace, step } })),
  revealStep: (step) => { set({ hideRowsAfter: null }); get().setCursor(step); },
  setEmbed: (embed) => set({ embed }),
  setModeView: (view) => set({ modeView: view }),
});
