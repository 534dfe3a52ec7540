import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LESSON_CONFIG, LESSON_LOADS } from '../engine';
import { generateQuestions, generateTest } from './generate';
import { questionPicture, questionSteps } from './giveaway';
import type { PredictStepQuestion, Question } from './types';

/** Every predicted step that another question of the set is about too, as "question i and question j, step k". */
function sharedPredictedSteps(questions: readonly Question[]): string[] {
  const shared: string[] = [];
  questions.forEach((p, i) => {
    if (p.kind !== 'predict_step') return;
    questions.forEach((q, j) => {
      if (i !== j && questionSteps(q).has(p.step)) shared.push(`${i + 1} (${p.template}) and ${j + 1} (${q.template}), step ${p.step}`);
    });
  });
  return shared;
}

function pictureHidesAnswer(question: PredictStepQuestion): boolean {
  const picture = questionPicture(question);
  return picture.cursor < question.step && picture.hideAfter === picture.cursor;
}

describe('no question gives away another\'s answer', () => {
  it('the steps a question is about: its step, the rows and cells it points at, a tracker column, a "Step k" answer', () => {
    const [question] = generateQuestions({ config: LESSON_CONFIG, loads: LESSON_LOADS, seed: 3, count: 40 })
      .filter((q) => q.template === 'final_instances');
    expect(question && [...questionSteps(question)]).toEqual([6]);
  });

  it.each([42, 1, 7])('seed %i: a predicted step is no other question\'s step', (seed) => {
    expect(sharedPredictedSteps(generateTest({ seed }).questions)).toEqual([]);
  });

  it('over many seeds, tests and question sets never share a predicted step, and its picture stops before it', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
      const test = generateTest({ seed });
      const sets = [test.questions, generateQuestions({ ...test.scenario, seed, count: 12 })];
      for (const questions of sets) {
        expect(sharedPredictedSteps(questions)).toEqual([]);
        for (const q of questions) if (q.kind === 'predict_step') expect(pictureHidesAnswer(q), q.id).toBe(true);
      }
    }), { numRuns: 300 });
  }, 60_000);

  it('a question that does not ask to predict shows the whole run', () => {
    for (const q of generateTest({ seed: 42 }).questions.filter((x) => x.kind !== 'predict_step')) {
      expect(questionPicture(q)).toEqual({ cursor: q.scenario.loads.length, hideAfter: null });
    }
  });
});
