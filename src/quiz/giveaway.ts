/**
 * Which steps a question is about, and the picture it is shown with, so that no question gives another's answer away:
 * a question that asks the learner to predict a step shares that step with no other question of its set, and its
 * picture stops before that step.
 */
import { simulate, type Trace } from '../engine';
import { resolveTarget } from './targets';
import type { Question } from './types';

const STEP_ANSWER = /^Step (\d+)$/;

/** The 1-based steps of its own scenario a question is about: its step, what it points at, a "Step k" answer. */
export function questionSteps(question: Question, trace: Trace = simulate(question.scenario)): ReadonlySet<number> {
  const steps = new Set<number>();
  const add = (step: number) => { if (Number.isInteger(step) && step >= 1 && step <= trace.length) steps.add(step); };
  if (question.kind === 'predict_step') add(question.step);
  if (typeof question.params.step === 'number') add(question.params.step);
  // a "what if" question points into another run: its rows are not this scenario's
  if (!question.whatIf) {
    for (const target of [question.refersTo, ...(question.alsoRefersTo ?? [])]) {
      const resolved = resolveTarget(target, trace);
      if (resolved?.kind === 'row' || resolved?.kind === 'cell') add(resolved.step);
      // tracker columns: 0 Start, k After k, length + 1 Final (the last step's count)
      if (resolved?.kind === 'tracker') add(Math.min(resolved.column, trace.length));
    }
  }
  if (question.kind === 'multiple_choice') {
    const answer = STEP_ANSWER.exec(question.choices.find((c) => c.correct)?.text ?? '');
    if (answer) add(Number(answer[1]));
  }
  return steps;
}

/** True when one of the two asks to predict a step the other is about. */
export function givesAway(a: Question, b: Question, trace?: Trace): boolean {
  const predicts = (p: Question, q: Question) => p.kind === 'predict_step' && questionSteps(q, trace).has(p.step);
  return predicts(a, b) || predicts(b, a);
}

/** What the views show with a question: run up to `cursor`; rows after `hideAfter` stay hidden even when all rows are asked for. */
export interface QuestionPicture {
  /** 0 = Start, k = after step k */
  readonly cursor: number;
  /** null when the whole run may show */
  readonly hideAfter: number | null;
}

/** A step to predict is shown up to the step before it, its row and every later one hidden; any other question shows the whole run. */
export function questionPicture(question: Question): QuestionPicture {
  if (question.kind === 'predict_step') return { cursor: question.step - 1, hideAfter: question.step - 1 };
  return { cursor: question.scenario.loads.length, hideAfter: null };
}
