/** A missed LLM question is kept as its set, place and template, and made again by the engine from them alone. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedAnswer } from '../grade';
import { isLlmRecipe, LLM_SET_LENGTH, LLM_TEMPLATES, llmQuestion, llmRecipe, llmRecipeCurrent, llmSetOrder, MAX_LLM_SET, rebuildLlmQuestion } from './index';

describe('LLM question recipes', () => {
  it('name the set, the place in it (wrapped like llmQuestion) and the template asked there', () => {
    const recipe = llmRecipe(5, 2);
    expect(recipe).toEqual({ kind: 'llm', template: llmSetOrder(5)[2], set: 5, index: 2 });
    expect(llmRecipe(5, LLM_SET_LENGTH + 2)).toEqual(recipe);
    expect(llmRecipe(5, -1).index).toBe(LLM_SET_LENGTH - 1);
  });

  it('rebuild the very question, and nothing when the template is no longer asked at that place', () => {
    const recipe = llmRecipe(9, 4);
    expect(rebuildLlmQuestion(recipe)).toEqual(llmQuestion(9, 4));
    const other = LLM_TEMPLATES.map((t) => t.name).find((name) => name !== recipe.template)!;
    expect(rebuildLlmQuestion({ ...recipe, template: other })).toBeUndefined();
    expect(rebuildLlmQuestion({ ...recipe, index: LLM_SET_LENGTH })).toBeUndefined();
    // the same check without a run, for links
    expect(llmRecipeCurrent(recipe)).toBe(true);
    expect(llmRecipeCurrent({ ...recipe, template: other })).toBe(false);
    expect(llmRecipeCurrent({ ...recipe, index: LLM_SET_LENGTH })).toBe(false);
  });

  it('refuse a shape read back from storage that is not a whole recipe', () => {
    const good = llmRecipe(1, 0);
    expect(isLlmRecipe(good)).toBe(true);
    const broken: unknown[] = [
      null, 42, 'llm', {}, { ...good, kind: 'quiz' }, { ...good, template: 7 }, { ...good, template: '' },
      { ...good, template: 'a template with <b>' }, { ...good, set: -1 }, { ...good, set: 1.5 }, { ...good, set: MAX_LLM_SET + 1 },
      { ...good, set: '3' }, { ...good, index: -1 }, { ...good, index: 100 }, { kind: 'llm', set: 1, index: 0 },
    ];
    for (const value of broken) {
      expect(isLlmRecipe(value), JSON.stringify(value)).toBe(false);
      expect(rebuildLlmQuestion(value)).toBeUndefined();
    }
  });

  it('for any set and place, the recipe through JSON rebuilds the same prompt, answer and explanation', () => {
    const place = fc.record({ set: fc.integer({ min: 0, max: MAX_LLM_SET }), index: fc.integer({ min: 0, max: LLM_SET_LENGTH - 1 }) });
    fc.assert(fc.property(place, ({ set, index }) => {
      const asked = llmQuestion(set, index);
      const rebuilt = rebuildLlmQuestion(JSON.parse(JSON.stringify(llmRecipe(set, index))));
      expect(rebuilt?.id).toBe(asked.id);
      expect(rebuilt?.prompt).toBe(asked.prompt);
      expect(expectedAnswer(rebuilt!)).toBe(expectedAnswer(asked));
      expect(rebuilt?.explanation).toBe(asked.explanation);
    }), { numRuns: 25 });
  });
});
