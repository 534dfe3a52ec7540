/**
 * What an LLM question template is: a name, a short title, and `build(seed)`, which draws the setup from the seed, runs
 * the engine on it and returns the question with the run's answer. The same seed always gives the same question.
 */
import { seededRandom } from '../../engine';
import { formatCount, formatNumber } from '../../engine/format';
import { A100_8B } from '../../engine/time';
import { buildChoices, questionId, type ChoiceDraft } from '../build';
import type { Choice, RunChoiceQuestion, RunNumericQuestion, RunQuestion, RunQuestionBase } from '../types';

export interface LlmTemplate {
  /** e.g. "llm_batch_size" */
  readonly name: string;
  /** what the question is about, in a few words */
  readonly title: string;
  readonly build: (seed: number) => RunQuestion;
}

/** A seeded draw: pick one of a list. */
export interface Draw {
  readonly random: () => number;
  pick<T>(items: readonly T[]): T;
}

export function draw(seed: number): Draw {
  const random = seededRandom(seed);
  return { random, pick: (items) => items[Math.floor(random() * items.length)]! };
}

// --- words
export const ms = (value: number | null | undefined): string => (value === null || value === undefined || !Number.isFinite(value) ? 'none' : `${formatCount(Math.round(value))} ms`);
export const perSecond = (rate: number): string => `${formatNumber(rate)} requests a second`;
export const seconds = (s: number): string => `${formatCount(s)} s`;
export const tokens = (n: number): string => formatCount(n);
/** The A100 profile's iteration model in words. */
export const A100_WORDS = `an 8B model on an A100 (an iteration takes ${formatNumber(A100_8B.itl_base_ms)} ms + ${formatNumber(A100_8B.itl_per_seq_ms)} ms per running sequence + ${formatNumber(A100_8B.prefill_ms_per_token)} ms per prompt token prefilled in it)`;

/** A run question's fields but its id, which is made from its template and parameters. */
type Common = Omit<RunQuestionBase, 'id'>;

export const runId = (template: string, params: Readonly<Record<string, string | number>>): string => questionId(template, params, 'llm');

/** A multiple-choice run question; the choices' order is the id's (stable), exactly one correct. */
export function choiceQuestion(common: Common, correct: ChoiceDraft, distractors: readonly ChoiceDraft[]): RunChoiceQuestion {
  const id = runId(common.template, common.params);
  const choices: Choice[] | undefined = buildChoices(id, correct, distractors);
  if (!choices) throw new Error(`${common.template}: fewer than two distinct distractors`);
  return { ...common, id, kind: 'multiple_choice', choices };
}

export function numericQuestion(common: Common, answer: Pick<RunNumericQuestion, 'answer' | 'tolerance' | 'unit' | 'mistakes'>): RunNumericQuestion {
  const mistakes = (answer.mistakes ?? []).filter((m) => Math.abs(m.value - answer.answer) > answer.tolerance);
  return { ...common, id: runId(common.template, common.params), kind: 'numeric', ...answer, mistakes };
}
