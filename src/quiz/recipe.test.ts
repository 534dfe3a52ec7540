import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LESSON_QUIZ } from '../content';
import { generateQuestions } from './generate';
import { questionRecipe, rebuildQuestion } from './recipe';
import { LESSON_SCENARIO, scenarioFromSeed } from './scenario';

describe('question recipes', () => {
  it('rebuild every engine-made question exactly, after a trip through JSON', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 10_000 }), (seed) => {
      const scenario = scenarioFromSeed(seed);
      for (const question of generateQuestions({ ...scenario, seed, count: 8 })) {
        const recipe = questionRecipe(question);
        expect(recipe).toBeDefined();
        expect(rebuildQuestion(JSON.parse(JSON.stringify(recipe)))).toEqual(question);
      }
    }), { numRuns: 25 });
  });

  it('are not made for the lesson\'s own questions (they are found by id)', () => {
    for (const question of LESSON_QUIZ) expect(questionRecipe(question)).toBeUndefined();
  });

  it('rebuild nothing from tampered data', () => {
    const [question] = generateQuestions({ ...LESSON_SCENARIO, seed: 1, count: 1 });
    const recipe = questionRecipe(question!)!;
    expect(rebuildQuestion({ ...recipe, config: { ...recipe.config, min_servers: -3 } })).toBeUndefined();
    expect(rebuildQuestion({ ...recipe, loads: [Number.NaN] })).toBeUndefined();
    expect(rebuildQuestion({ ...recipe, template: 'no_such_template' })).toBeUndefined();
    fc.assert(fc.property(fc.anything(), (junk) => { rebuildQuestion({ ...recipe, params: junk as never }); }));
  });
});
