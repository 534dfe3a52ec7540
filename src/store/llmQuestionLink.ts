/**
 * The Lab's LLM questions in the address: the set and the question on screen are the Lab's view state
 * ("#/lab?v=llmset=2,llmq=3"), so a reload or a shared link opens that question, and Review's "try again" leads to it.
 */
import type { LlmRecipe } from '../quiz/llm/recipe';
import { formatHash } from './urlState';
import { formatViewParams } from './viewParams';

/** the set's seed (1, 2, ...) */
export const LLM_SET_PARAM = 'llmset';
/** the question's 1-based number in its set; absent or 0: the questions are not started */
export const LLM_QUESTION_PARAM = 'llmq';

/** The Lab's address at a recipe's question (the Lab's setup comes from the device, as on any plain #/lab). */
export function llmQuestionHash(recipe: Pick<LlmRecipe, 'set' | 'index'>): string {
  return formatHash({ mode: 'lab', view: formatViewParams({ [LLM_SET_PARAM]: recipe.set, [LLM_QUESTION_PARAM]: recipe.index + 1 }) });
}
