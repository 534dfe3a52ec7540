import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trackerVariables } from '../engine';
import { LESSON_FIX_CONFIG, LESSON_PRACTICE, LESSON_QUIZ } from '../content';
import { generateQuestions, generateTest } from './generate';
import { grade } from './grade';
import type { Answer, Question } from './types';

/** Every wrong answer worth trying on a question: each wrong choice, each known mistake, a far-off number, wrong predictions. */
function wrongAnswers(question: Question): Answer[] {
  switch (question.kind) {
    case 'multiple_choice': return question.choices.filter((c) => !c.correct).map((c) => ({ kind: 'multiple_choice', choice: c.id }));
    case 'numeric': return [...(question.mistakes ?? []).map((m) => m.value), question.answer + 100].map((value) => ({ kind: 'numeric', value }));
    case 'predict_step': return [
      { kind: 'predict_step', action: question.answer.action, instances: question.answer.instances + 1 },
      { kind: 'predict_step', action: question.answer.action === 'none' ? 'scale_up' : 'none', instances: question.answer.instances },
    ];
    case 'fix_config': return [{ kind: 'fix_config', configText: question.startText }];
  }
}

const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).map((s) => s.trim().replace(/^(Not quite|Right|Correct):\s*/, '')).filter(Boolean);

/**
 * The same statement made twice in one feedback, behind different lead-ins ("It does happen: X." then "The first is at
 * step 6: X."): sentences whose last part, after their last colon, is the same and six words or more.
 */
function repeatedPhrases(text: string): string[] {
  const tails = text.split(/(?<=[.!?])\s+/).map((sentence) => sentence.split(': ').pop()!.trim().toLowerCase())
    .filter((tail) => tail.split(/\s+/).length >= 6);
  return tails.filter((tail, i) => tails.indexOf(tail) !== i);
}

function repeatedSentences(question: Question): string[] {
  return wrongAnswers(question).flatMap((answer) => {
    const feedback = grade(question, answer).feedback;
    const said = sentences(feedback);
    const repeats = [...said.filter((sentence, i) => said.indexOf(sentence) !== i), ...repeatedPhrases(feedback)];
    return repeats.map((repeat) => `${question.id}: ${repeat}`);
  });
}

const questionsOfSeed = (seed: number) => {
  const test = generateTest({ seed });
  return [...test.questions, ...generateQuestions({ ...test.scenario, seed, count: 16 })];
};

describe('feedback and hints say each thing once, and point where it is', () => {
  it('no wrong-answer feedback repeats a sentence (lesson questions and engine-made ones over many seeds)', () => {
    expect([...LESSON_QUIZ, ...LESSON_PRACTICE, LESSON_FIX_CONFIG].flatMap(repeatedSentences)).toEqual([]);
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
      expect(questionsOfSeed(seed).flatMap(repeatedSentences)).toEqual([]);
    }), { numRuns: 150 });
  }, 60_000);

  it('a wrong prediction says the step\'s count once, not once in the verdict and again in the explanation', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
      for (const question of questionsOfSeed(seed)) {
        if (question.kind !== 'predict_step') continue;
        for (const answer of wrongAnswers(question)) {
          const feedback = grade(question, answer).feedback.toLowerCase();
          const told = feedback.split(`ends with ${question.answer.instances}`).length - 1;
          expect(told, feedback).toBeLessThanOrEqual(1);
        }
      }
    }), { numRuns: 150 });
  }, 60_000);

  it('an engine-made hint sends learners to the variable tracker only for what the tracker holds', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
      for (const question of questionsOfSeed(seed)) {
        const variables = trackerVariables(question.scenario.config);
        for (const hint of question.hints.filter((h) => /variable_tracker|variable tracker/.test(h))) {
          const named = [...hint.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
          expect(named.every((name) => variables.includes(name)), `${question.id}: ${hint}`).toBe(true);
        }
      }
    }), { numRuns: 150 });
  }, 60_000);
});
