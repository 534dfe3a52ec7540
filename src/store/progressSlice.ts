/** Quiz progress kept on the device: answers, scores per mode, missed questions for later review. */
import type { StateCreator } from 'zustand';
import { gradeCard } from '../quiz/leitner';
import type { AnsweredQuestion, AppState, Progress, ProgressSlice, QuizMode } from './types';

export type {
  AnsweredQuestion, AnswerRecord, MissedQuestion, MissedRecipe, Progress, ProgressSlice, QuizMode, Score, TestResult,
} from './types';

/** Every source of scored answers, in the order "Your progress" lists them. */
export const QUIZ_MODES = ['quiz', 'practice', 'predict', 'test', 'lab'] as const satisfies readonly QuizMode[];

/** Each source's name where scores and missed questions are listed ("Your progress", Review's cards). */
export const QUIZ_MODE_LABELS: Readonly<Record<QuizMode, string>> = {
  quiz: 'Visual quiz', practice: 'Practice', predict: 'Predict', test: 'Test this pattern', lab: 'Lab: LLM questions',
};

/** The Review card of a missed question. */
export const missedCardId = (questionId: string) => `missed:${questionId}`;

/** Most answers kept; older ones are dropped so storage stays small. */
export const MAX_ANSWERS = 500;

export const emptyProgress = (): Progress => ({
  answers: [],
  scores: {
    quiz: { correct: 0, total: 0 }, practice: { correct: 0, total: 0 }, predict: { correct: 0, total: 0 }, test: { correct: 0, total: 0 },
    lab: { correct: 0, total: 0 },
  },
  missed: [],
  tests: [],
  review: {},
});

/**
 * Pure: the progress after one more answer. A right answer takes the question off the missed list; either way its
 * Review schedule starts over, so a question missed again comes back first.
 */
export function withAnswer(progress: Progress, mode: QuizMode, question: AnsweredQuestion, correct: boolean, at: number): Progress {
  const score = progress.scores[mode];
  const missed = progress.missed.filter((m) => m.questionId !== question.id);
  const { [missedCardId(question.id)]: _restarted, ...review } = progress.review;
  return {
    ...progress,
    review,
    answers: [...progress.answers, { questionId: question.id, mode, correct, at }].slice(-MAX_ANSWERS),
    scores: { ...progress.scores, [mode]: { correct: score.correct + (correct ? 1 : 0), total: score.total + 1 } },
    missed: correct ? missed : [...missed, { questionId: question.id, mode, prompt: question.prompt, ...(question.recipe ? { recipe: question.recipe } : {}) }].slice(-100),
  };
}

export const createProgressSlice: StateCreator<AppState, [], [], ProgressSlice> = (set) => ({
  progress: emptyProgress(),
  recordAnswer: (mode, question, correct) => set((state) => ({ progress: withAnswer(state.progress, mode, question, correct, Date.now()) })),
  recordTest: (result) => set((state) => ({ progress: { ...state.progress, tests: [...state.progress.tests, { ...result, at: Date.now() }].slice(-50) } })),
  resetProgress: () => set({ progress: emptyProgress() }),
  gradeReviewCard: (cardId, grade) => set((state) => ({
    progress: { ...state.progress, review: { ...state.progress.review, [cardId]: gradeCard(state.progress.review[cardId], grade, Date.now()) } },
  })),
});
