/**
 * The store's types: each slice's state and actions, and AppState, their union. Slices and selectors import AppState
 * from here, never from store.ts, so no module of the store imports one that imports it back.
 */
import type {
  FlowNodeId, PolicyKind, PresetId, ScalingConfig, Trace, ValidationError,
} from '../engine';
import type { Answer, StepPrediction } from '../quiz/types';
import type { QuestionRecipe } from '../quiz/recipe';
import type { LlmRecipe } from '../quiz/llm/recipe';
import type { ReviewGrade, Schedules } from '../quiz/leitner';
import type { Mode, RefusedSeed } from './urlState';
import type { LabInputs, LabShared, LabTraffic } from './labLink';
import type { NamedPolicy } from '../engine/policies/types';
import type { PlatformSettings, TimeTrace } from '../engine/time/types';

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
  /** each policy's config as the learner last left it, so switching away and back keeps its values */
  readonly policyMemory: Partial<Record<PolicyKind, ScalingConfig>>;
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

/** The breakpoint that stopped playback, and at which step (1-based). */
export interface PausedBy {
  readonly step: number;
  readonly breakpoint: Breakpoint;
}

export interface PlaybackSlice {
  /** 0 = Start (nothing run yet), k = after step k (1-based) */
  readonly cursor: number;
  readonly playing: boolean;
  /** playback speed multiplier, one of SPEEDS */
  readonly speed: number;
  readonly breakpoints: readonly Breakpoint[];
  /** set when a breakpoint stopped playback; cleared when playback starts again */
  readonly pausedBy: PausedBy | undefined;
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

/**
 * info: something done on purpose that the learner should know of (a link opened another scenario, an undo offered),
 * read out politely (role=status); error, the default: something could not be done as asked (role=alert), in red.
 */
export type NoticeKind = 'info' | 'error';

export interface Notice {
  /** left out: error */
  readonly kind?: NoticeKind;
  readonly title: string;
  readonly details: readonly ValidationError[];
  /** a button beside Dismiss, e.g. Undo for what the notice reports; running it dismisses the notice */
  readonly action?: NoticeAction;
}

export interface NoticeAction {
  readonly label: string;
  readonly run: () => void;
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
  /**
   * rows after this step of this trace stay hidden even with showAllRows (a question asks to predict them); null, or
   * another trace on screen: none hidden
   */
  readonly hideRowsAfter: { readonly trace: Trace; readonly step: number } | null;
  setMode: (mode: Mode) => void;
  showNotice: (notice: Notice) => void;
  dismissNotice: () => void;
  toggleShowAllRows: () => void;
  setHighlight: (target: HighlightTarget | null) => void;
  /** the test on screen (or linked) has this seed; clears any refused one */
  setTestSeed: (seed: number | null) => void;
  refuseTestSeed: (refused: RefusedSeed) => void;
  /** hides the rows after a step of the trace on screen, until another trace is on screen */
  setHideRowsAfter: (step: number | null) => void;
  /** a predicted step, answered: runs up to it and shows its row */
  revealStep: (step: number) => void;
  /** the embed view (?embed=1): no header, for a course page or an LMS iframe */
  readonly embed: boolean;
  /** the current mode's own view state, kept in the link (see Route.view); cleared when the mode changes */
  readonly modeView: string;
  setEmbed: (embed: boolean) => void;
  setModeView: (view: string) => void;
}

// ---- progress -------------------------------------------------------------------------------------------------------

/** Where an answer was given: the four quiz modes, and 'lab' for the Lab's LLM questions. */
export type QuizMode = 'quiz' | 'practice' | 'predict' | 'test' | 'lab';

/** How a missed question is made again: a workspace question's template and scenario, or an LLM question's set and place. */
export type MissedRecipe = QuestionRecipe | LlmRecipe;

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
  readonly recipe?: MissedRecipe;
}

/** What recordAnswer needs of a question; a recipe lets a missed one be asked again in a later session. */
export interface AnsweredQuestion {
  readonly id: string;
  readonly prompt: string;
  readonly recipe?: MissedRecipe;
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
  /** Review's spaced-repetition schedules, by card id (a fact's id, or missedCardId(question id)) */
  readonly review: Schedules;
}

export interface ProgressSlice {
  readonly progress: Progress;
  recordAnswer: (mode: QuizMode, question: AnsweredQuestion, correct: boolean) => void;
  recordTest: (result: Omit<TestResult, 'at'>) => void;
  resetProgress: () => void;
  /** grades a Review card: its next box and due time (Leitner) */
  gradeReviewCard: (cardId: string, grade: ReviewGrade) => void;
}

// ---- runs in progress (kept on the device with the progress) ---------------------------------------------------------

/** Test this pattern, half answered: the test comes back from its seed, each answer is graded again by the engine. */
export interface TestRun {
  readonly seed: number;
  /** by question index; null while unanswered */
  readonly answers: readonly (Answer | null)[];
  /** the question on screen, 0-based */
  readonly index: number;
  readonly finished: boolean;
}

/** Predict: the predictions committed on one scenario, step by step (null: revealed without predicting). */
export interface PredictRun {
  /** scenarioKey of the scenario predicted on */
  readonly scenario: string;
  readonly predictions: readonly (StepPrediction | null)[];
}

/** Visual quiz or Practice: where the learner is in the run of questions on one scenario. */
export interface QuestionRun {
  /** scenarioKey of the workspace scenario the engine-made questions are about */
  readonly scenario: string;
  /** the seed of the engine-made set on screen */
  readonly seed: number;
  /** ids of engine-made questions of earlier sets */
  readonly asked: readonly string[];
  readonly index: number;
  /** first-attempt result per question id */
  readonly firstTries: Readonly<Record<string, boolean>>;
  /** questions asked again from "Your progress", as recipes */
  readonly extra: readonly QuestionRecipe[];
}

export type QuestionRunMode = 'quiz' | 'practice';

export interface Runs {
  readonly test: TestRun | null;
  /** a half-done test put aside by "New test", to go back to (older saved data has none) */
  readonly setAsideTest: TestRun | null;
  readonly predict: PredictRun | null;
  readonly quiz: QuestionRun | null;
  readonly practice: QuestionRun | null;
}

export interface RunsSlice {
  readonly runs: Runs;
  /** keeps (or with null, forgets) one mode's run in progress */
  saveRun: <K extends keyof Runs>(kind: K, run: Runs[K]) => void;
}

// ---- the learner's own workspace, kept while quiz modes use the views ------------------------------------------------

export interface KeptWorkspace {
  readonly configText: string;
  /** the last valid config: the editor's text may be invalid */
  readonly config: ScalingConfig;
  readonly textValid: boolean;
  /** requests per step */
  readonly loads: readonly number[];
  /** 0 = Start, k = after step k */
  readonly cursor: number;
}

export interface WorkspaceSlice {
  /** the learner's Visualize scenario from when a quiz mode took the views; null when no quiz mode has it */
  readonly keptWorkspace: KeptWorkspace | null;
  /** keeps the scenario on screen, unless one is kept already (one quiz mode after another) */
  keepWorkspace: () => void;
  /** puts the kept scenario back on screen and forgets it */
  restoreWorkspace: () => void;
  /**
   * A navigation brought its own scenario (a test review's "See it in the workspace"): it stays on screen, the kept
   * one moves into a notice offering "Back to your own scenario".
   */
  offerOwnWorkspace: (title: string) => void;
  /**
   * A link has just put its scenario on screen (the only navigation that brings one): in a mode outside the quiz
   * modes, a kept workspace is given back when the link holds the same scenario (Back to it), else it moves into a
   * notice saying the link's scenario is shown and offering "Back to your own scenario".
   */
  linkOpened: () => void;
  /** the lesson's config and loads, with an Undo in a notice */
  resetToLessonUndoable: () => void;
}

// ---- the Lab (its engine types only: the Lab's code stays in its lazy chunk) ---------------------------------------

export type LabRunStatus = 'idle' | 'running' | 'done' | 'failed';

export interface LabRun {
  readonly status: LabRunStatus;
  /** 0 .. 1 while running */
  readonly progress: number;
  /** the inputs these traces were made from (the views keep showing them while a new run is under way) */
  readonly inputs: LabInputs | null;
  readonly traces: readonly TimeTrace[];
  readonly error: string | null;
}

export interface LabSlice {
  /** null until the Lab opens */
  readonly lab: LabInputs | null;
  /** an encoded Lab link read from the address bar, waiting for the Lab to decode it */
  readonly labLink: string | null;
  /** the second every Lab view shows */
  readonly labCursor: number;
  readonly labRun: LabRun;
  setLabLink: (encoded: string | null) => void;
  /** replaces every input (defaults, a link, a preset) and moves the cursor */
  openLab: (shared: LabShared) => void;
  /** opens another setup in place of the current one, with a notice whose Undo puts the current one back */
  replaceLab: (shared: LabShared, title: string) => void;
  /** runs a change of the setup (an import, a preset) and, if it changed anything, shows `title` with an Undo */
  changeLabUndoably: (title: string, change: () => void) => void;
  setLabTraffic: (traffic: LabTraffic) => void;
  setLabPolicy: (index: number, policy: NamedPolicy) => void;
  addLabPolicy: (policy: NamedPolicy) => void;
  removeLabPolicy: (index: number) => void;
  setLabPlatform: (patch: Partial<PlatformSettings>) => void;
  setLabRunShape: (patch: Partial<Pick<LabInputs, 'seconds' | 'seed' | 'arrivals' | 'lengthSet' | 'replica' | 'llm'>>) => void;
  setLabCursor: (second: number) => void;
  labRunStarted: () => void;
  labRunProgress: (progress: number) => void;
  labRunDone: (inputs: LabInputs, traces: readonly TimeTrace[]) => void;
  labRunFailed: (message: string) => void;
}

// ---- Present ---------------------------------------------------------------------------------------------------------

export type DeckSource = 'lesson' | 'mine' | 'link';

export interface PresentSlice {
  readonly deckSource: DeckSource;
  /** the encoded deck of an opened deck link; it stays in the address while that deck is shown */
  readonly deckLink: string | null;
  /** 0-based slide */
  readonly slideIndex: number;
  readonly blanked: boolean;
  /** the answer of the question on this slide is shown */
  readonly revealed: boolean;
  /** free exploration of the slide's scenario (Esc), with the slide kept to return to */
  readonly exploring: boolean;
  /** the cursor the slide was at when exploration began */
  readonly slideCursor: number;
  /** counts the decks and slides opened from the address, so Present puts the slide on the workspace each time */
  readonly deckLinkOpens: number;
  openDeck: (source: DeckSource, link?: string | null) => void;
  /**
   * The deck and slide an address names (route.deck, route.slide): a slide that is not a number says so in a notice
   * and opens the first; one past the deck's end is checked by Present, which knows the deck.
   */
  openDeckFromLink: (deck: string | undefined, slide: string | undefined) => void;
  /** goes to a slide (answer hidden again); the caller loads its scenario */
  goToSlide: (index: number) => void;
  toggleBlank: () => void;
  setRevealed: (revealed: boolean) => void;
  /** starts exploring (remembering the cursor) or stops */
  setExploring: (exploring: boolean) => void;
}

// ---- the store ------------------------------------------------------------------------------------------------------

export type AppState = ScenarioSlice & PlaybackSlice & UiSlice & ProgressSlice & RunsSlice & WorkspaceSlice & LabSlice & PresentSlice;
