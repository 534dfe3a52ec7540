/** Review's deck: the learner's missed questions first, then the lesson's key facts, as cards with two sides. Pure. */
import { FACT_CARDS, LESSON_FIX_CONFIG, LESSON_PRACTICE, LESSON_QUIZ, type FactCard } from '../../content';
import { expectedAnswer, rebuildQuestion, type Question } from '../../quiz';
import { missedCardId, type MissedQuestion, type QuizMode } from '../../store/progressSlice';

export interface ReviewCard {
  readonly id: string;
  readonly kind: 'missed' | 'fact';
  readonly front: string;
  /** the answer */
  readonly back: string;
  /** why, when known */
  readonly detail?: string;
  /** where the card comes from */
  readonly source: string;
  /** the mode to try a missed question again in */
  readonly mode?: QuizMode;
}

const MODE_NAMES: Readonly<Record<QuizMode, string>> = { quiz: 'Visual quiz', practice: 'Practice', predict: 'Predict', test: 'Test this pattern' };
const LESSON_QUESTIONS: readonly Question[] = [...LESSON_QUIZ, ...LESSON_PRACTICE, LESSON_FIX_CONFIG];

/** The question behind a missed entry: rebuilt from its recipe by the engine, or one of the lesson's own. */
function questionOf(missed: MissedQuestion): Question | undefined {
  return (missed.recipe ? rebuildQuestion(missed.recipe) : undefined) ?? LESSON_QUESTIONS.find((q) => q.id === missed.questionId);
}

export function missedCard(missed: MissedQuestion): ReviewCard {
  const question = questionOf(missed);
  const source = `Missed in ${MODE_NAMES[missed.mode]}`;
  if (!question) {
    return { id: missedCardId(missed.questionId), kind: 'missed', front: missed.prompt, back: `Try it again in ${MODE_NAMES[missed.mode]}.`, source, mode: missed.mode };
  }
  return { id: missedCardId(missed.questionId), kind: 'missed', front: question.prompt, back: expectedAnswer(question), detail: question.explanation, source, mode: missed.mode };
}

export function factCard(card: FactCard): ReviewCard {
  return { id: card.id, kind: 'fact', front: card.front, back: card.back, source: `Lesson: ${card.source}` };
}

/** Missed questions first (most recent first), then the facts: the order Leitner falls back on within a box. */
export function buildDeck(missed: readonly MissedQuestion[], facts: readonly FactCard[] = FACT_CARDS): readonly ReviewCard[] {
  return [...[...missed].reverse().map(missedCard), ...facts.map(factCard)];
}
