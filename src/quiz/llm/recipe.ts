/**
 * A missed LLM question as plain data, kept with the learner's progress: the set (its seed), the question's place in
 * it and its template's name. The engine makes the question again from these (rebuildLlmQuestion); nothing of the
 * question itself (prompt, answer) is kept. This file imports nothing, so the store can check a saved recipe's shape
 * without loading the templates and the time engine.
 */

export interface LlmRecipe {
  readonly kind: 'llm';
  /** the template the question came from, e.g. "llm_batch_size": a set asked in another order no longer rebuilds */
  readonly template: string;
  /** the set's seed (the Lab's "Set 1, 2, ...") */
  readonly set: number;
  /** 0-based place of the question in its set */
  readonly index: number;
}

/** Highest set seed a recipe or a link may name (the seeds' own range). */
export const MAX_LLM_SET = 0xffff_ffff;

const isWhole = (value: unknown, max: number): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;

/** Checks a recipe read back from storage: every field present and in range. */
export function isLlmRecipe(value: unknown): value is LlmRecipe {
  if (typeof value !== 'object' || value === null) return false;
  const recipe = value as Record<string, unknown>;
  return recipe.kind === 'llm' && typeof recipe.template === 'string' && /^[a-z0-9_]{1,60}$/.test(recipe.template)
    && isWhole(recipe.set, MAX_LLM_SET) && isWhole(recipe.index, 99);
}
