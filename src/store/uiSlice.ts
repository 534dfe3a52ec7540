/** UI state: the mode, the dismissible notice, table options. */
import type { StateCreator } from 'zustand';
import type { ValidationError } from '../engine';
import type { Mode } from './urlState';
import type { AppState } from './store';

export interface Notice {
  readonly title: string;
  readonly details: readonly ValidationError[];
}

export interface UiSlice {
  readonly mode: Mode;
  readonly notice: Notice | null;
  /** show execution-table rows after the cursor too */
  readonly showAllRows: boolean;
  setMode: (mode: Mode) => void;
  showNotice: (notice: Notice) => void;
  dismissNotice: () => void;
  toggleShowAllRows: () => void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  mode: 'visualize',
  notice: null,
  showAllRows: false,
  setMode: (mode) => set({ mode }),
  showNotice: (notice) => set({ notice }),
  dismissNotice: () => set({ notice: null }),
  toggleShowAllRows: () => set((state) => ({ showAllRows: !state.showAllRows })),
});
