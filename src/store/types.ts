/**
 * The store's types: each slice's state and actions, and AppState, their union. Slices and selectors import AppState
 * from here, never from store.ts, so no module of the store imports one that imports it back.
 */
import type {
  FlowNodeId, PolicyKind, PresetId, ScalingConfig, Trace, ValidationError,
} from '../engine';
import type { QuestionRecipe } from '../quiz';
import type { Mode, RefusedSeed } from './urlState';

// ---- scenario -------------------------------------------------------------------------------------------------------

export interface ScenarioSlice {
  readonly configText: string;
  /** the last valid config: the trace is always made from it */
  readonly config: ScalingConfig;
  /** problems with configText; non-empty means the trace on screen is stale */
  readonly configErrors: readonly ValidationError[];
  readonly loads: readonly number[];
  readonly trace: Trace;
  setConfigText: (text: string) => void;
  /** replaces the whole scenario (a quiz question's, a shared link's); the config must already be valid */
  loadScenario: (scenario: { config: ScalingConfig; loads: readonly number[]; configText?: string; cursor?: number }) => void;
  resetToLesson: () => void;
  formatConfig: () => void;
  setPolicy: (policy: PolicyKind) => void;
  /** sets one step's load; returns the problem instead when the value is not a valid load */
  setLoadAt: (index: number, value: number) => ValidationError | undefined;
  setLoads: (loads: readonly number[]) => ValidationError | undefined;
  addStep: () => void;
  removeStep: (index: number) => void;
  /** replaces the loads with a preset's shape and goes to step 1; returns the problem instead when the shape is out of bounds */
  applyPreset: (preset: PresetId, options: { steps: number; peak: number; seed?: number }) => ValidationError | undefined;
}

// ---- playback -------------------------------------------------------------------------------------------------------

export type Breakpoint = 'scale_up' | 'scale_down' | 'at_min' | 'at_max';

export interface PlaybackSlice {
  /** 0 = Start (nothing run yet), k = after step k (1-based) */
  readonly cursor: number;
  readonly playing: boolean;
  /** playback speed multiplier, one of SPEEDS */
  readonly speed: number;
  readonly breakpoints: readonly Breakpoint[];
  setCursor: (cursor: number) => void;
  stepForward: () => void;
  stepBack: () => void;
  goToStart: () => void;
  goToEnd: () => void;
  play: () => void;
  pause: () => void;
  togglePlay: () => void;
  faster: () => void;
  slower: () => void;
  setSpeed: (speed: number) => void;
  toggleBreakpoint: (breakpoint: Breakpoint) => void;
  /** one beat of the play loop: advance a step, then pause at the end or on a chosen breakpoint */
  tick: () => void;
}

// ---- ui -------------------------------------------------------------------------------------------------------------

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
  /** a test seed a link carried that is not a seed: Test mode says why instead of drawing another test */
  readonly refusedTestSeed: RefusedSeed | null;
  /** what a quiz hint (or anything else) asks the views to point at; null when nothing is */
  readonly highlightTarget: HighlightTarget | null;
  /** rows after this step stay hidden even with showAllRows (a question asks to predict them); null: none hidden */
  readonly hideRowsAfter: number | null;
  setMode: (mode: Mode) => void;
  showNotice: (notice: Notice) => void;
  dismissNotice: () => void;
  toggleShowAllRows: () => void;
  setHighlight: (target: HighlightTarget | null) => void;
  /** the test on screen (or linked) has this seed; clears any refused one */
  setTestSeed: (seed: number | null) => void;
  refuseTestSeed: (refused: RefusedSeed) => void;
  /** hides the rows after a step until another scenario is loaded */
  setHideRowsAfter: (step: number | null) => void;
}

// ---- progress -------------------------------------------------------------------------------------------------------

export type QuizMode = 'quiz' | 'practice' | 'predict' | 'test';

export interface AnswerRecord {
  readonly questionId: string;
  readonly mode: QuizMode;
  readonly correct: boolean;
  /** milliseconds since the epoch */
  readonly at: number;
}

export interface MissedQuestion {
  readonly questionId: string;
  readonly mode: QuizMode;
  readonly prompt: string;
  readonly recipe?: QuestionRecipe;
}

/** What recordAnswer needs of a question; a recipe lets a missed one be asked again in a later session. */
export interface AnsweredQuestion {
  readonly id: string;
  readonly prompt: string;
  readonly recipe?: QuestionRecipe;
}

export interface TestResult {
  readonly seed: number;
  readonly score: number;
  readonly total: number;
  readonly at: number;
}

export interface Score { readonly correct: number; readonly total: number }

export interface Progress {
  readonly answers: readonly AnswerRecord[];
  readonly scores: Readonly<Record<QuizMode, Score>>;
  readonly missed: readonly MissedQuestion[];
  readonly tests: readonly TestResult[];
}

export interface ProgressSlice {
  readonly progress: Progress;
  recordAnswer: (mode: QuizMode, question: AnsweredQuestion, correct: boolean) => void;
  recordTest: (result: Omit<TestResult, 'at'>) => void;
  resetProgress: () => void;
}

// ---- the store ------------------------------------------------------------------------------------------------------

export type AppState = ScenarioSlice & PlaybackSlice & UiSlice & ProgressSlice;
