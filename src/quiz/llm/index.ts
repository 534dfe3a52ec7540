/**
 * Questions on LLM endpoints, each answered by a run of the Lab's time engine (the LLM replica and a policy), never
 * written ahead of the run. A set is reproducible from its seed: the seed orders the templates and draws each one's
 * setup. Questions are made one at a time, when asked for (each takes a few runs of the engine).
 */
import { seededRandom } from '../../engine';
import { hashString, shuffled } from '../build';
import type { RunQuestion } from '../types';
import { BATCH_TEMPLATES } from './batchTemplates';
import { LIFECYCLE_TEMPLATES } from './lifecycleTemplates';
import type { LlmTemplate } from './template';
import { isLlmRecipe, type LlmRecipe } from './recipe';

export type { LlmTemplate } from './template';
export { isLlmRecipe, MAX_LLM_SET, type LlmRecipe } from './recipe';

/** One file's templates after the other; a new kind is one template in one of them. */
export const LLM_TEMPLATES: readonly LlmTemplate[] = [...BATCH_TEMPLATES, ...LIFECYCLE_TEMPLATES];

/** Questions in one set: one of each template. */
export const LLM_SET_LENGTH = LLM_TEMPLATES.length;

/** The template names in the order seed `seed`'s set asks them. */
export function llmSetOrder(seed: number): readonly string[] {
  return shuffled(LLM_TEMPLATES, seededRandom(seed)).map((t) => t.name);
}

/** Question `index` (0-based, wrapping) of seed `seed`'s set. */
export function llmQuestion(seed: number, index: number): RunQuestion {
  const order = llmSetOrder(seed);
  const at = ((index % order.length) + order.length) % order.length;
  const name = order[at]!;
  return llmTemplate(name).build(hashString(`${seed}:${name}`));
}

/** The recipe of question `index` of seed `seed`'s set: what rebuildLlmQuestion needs to make it again. */
export function llmRecipe(seed: number, index: number): LlmRecipe {
  const order = llmSetOrder(seed);
  const at = ((index % order.length) + order.length) % order.length;
  return { kind: 'llm', template: order[at]!, set: seed, index: at };
}

/**
 * The question a recipe names, made again by the engine; undefined when the recipe is not one (read back from storage)
 * or no longer names that template at that place (the templates changed since it was saved).
 */
export function rebuildLlmQuestion(recipe: unknown): RunQuestion | undefined {
  return isLlmRecipe(recipe) && llmRecipeCurrent(recipe) ? llmQuestion(recipe.set, recipe.index) : undefined;
}

/** Whether a recipe's set still asks its template at its place (no run of the engine: a link can be checked cheaply). */
export function llmRecipeCurrent(recipe: LlmRecipe): boolean {
  return recipe.index < LLM_SET_LENGTH && llmSetOrder(recipe.set)[recipe.index] === recipe.template;
}

export function llmTemplate(name: string): LlmTemplate {
  const template = LLM_TEMPLATES.find((t) => t.name === name);
  if (!template) throw new Error(`no LLM question template "${name}"`);
  return template;
}
