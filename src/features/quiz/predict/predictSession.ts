/**
 * Predict mode's session, pure: which steps are revealed, what was predicted for each and how it was graded.
 * The right answer always comes from the quiz engine (buildQuestion + grade), never from here.
 */
import { ACTION_CHOICES } from '../answerDraft';
import { buildQuestion, expectedAnswer, grade, scenarioKey, type PredictStepQuestion, type Scenario, type StepPrediction } from '../../../quiz';
import type { PredictRun } from '../../../store/runsSlice';

/** right / wrong: a prediction was committed; revealed: the learner looked without predicting (counts as a miss) */
export type PredictionOutcome = 'right' | 'wrong' | 'revealed';

export interface PredictionResult {
  /** 1-based step this result is about */
  readonly step: number;
  readonly outcome: PredictionOutcome;
  /** why: the grade's feedback, specific to what was predicted */
  readonly feedback: string;
  /** the right answer in words */
  readonly expected: string;
  /** what the learner predicted; absent when revealed without predicting */
  readonly predicted?: StepPrediction;
}

export interface PredictSession {
  /** steps in the scenario's trace */
  readonly steps: number;
  /** how many steps are revealed; the next one to predict is revealed + 1 */
  readonly revealed: number;
  /** one result per revealed step, in step order */
  readonly results: readonly PredictionResult[];
}

export const startSession = (steps: number): PredictSession => ({ steps, revealed: 0, results: [] });

/** The engine's question for a 1-based step ("predict the next row"); undefined when the step does not exist. */
export function predictQuestionAt(scenario: Scenario, step: number): PredictStepQuestion | undefined {
  const question = buildQuestion('predict_next', scenario, { step });
  return question?.kind === 'predict_step' ? question : undefined;
}

/** Grades a committed prediction, or records a reveal without one (a miss that still explains the step). */
export function predictionResult(question: PredictStepQuestion, predicted?: StepPrediction): PredictionResult {
  if (!predicted) {
    const feedback = `Revealed without a prediction (counted as a miss). ${question.explanation}`;
    return { step: question.step, outcome: 'revealed', feedback, expected: expectedAnswer(question) };
  }
  const graded = grade(question, { kind: 'predict_step', ...predicted });
  return { step: question.step, outcome: graded.correct ? 'right' : 'wrong', feedback: graded.feedback, expected: graded.expected, predicted };
}

/** The session after one more step is revealed. A result for any step but the next one is ignored. */
export function withResult(session: PredictSession, result: PredictionResult): PredictSession {
  if (session.revealed >= session.steps || result.step !== session.revealed + 1) return session;
  return { ...session, revealed: result.step, results: [...session.results, result] };
}

export const isFinished = (session: PredictSession) => session.revealed >= session.steps;

export interface PredictScore {
  readonly right: number;
  /** predictions made plus steps revealed without one */
  readonly total: number;
}

export function sessionScore(session: PredictSession): PredictScore {
  return { right: session.results.filter((r) => r.outcome === 'right').length, total: session.results.length };
}

/** "3 of 4 right" */
export function scoreText({ right, total }: PredictScore): string {
  return `${right} of ${total} right`;
}

/** The result recorded for a 1-based step, if it has been revealed. */
export function resultAt(session: PredictSession, step: number): PredictionResult | undefined {
  return session.results[step - 1];
}

export type PredictEvent =
  | { readonly type: 'result'; readonly result: PredictionResult }
  | { readonly type: 'restart'; readonly steps: number }
  /** another scenario: its kept run, or a fresh session */
  | { readonly type: 'open'; readonly session: PredictSession };

export function predictReducer(session: PredictSession, event: PredictEvent): PredictSession {
  switch (event.type) {
    case 'result': return withResult(session, event.result);
    case 'restart': return startSession(event.steps);
    case 'open': return event.session;
  }
}

/** "No scaling, 1" — a prediction as the table's prediction column shows it. */
export function predictionText({ action, instances }: StepPrediction): string {
  const label = ACTION_CHOICES.find((choice) => choice.action === action)?.label ?? action;
  return `${label}, ${instances}`;
}

/** The session as kept on the device: the scenario's key and each step's prediction (null: revealed without one). */
export function predictRunOf(session: PredictSession, scenario: Scenario): PredictRun {
  return { scenario: scenarioKey(scenario), predictions: session.results.map((result) => result.predicted ?? null) };
}

/** A kept run on the same scenario as a session again, each prediction graded again; otherwise a fresh session. */
export function resumePredict(run: PredictRun | null, scenario: Scenario): PredictSession {
  let session = startSession(scenario.loads.length);
  if (!run || run.scenario !== scenarioKey(scenario)) return session;
  for (const [i, predicted] of run.predictions.entries()) {
    const question = predictQuestionAt(scenario, i + 1);
    if (!question) break;
    session = withResult(session, predictionResult(question, predicted ?? undefined));
  }
  return session;
}
