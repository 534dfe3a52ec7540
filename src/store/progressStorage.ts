/**
 * Storage for saved progress that never breaks the app: corrupt or unknown data is set aside
 * (kept under another key) and reported, a full quota is reported, and the learner starts clean.
 * Besides the progress it keeps the runs in progress and the learner's own workspace while a quiz mode has the views.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { isCardSchedule } from '../quiz/leitner';
import { isLlmRecipe } from '../quiz/llm/recipe';
import { emptyProgress, QUIZ_MODES, type Progress } from './progressSlice';
import { emptyRuns } from './runsSlice';
import { isKeptWorkspace, isRuns } from './runsShape';
import type { KeptWorkspace, Runs } from './types';

export const PROGRESS_KEY = 'autoscale-lab:progress';
/**
 * 1: progress; 2: also Review's schedules (`progress.review`), the runs in progress and the kept workspace; 3: also the
 * Lab's LLM questions (`scores.lab`, missed questions of mode 'lab' with an LLM recipe)
 */
export const PROGRESS_VERSION = 3;

export interface PersistedProgress {
  readonly progress: Progress;
  readonly runs: Runs;
  readonly keptWorkspace: KeptWorkspace | null;
}

export type StorageProblem = { readonly kind: 'corrupt' | 'quota' | 'unavailable'; readonly message: string };

function isScore(value: unknown): boolean {
  return typeof value === 'object' && value !== null
    && Number.isFinite((value as { correct?: unknown }).correct) && Number.isFinite((value as { total?: unknown }).total);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isMode = (value: unknown) => (QUIZ_MODES as readonly unknown[]).includes(value);

/** Every entry is checked too: the views read each one, so one bad entry would break the page. */
const ENTRY_CHECKS = {
  answers: (a: Record<string, unknown>) => typeof a.questionId === 'string' && isMode(a.mode) && typeof a.correct === 'boolean' && Number.isFinite(a.at),
  missed: (m: Record<string, unknown>) => typeof m.questionId === 'string' && isMode(m.mode) && typeof m.prompt === 'string'
    // the Lab's missed questions come back only through their recipe, so theirs must be whole
    && (m.mode === 'lab' ? isLlmRecipe(m.recipe) : m.recipe === undefined || (isRecord(m.recipe) && !isLlmRecipe(m.recipe))),
  tests: (t: Record<string, unknown>) => Number.isFinite(t.seed) && Number.isFinite(t.score) && Number.isFinite(t.total) && Number.isFinite(t.at),
} as const;

/** Checks the shape of stored progress (any version's payload after migration), down to each entry. */
export function isProgress(value: unknown): value is Progress {
  if (!isRecord(value)) return false;
  const scores = value.scores;
  return isRecord(scores) && QUIZ_MODES.every((mode) => isScore(scores[mode]))
    && isRecord(value.review) && !Array.isArray(value.review) && Object.values(value.review).every(isCardSchedule)
    && (Object.keys(ENTRY_CHECKS) as (keyof typeof ENTRY_CHECKS)[]).every((key) => {
      const list = value[key];
      return Array.isArray(list) && list.every((entry) => isRecord(entry) && ENTRY_CHECKS[key](entry));
    });
}

/**
 * Any stored version to the current one. Version 0 stored only `{ correct, total }` per mode under `scores`: keep the
 * scores, start the rest clean. Version 1 stored `{ progress }`: keep it, with no run in progress and no kept workspace.
 * Versions before 3 had no Lab score: it starts at none of none, everything else kept as it was.
 */
export function migrateProgress(persisted: unknown, version: number): PersistedProgress {
  const state = (persisted ?? {}) as { progress?: unknown; scores?: unknown; runs?: unknown; keptWorkspace?: unknown };
  const nothingInProgress = { runs: emptyRuns(), keptWorkspace: null };
  if (version === 0 && typeof state.scores === 'object' && state.scores !== null) {
    const base = emptyProgress();
    const scores = { ...base.scores };
    for (const mode of QUIZ_MODES) {
      const old = (state.scores as Record<string, unknown>)[mode];
      if (isScore(old)) scores[mode] = old as Progress['scores'][typeof mode];
    }
    return { progress: { ...base, scores }, ...nothingInProgress };
  }
  if (isRecord(state.progress) && !('review' in state.progress)) state.progress = { ...state.progress, review: {} };
  if (version < 3 && isRecord(state.progress) && isRecord(state.progress.scores) && !('lab' in state.progress.scores)) {
    state.progress = { ...state.progress, scores: { ...state.progress.scores, lab: emptyProgress().scores.lab } };
  }
  if (!isProgress(state.progress)) throw new Error(`saved progress from version ${version} has an unknown shape`);
  if (version < 2) return { progress: state.progress, ...nothingInProgress };
  if (!isRuns(state.runs)) throw new Error('a saved run in progress has an unknown shape');
  if (state.keptWorkspace !== null && !isKeptWorkspace(state.keptWorkspace)) throw new Error('the kept workspace has an unknown shape');
  return { progress: state.progress, runs: { ...emptyRuns(), ...state.runs }, keptWorkspace: state.keptWorkspace };
}

/** A persist storage over localStorage that reports problems through `onProblem` instead of throwing. */
export function createProgressStorage(onProblem: (problem: StorageProblem) => void, backing: () => Storage | undefined = () => globalThis.localStorage): PersistStorage<PersistedProgress> {
  const setAside = (name: string, raw: string, why: string) => {
    try { backing()?.setItem(`${name}:set-aside:${Date.now()}`, raw); backing()?.removeItem(name); } catch { /* nothing more to save */ }
    onProblem({ kind: 'corrupt', message: `Saved progress could not be read (${why}), so it was set aside and you start clean.` });
  };
  let lastWritten: PersistedProgress | undefined;
  // persist writes on every change of the store; what is kept changes rarely
  const unchanged = (state: PersistedProgress) => lastWritten !== undefined && state.progress === lastWritten.progress
    && state.runs === lastWritten.runs && state.keptWorkspace === lastWritten.keptWorkspace;
  return {
    getItem: (name) => {
      let raw: string | null;
      try { raw = backing()?.getItem(name) ?? null; } catch { onProblem({ kind: 'unavailable', message: 'This browser does not allow saving progress; answers are kept only until you close the page.' }); return null; }
      if (raw === null) return null;
      try {
        const value = JSON.parse(raw) as StorageValue<unknown>;
        if (typeof value !== 'object' || value === null || !('state' in value)) throw new Error('no saved state in it');
        const version = typeof value.version === 'number' ? value.version : 0;
        if (version > PROGRESS_VERSION) throw new Error(`it is from a newer version (${version})`);
        const state = migrateProgress(value.state, version);
        lastWritten = state;
        return { state, version: PROGRESS_VERSION };
      } catch (error) {
        setAside(name, raw, error instanceof Error ? error.message : 'unreadable');
        return null;
      }
    },
    setItem: (name, value) => {
      if (unchanged(value.state)) return;
      lastWritten = value.state;
      try { backing()?.setItem(name, JSON.stringify(value)); } catch (error) {
        const quota = error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
        onProblem(quota
          ? { kind: 'quota', message: 'Storage is full, so new progress is not being saved. Reset progress or free space in this browser.' }
          : { kind: 'unavailable', message: 'Progress could not be saved in this browser.' });
      }
    },
    removeItem: (name) => { try { backing()?.removeItem(name); } catch { /* already gone */ } },
  };
}
