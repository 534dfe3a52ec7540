/** Review's deck: the learner's missed questions first, then the lesson's key facts, as cards with two sides. Pure. */
import { FACT_CARDS, LESSON_FIX_CONFIG, LESSON_PRACTICE, LESSON_QUIZ, type FactCard } from '../../content';
import { expectedAnswer, rebuildQuestion, type Question, type RunQuestion } from '../../quiz';
import { isLlmRecipe, rebuildLlmQuestion } from '../../quiz/llm';
import { missedCardId, QUIZ_MODE_LABELS, type MissedQuestion } from '../../store/progressSlice';
import { llmQuestionHash } from '../../store/llmQuestionLink';

/** Where a missed question can be asked again: a link and its words. */
export interface TryAgain {
  readonly href: string;
  readonly label: string;
}

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
  /** a missed question's way back to where it was asked */
  readonly tryAgain?: TryAgain;
}

const LESSON_QUESTIONS: readonly Question[] = [...LESSON_QUIZ, ...LESSON_PRACTICE, LESSON_FIX_CONFIG];

/** The question behind a missed entry: rebuilt from its recipe by the engine, or one of the lesson's own. */
function questionOf(missed: MissedQuestion): Question | RunQuestion | undefined {
  const { recipe } = missed;
  if (isLlmRecipe(recipe)) {
    // the same place in the same set, made again: only if it is still the question that was missed
    const rebuilt = rebuildLlmQuestion(recipe);
    return rebuilt?.id === missed.questionId ? rebuilt : undefined;
  }
  return (recipe ? rebuildQuestion(recipe) : undefined) ?? LESSON_QUESTIONS.find((q) => q.id === missed.questionId);
}

function tryAgainOf(missed: MissedQuestion, found: boolean): TryAgain {
  const { mode } = missed;
  if (mode === 'lab') {
    return found && isLlmRecipe(missed.recipe)
      ? { href: llmQuestionHash(missed.recipe), label: `Try it again in the Lab (set ${missed.recipe.set}, question ${missed.recipe.index + 1})` }
      : { href: '#/lab', label: 'Try the Lab\'s LLM questions again' };
  }
  return { href: `#/${mode}`, label: `Try it again in ${mode === 'quiz' ? 'the Visual quiz' : QUIZ_MODE_LABELS[mode]}` };
}

export function missedCard(missed: MissedQuestion): ReviewCard {
  const question = questionOf(missed);
  const id = missedCardId(missed.questionId);
  const source = `Missed in ${QUIZ_MODE_LABELS[missed.mode]}`;
  const tryAgain = tryAgainOf(missed, question !== undefined);
  if (!question) return { id, kind: 'missed', front: missed.prompt, back: `Try it again in ${QUIZ_MODE_LABELS[missed.mode]}.`, source, tryAgain };
  return { id, kind: 'missed', front: question.prompt, back: expectedAnswer(question), detail: question.explanation, source, tryAgain };
}

export function factCard(card: FactCard): ReviewCard {
  return { id: card.id, kind: 'fact', front: card.front, back: card.back, source: `Lesson: ${card.source}` };
}

/** The deck's card ids: missed questions first (most recent first), then the facts, the order Leitner falls back on within a box. */
export function deckIds(missed: readonly MissedQuestion[], facts: readonly FactCard[] = FACT_CARDS): readonly string[] {
  return [...[...missed].reverse().map((m) => missedCardId(m.questionId)), ...facts.map((f) => f.id)];
}

/**
 * One card of the deck, made when it comes up: a missed question is rebuilt by the engine then (an LLM question takes
 * a few runs of the time engine), not the whole deck at once.
 */
export function deckCard(id: string, missed: readonly MissedQuestion[], facts: readonly FactCard[] = FACT_CARDS): ReviewCard | undefined {
  const question = missed.find((m) => missedCardId(m.questionId) === id);
  if (question) return missedCard(question);
  const fact = facts.find((f) => f.id === id);
  return fact ? factCard(fact) : undefined;
}

/** Every card, in deckIds' order. */
export function buildDeck(missed: readonly MissedQuestion[], facts: readonly FactCard[] = FACT_CARDS): readonly ReviewCard[] {
  return deckIds(missed, facts).map((id) => deckCard(id, missed, facts)!);
}
