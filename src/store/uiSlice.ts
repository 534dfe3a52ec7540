/** UI state: the mode, the dismissible notice, table options. */
import type { StateCreator } from 'zustand';
import type { FlowNodeId, ValidationError } from '../engine';
import type { Mode } from './urlState';
import type { AppState } from './store';

export interface Notice {
  readonly title: string;
  readonly details: readonly ValidationError[];
}

/**
 * Something in the picture a view is asked to point at (a quiz hint, say). Steps are 1-based; a column is its
 * header text or 0-based index. Same shape as the quiz's PictureTarget, so one can be passed as the other.
 */
export type HighlightTarget =
  | { readonly kind: 'row'; readonly step: number }
  | { readonly kind: 'column'; readonly column: string | number }
  | { readonly kind: 'cell'; readonly step: number; readonly column: string | number }
  | { readonly kind: 'tracker'; readonly variable: string; readonly column: string | number }
  | { readonly kind: 'node'; readonly node: FlowNodeId }
  | { readonly kind: 'config'; readonly key: string };

export interface UiSlice {
  readonly mode: Mode;
  readonly notice: Notice | null;
  /** show execution-table rows after the cursor too */
  readonly showAllRows: boolean;
  /** the seed of the test on screen in Test mode (it goes into the link); null before a test is drawn */
  readonly testSeed: number | null;
  /** what a quiz hint (or anything else) asks the views to point at; null when nothing is */
  readonly highlightTarget: HighlightTarget | null;
  /** the embed view (?embed=1): no header, for a course page or an LMS iframe */
  readonly embed: boolean;
  /** the current mode's own view state, kept in the link (see Route.view); cleared when the mode changes */
  readonly modeView: string;
  setMode: (mode: Mode) => void;
  showNotice: (notice: Notice) => void;
  dismissNotice: () => void;
  toggleShowAllRows: () => void;
  setHighlight: (target: HighlightTarget | null) => void;
  setTestSeed: (seed: number | null) => void;
  setEmbed: (embed: boolean) => void;
  setModeView: (view: string) => void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  mode: 'visualize',
  notice: null,
  showAllRows: false,
  highlightTarget: null,
  testSeed: null,
  embed: false,
  modeView: '',
  setMode: (mode) => set((state) => (state.mode === mode ? {} : { mode, modeView: '' })),
  showNotice: (notice) => set({ notice }),
  dismissNotice: () => set({ notice: null }),
  toggleShowAllRows: () => set((state) => ({ showAllRows: !state.showAllRows })),
  setHighlight: (target) => set({ highlightTarget: target }),
  setTestSeed: (seed) => set({ testSeed: seed }),
  setEmbed: (embed) => set({ embed }),
  setModeView: (view) => set({ modeView: view }),
});
