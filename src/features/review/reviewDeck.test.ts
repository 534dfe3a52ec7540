import { describe, expect, it } from 'vitest';
import { FACT_CARDS, LESSON_QUIZ } from '../../content';
import { expectedAnswer, generateQuestions, questionRecipe } from '../../quiz';
import { llmQuestion, llmRecipe } from '../../quiz/llm';
import type { MissedQuestion } from '../../store/progressSlice';
import { dueCards, gradeCard } from '../../quiz/leitner';
import { LESSON_CONFIG, LESSON_LOADS } from '../../engine';
import { buildDeck, deckCard, deckIds } from './reviewDeck';

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

describe('Review deck: the Lab\'s missed LLM questions', () => {
  const missedLlm = (set: number, index: number): MissedQuestion => {
    const question = llmQuestion(set, index);
    return { questionId: question.id, mode: 'lab', prompt: question.prompt, recipe: llmRecipe(set, index) };
  };

  it('show the prompt, the engine\'s answer and its explanation, made again from the recipe, and lead back to the question', () => {
    const question = llmQuestion(3, 4);
    const [card] = buildDeck([missedLlm(3, 4)], []);
    expect(card).toEqual({
      id: `missed:${question.id}`, kind: 'missed', front: question.prompt, back: expectedAnswer(question), detail: question.explanation,
      source: 'Missed in Lab: LLM questions', tryAgain: { href: '#/lab?v=llmset=3,llmq=5', label: 'Try it again in the Lab (set 3, question 5)' },
    });
    // nothing of the answer is kept: the stored prompt is not what the card shows
    const [fromRecipe] = buildDeck([{ ...missedLlm(3, 4), prompt: 'stale words' }], []);
    expect(fromRecipe!.front).toBe(question.prompt);
  });

  it('a recipe that no longer makes the missed question shows the saved prompt and the Lab, never another question\'s answer', () => {
    const missed = missedLlm(3, 4);
    const [card] = buildDeck([{ ...missed, questionId: 'llm:some-older-question' }], []);
    expect(card).toMatchObject({ front: missed.prompt, back: 'Try it again in Lab: LLM questions.', tryAgain: { href: '#/lab' } });
    expect(card!.detail).toBeUndefined();
  });

  it('builds one card at a time: ids in the deck\'s order, a card by its id', () => {
    const missed = [missedLlm(1, 0), { questionId: LESSON_QUIZ[0]!.id, mode: 'quiz' as const, prompt: LESSON_QUIZ[0]!.prompt }];
    const ids = deckIds(missed, FACT_CARDS.slice(0, 1));
    expect(ids).toEqual([`missed:${LESSON_QUIZ[0]!.id}`, `missed:${llmQuestion(1, 0).id}`, FACT_CARDS[0]!.id]);
    expect(deckCard(ids[0]!, missed)?.tryAgain).toEqual({ href: '#/quiz', label: 'Try it again in the Visual quiz' });
    expect(deckCard(ids[2]!, missed, FACT_CARDS)?.front).toBe(FACT_CARDS[0]!.front);
    expect(deckCard('missed:gone', missed)).toBeUndefined();
  });
});
