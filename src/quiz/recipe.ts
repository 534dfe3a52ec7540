/** A question as plain data that can be saved and rebuilt later: the template, its parameters and the scenario. */
import { validateConfig, validateLoads, type ScalingConfig } from '../engine';
import { buildQuestion, TEMPLATE_NAMES } from './generate';
import type { Question } from './types';

export interface QuestionRecipe {
  readonly template: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly config: ScalingConfig;
  readonly loads: readonly number[];
  /** the config as the learner saw it, when it was written out */
  readonly configText?: string;
}

/** Most steps a saved recipe keeps; longer scenarios are not saved (their questions stay in the session). */
export const MAX_RECIPE_STEPS = 200;

/** The recipe of an engine-made question, or undefined for a question no template builds (the lesson's own). */
export function questionRecipe(question: Question): QuestionRecipe | undefined {
  if (!TEMPLATE_NAMES.includes(question.template)) return undefined;
  if (question.scenario.loads.length > MAX_RECIPE_STEPS) return undefined;
  const { config, loads, configText } = question.scenario;
  const recipe: QuestionRecipe = { template: question.template, params: question.params, config, loads, ...(configText === undefined ? {} : { configText }) };
  return rebuildQuestion(recipe)?.id === question.id ? recipe : undefined;
}

/**
 * The question a recipe describes, made afresh by the engine; undefined when the recipe no longer builds one.
 * Recipes come back from storage, so the scenario is validated again first.
 */
export function rebuildQuestion(recipe: QuestionRecipe): Question | undefined {
  const config = validateConfig(recipe.config);
  const loads = validateLoads(recipe.loads);
  if (!config.ok || !loads.ok || typeof recipe.template !== 'string' || typeof recipe.params !== 'object' || recipe.params === null) return undefined;
  const configText = typeof recipe.configText === 'string' ? { configText: recipe.configText } : {};
  return buildQuestion(recipe.template, { config: config.value, loads: loads.value, ...configText }, recipe.params);
}
