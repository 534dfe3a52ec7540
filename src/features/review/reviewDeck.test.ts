import { describe, expect, it } from 'vitest';
import { FACT_CARDS, LESSON_QUIZ } from '../../content';
import { generateQuestions, questionRecipe } from '../../quiz';
import { dueCards, gradeCard } from '../../quiz/leitner';
import { LESSON_CONFIG, LESSON_LOADS } from '../../engine';
import { buildDeck } from './reviewDeck';

describe('Review deck', () => {
  it('puts a missed lesson question first, with its right answer and why', () => {
    const deck = buildDeck([{ questionId: LESSON_QUIZ[0]!.id, mode: 'quiz', prompt: LESSON_QUIZ[0]!.prompt }]);
    expect(deck).toHaveLength(FACT_CARDS.length + 1);
    expect(deck[0]).toMatchObject({ id: 'missed:lesson.quiz.1', kind: 'missed', back: 'B. 2', source: 'Missed in Visual quiz' });
    expect(deck[0]!.detail).toContain('Step 4');
  });

  it('rebuilds a generated question from its recipe', () => {
    const question = generateQuestions({ config: LESSON_CONFIG, loads: LESSON_LOADS, count: 1, seed: 3 })[0]!;
    const recipe = questionRecipe(question);
    expect(recipe).toBeDefined();
    const deck = buildDeck([{ questionId: question.id, mode: 'test', prompt: question.prompt, ...(recipe ? { recipe } : {}) }], []);
    expect(deck[0]!.front).toBe(question.prompt);
    expect(deck[0]!.detail).toBe(question.explanation);
  });

  it('a missed question graded Again comes back after the other due cards, before facts graded Good', () => {
    const deck = buildDeck([{ questionId: 'lesson.quiz.2', mode: 'quiz', prompt: 'P' }], FACT_CARDS.slice(0, 2));
    const ids = deck.map((c) => c.id);
    const now = 1000;
    let schedules = { [ids[0]!]: gradeCard(undefined, 1, now) };
    schedules = { ...schedules, [ids[1]!]: gradeCard(undefined, 3, now) };
    expect(dueCards(ids, schedules, now)).toEqual([ids[2], ids[0]]);
  });
});
