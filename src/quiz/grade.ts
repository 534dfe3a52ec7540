/** Grading: right or wrong, and always why, in words specific to the answer given. */
import { formatNumber, parseConfigText, type Action } from '../engine';
import { checkGoal, reasonsWithFixes } from './goal';
import type {
  Answer, FixConfigQuestion, Grade, MultipleChoiceQuestion, NumericQuestion, PredictStepQuestion, Question, RunQuestion, StepPrediction,
} from './types';

/** What grading a choice or a number reads of a question (a lesson question or a run question alike). */
type ChoiceParts = Pick<MultipleChoiceQuestion, 'choices' | 'explanation'>;
type NumberParts = Pick<NumericQuestion, 'answer' | 'tolerance' | 'unit' | 'mistakes' | 'explanation'>;

const KIND_WORDS: Record<Question['kind'], string> = {
  multiple_choice: 'a choice (A to D)',
  numeric: 'a number',
  predict_step: 'an action and an instance count',
  fix_config: 'a config',
};

const ACTION_WORDS: Record<Action, string> = { scale_up: 'scale up', scale_down: 'scale down', none: 'no scaling' };

/** The right answer in words, for reviews and for "show answer". */
export function expectedAnswer(question: Question | RunQuestion): string {
  switch (question.kind) {
    case 'multiple_choice': {
      const right = question.choices.find((choice) => choice.correct);
      return right ? `${right.id}. ${right.text}` : '';
    }
    case 'numeric':
      return withUnit(question.answer, question.unit);
    case 'predict_step':
      return predictionWords(question.answer);
    case 'fix_config':
      return question.solutionText;
  }
}

/** "3 instances", "1 instance", "1 time", "27.6 %": a number with its unit, singular for exactly 1. */
export function withUnit(value: number, unit: string | undefined): string {
  if (!unit) return formatNumber(value);
  return `${formatNumber(value)} ${value === 1 && /[a-z]s$/.test(unit) ? unit.slice(0, -1) : unit}`;
}

function predictionWords({ action, instances }: StepPrediction): string {
  return `${ACTION_WORDS[action]}, ${instances} ${instances === 1 ? 'instance' : 'instances'} after`;
}

function gradeChoice(question: ChoiceParts, choiceId: string): Omit<Grade, 'expected'> {
  const choice = question.choices.find((c) => c.id === choiceId);
  if (!choice) return { correct: false, feedback: `There is no choice ${choiceId}; pick one of ${question.choices.map((c) => c.id).join(', ')}.` };
  if (choice.correct) return { correct: true, feedback: choice.feedback };
  return { correct: false, feedback: `Not quite: ${choice.feedback} ${question.explanation}` };
}

function gradeNumber(question: NumberParts, value: number): Omit<Grade, 'expected'> {
  if (!Number.isFinite(value)) return { correct: false, feedback: 'Enter a number.' };
  const close = (target: number) => Math.abs(value - target) <= question.tolerance + 1e-9;
  if (close(question.answer)) return { correct: true, feedback: `Correct: ${question.explanation}` };
  const mistake = question.mistakes?.find((m) => close(m.value));
  const why = mistake ? mistake.feedback : `${withUnit(value, question.unit)} is ${value > question.answer ? 'too high' : 'too low'}.`;
  return { correct: false, feedback: `Not quite: ${why} ${question.explanation}` };
}

function gradePrediction(question: PredictStepQuestion, predicted: StepPrediction): Omit<Grade, 'expected'> {
  const { answer } = question;
  const actionRight = predicted.action === answer.action;
  const countRight = predicted.instances === answer.instances;
  if (actionRight && countRight) return { correct: true, feedback: `Correct: ${question.explanation}` };
  const said = `You predicted ${predictionWords(predicted)}`;
  // the explanation that follows states the step's action and count: say only what was right and what was not
  const why = actionRight
    ? `${said}: the action is right, the count is not.`
    : countRight
      ? `${said}: the count is right, the action is not.`
      : `${said}: neither the action nor the count is right.`;
  return { correct: false, feedback: `${why} ${question.explanation}` };
}

function gradeConfig(question: FixConfigQuestion, text: string): Omit<Grade, 'expected'> {
  const parsed = parseConfigText(text);
  if (!parsed.ok) {
    const errors = parsed.errors.map((e) => `${e.path ? `${e.path}: ` : ''}${e.message} (${e.hint})`);
    return { correct: false, feedback: `The config does not validate yet: ${errors.join('; ')}.` };
  }
  const result = checkGoal(question.goal, parsed.value);
  return result.met
    ? { correct: true, feedback: `Meets the goal: ${result.reasons.join('; ')}.` }
    : { correct: false, feedback: `Not yet: ${reasonsWithFixes(result).join('; ')}.` };
}

/** Grades one answer. A mismatched answer kind is graded wrong, with a message saying what is expected. */
export function grade(question: Question, answer: Answer): Grade {
  const expected = expectedAnswer(question);
  if (answer.kind !== question.kind) {
    return { correct: false, feedback: `This question needs ${KIND_WORDS[question.kind]}.`, expected };
  }
  switch (question.kind) {
    case 'multiple_choice':
      return { ...gradeChoice(question, (answer as Extract<Answer, { kind: 'multiple_choice' }>).choice), expected };
    case 'numeric':
      return { ...gradeNumber(question, (answer as Extract<Answer, { kind: 'numeric' }>).value), expected };
    case 'predict_step': {
      const { action, instances } = answer as Extract<Answer, { kind: 'predict_step' }>;
      return { ...gradePrediction(question, { action, instances }), expected };
    }
    case 'fix_config':
      return { ...gradeConfig(question, (answer as Extract<Answer, { kind: 'fix_config' }>).configText), expected };
  }
}

/** Grades one answer to a question about a Lab run, with the same words as a lesson question of its kind. */
export function gradeRun(question: RunQuestion, answer: Answer): Grade {
  const expected = expectedAnswer(question);
  if (answer.kind !== question.kind) return { correct: false, feedback: `This question needs ${KIND_WORDS[question.kind]}.`, expected };
  return question.kind === 'multiple_choice'
    ? { ...gradeChoice(question, (answer as Extract<Answer, { kind: 'multiple_choice' }>).choice), expected }
    : { ...gradeNumber(question, (answer as Extract<Answer, { kind: 'numeric' }>).value), expected };
}
