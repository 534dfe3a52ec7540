/** Named selectors: everything the views show, derived from the store's inputs. Memoised per trace. */
import { formatCount } from '../engine/format';
import {
  codeListing, keyMoments, stepAt, tableColumns, tableRow, trackerColumns, trackerVariables,
  type KeyMoment, type ScalingConfig, type Trace, type TraceStep,
} from '../engine';
import { resolveTarget, type ResolvedTarget } from '../quiz/targets';
import type { Scenario } from '../quiz';
import type { AppState, Breakpoint, PausedBy, PredictRun, QuestionRun, QuestionRunMode, TestRun } from './types';
import { workspaceOf } from './workspaceSlice';
import { encodeShared, formatHash, MY_DECK_PARAM } from './urlState';
import { formatConfigText } from './scenarioSlice';
import { encodeLab } from './labLink';

/** Caches one derived value per trace object (traces are immutable). */
function perTrace<T>(derive: (trace: Trace) => T): (trace: Trace) => T {
  const cache = new WeakMap<Trace, T>();
  return (trace) => {
    if (!cache.has(trace)) cache.set(trace, derive(trace));
    return cache.get(trace)!;
  };
}

const stepsCache = perTrace(() => new Map<number, TraceStep>());
/** The expanded record for a 1-based step, cached so repeated renders reuse it. */
export function selectStep(trace: Trace, step: number): TraceStep | undefined {
  if (step < 1 || step > trace.length) return undefined;
  const cache = stepsCache(trace);
  let record = cache.get(step);
  if (!record) { record = stepAt(trace, step - 1); cache.set(step, record); }
  return record;
}

const rowsCache = perTrace(() => new Map<number, readonly string[]>());
/** Process-table cells for a 1-based step. */
export function selectTableRow(trace: Trace, step: number): readonly string[] {
  const cache = rowsCache(trace);
  let row = cache.get(step);
  if (!row) { row = tableRow(trace, step - 1); cache.set(step, row); }
  return row;
}

export const selectCurrentStep = (state: AppState) => selectStep(state.trace, state.cursor);
export const selectIsStale = (state: AppState) => state.configErrors.length > 0;
export const selectAtEnd = (state: AppState) => state.cursor >= state.trace.length;
export const selectTableColumns = perTraceOf((trace) => tableColumns(trace.config));
export const selectTrackerColumns = perTraceOf(trackerColumns);
export const selectTrackerVariables = perTraceOf((trace) => trackerVariables(trace.config));
export const selectKeyMoments: (state: AppState) => readonly KeyMoment[] = perTraceOf(keyMoments);
export const selectCodeListing = perTraceOf((trace) => codeListing(trace.config, trace.loads));
/** Number of execution-table rows to show: up to the cursor, or all; never past a step a question asks to predict. */
export const selectVisibleRowCount = (state: AppState) => {
  const shown = state.showAllRows ? state.trace.length : state.cursor;
  const cap = state.hideRowsAfter;
  return cap && cap.trace === state.trace ? Math.min(shown, cap.step) : shown;
};

function perTraceOf<T>(derive: (trace: Trace) => T): (state: AppState) => T {
  const cached = perTrace(derive);
  return (state) => cached(state.trace);
}

/** Present's deck and slide in the address: My deck by name, a linked deck encoded, the lesson's by default. */
function presentRoute(state: AppState): { deck?: string; slide?: string } {
  const deck = state.deckSource === 'mine' ? MY_DECK_PARAM : state.deckSource === 'link' ? state.deckLink ?? undefined : undefined;
  return { ...(deck ? { deck } : {}), slide: String(state.slideIndex + 1) };
}

/** The link that reopens exactly this scenario and cursor (in the Lab: its inputs, cursor second and view state; in Present its deck and slide). */
export const selectShareHash = (state: AppState) => {
  const configText = state.configErrors.length > 0 ? formatConfigText(state.config) : state.configText;
  if (state.mode === 'lab') {
    const lab = state.lab ? encodeLab({ inputs: state.lab, cursor: state.labCursor }) : state.labLink;
    return formatHash({ mode: 'lab', ...(lab ? { lab } : {}), ...(state.modeView ? { view: state.modeView } : {}), ...(state.embed ? { embed: true } : {}) });
  }
  const scenario = encodeShared({ configText, loads: state.loads, cursor: state.cursor });
  const seed = state.testSeed === null ? (state.refusedTestSeed ? { refusedSeed: state.refusedTestSeed } : {}) : { seed: state.testSeed };
  return formatHash({
    mode: state.mode, scenario, ...seed,
    ...(state.modeView ? { view: state.modeView } : {}), ...(state.embed ? { embed: true } : {}),
    ...presentRoute(state),
  });
};

/** True when playback should pause on arriving at a 1-based step, given the chosen breakpoints. */
/** The first chosen breakpoint step `step` (1-based) triggers: a scale up or down, or arriving at min or max (not staying there). */
export function breakpointHit(trace: Trace, step: number, breakpoints: readonly Breakpoint[]): Breakpoint | undefined {
  const record = selectStep(trace, step);
  if (!record || breakpoints.length === 0) return undefined;
  const reaches = (bound: number) => record.instancesAfter === bound && record.instancesBefore !== bound;
  return breakpoints.find((breakpoint) => {
    switch (breakpoint) {
      case 'scale_up': return record.action === 'scale_up';
      case 'scale_down': return record.action === 'scale_down';
      case 'at_min': return reaches(trace.config.min_servers);
      case 'at_max': return reaches(trace.config.max_servers);
    }
  });
}

export function hitsBreakpoint(trace: Trace, step: number, breakpoints: readonly Breakpoint[]): boolean {
  return breakpointHit(trace, step, breakpoints) !== undefined;
}

/** Why playback stopped, in words: "Paused: scale up at step 3". */
export function pauseMessage(pause: PausedBy, config: ScalingConfig): string {
  const what: Record<Breakpoint, string> = {
    scale_up: 'scale up',
    scale_down: 'scale down',
    at_min: `reached min_servers (${config.min_servers})`,
    at_max: `reached max_servers (${config.max_servers})`,
  };
  return `Paused: ${what[pause.breakpoint]} at step ${formatCount(pause.step)}`;
}

let lastHighlight: { target: AppState['highlightTarget']; trace: Trace; resolved: ResolvedTarget | undefined } | undefined;
/**
 * The highlight with header text turned into indices for the trace on screen (steps 1-based, columns 0-based);
 * undefined when nothing is highlighted or the target is not in this trace. The same object while inputs are unchanged.
 */
export function selectResolvedHighlight(state: AppState): ResolvedTarget | undefined {
  const { highlightTarget: target, trace } = state;
  if (!target) return undefined;
  if (lastHighlight?.target !== target || lastHighlight.trace !== trace) {
    lastHighlight = { target, trace, resolved: resolveTarget(target, trace) };
  }
  return lastHighlight.resolved;
}

export const selectTestRun = (state: AppState): TestRun | null => state.runs.test;
export const selectPredictRun = (state: AppState): PredictRun | null => state.runs.predict;
const QUESTION_RUN: Readonly<Record<QuestionRunMode, (state: AppState) => QuestionRun | null>> = {
  quiz: (state) => state.runs.quiz,
  practice: (state) => state.runs.practice,
};
/** The Visual quiz's or Practice's run in progress. */
export const selectQuestionRun = (mode: QuestionRunMode) => QUESTION_RUN[mode];

/**
 * The learner's own workspace scenario: the kept one while a quiz mode has the views, else the one on screen (its
 * text kept when valid). A new object each call: read it with getState, not as a hook selector.
 */
export function selectWorkspaceScenario(state: AppState): Scenario {
  const workspace = state.keptWorkspace ?? workspaceOf(state);
  return workspace.textValid
    ? { config: workspace.config, loads: workspace.loads, configText: workspace.configText }
    : { config: workspace.config, loads: workspace.loads };
}
