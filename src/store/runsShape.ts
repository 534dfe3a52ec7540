/**
 * Shape checks for what comes back from storage besides the progress: the runs in progress and the kept workspace.
 * Each entry is checked, since the modes rebuild their sessions from them; the configs and loads are validated again.
 */
import { validateConfig, validateLoads, MAX_SEED } from '../engine';
import type { KeptWorkspace, QuestionRun, Runs } from './types';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isIndex = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isAction = (value: unknown) => value === 'scale_up' || value === 'scale_down' || value === 'none';
const isPrediction = (value: unknown) => isRecord(value) && isAction(value.action) && isIndex(value.instances);
const listOf = (value: unknown, check: (entry: unknown) => boolean) => Array.isArray(value) && value.every(check);

function isAnswer(value: unknown): boolean {
  if (!isRecord(value)) return false;
  switch (value.kind) {
    case 'multiple_choice': return ['A', 'B', 'C', 'D'].includes(value.choice as string);
    case 'numeric': return Number.isFinite(value.value);
    case 'predict_step': return isPrediction(value);
    case 'fix_config': return typeof value.configText === 'string';
    default: return false;
  }
}

const isRecipe = (value: unknown) => isRecord(value) && typeof value.template === 'string' && isRecord(value.params)
  && validateConfig(value.config).ok && validateLoads(value.loads).ok;

function isQuestionRun(value: unknown): value is QuestionRun {
  return isRecord(value) && typeof value.scenario === 'string' && Number.isInteger(value.seed) && isIndex(value.index)
    && listOf(value.asked, (id) => typeof id === 'string') && listOf(value.extra, isRecipe)
    && isRecord(value.firstTries) && Object.values(value.firstTries).every((tried) => typeof tried === 'boolean');
}

const isTestRun = (run: unknown) => isRecord(run) && isIndex(run.seed) && (run.seed as number) <= MAX_SEED && isIndex(run.index)
  && typeof run.finished === 'boolean' && listOf(run.answers, (answer) => answer === null || isAnswer(answer));

const CHECKS: { readonly [K in keyof Runs]: (run: unknown) => boolean } = {
  test: isTestRun,
  setAsideTest: isTestRun,
  predict: (run) => isRecord(run) && typeof run.scenario === 'string' && listOf(run.predictions, (p) => p === null || isPrediction(p)),
  quiz: isQuestionRun,
  practice: isQuestionRun,
};

/** Every mode's run is there, null or well shaped (a set-aside test may be missing: saved before there was one). */
export function isRuns(value: unknown): value is Runs {
  return isRecord(value) && (Object.keys(CHECKS) as (keyof Runs)[])
    .every((kind) => value[kind] === null || (kind === 'setAsideTest' && value[kind] === undefined) || CHECKS[kind](value[kind]));
}

/** A kept workspace whose config and loads still validate (its text may be invalid: it is kept as typed). */
export function isKeptWorkspace(value: unknown): value is KeptWorkspace {
  return isRecord(value) && typeof value.configText === 'string' && typeof value.textValid === 'boolean'
    && validateConfig(value.config).ok && validateLoads(value.loads).ok && isIndex(value.cursor)
    && (value.cursor as number) <= (value.loads as unknown[]).length;
}
