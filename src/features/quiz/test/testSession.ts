/**
 * "Test this pattern", pure: the ten questions of a seeded test, the answers given (graded silently by the engine),
 * the score at the end and a review row per question with a link into the workspace at the step it concerns.
 */
import { formatNumber, simulate } from '../../../engine';
import {
  DIFFICULTIES, expectedAnswer, generateTest, grade, resolveTarget,
  type Answer, type Difficulty, type Grade, type PictureTarget, type Question, type Scenario, type TestSet,
} from '../../../quiz';
import type { TestRun } from '../../../store/runsSlice';
import { encodeShared } from '../../../store/urlState';
import { ACTION_CHOICES } from '../answerDraft';

export interface TestAnswer {
  /** absent when the question was left unanswered */
  readonly answer?: Answer;
  readonly grade: Grade;
}

export interface TestSession {
  readonly test: TestSet;
  /** by question index; undefined while unanswered */
  readonly answers: readonly (TestAnswer | undefined)[];
  /** the question on screen, 0-based */
  readonly index: number;
  readonly finished: boolean;
}

export const startTest = (seed: number): TestSession => ({ test: generateTest({ seed }), answers: [], index: 0, finished: false });

/** The session as kept on the device: the seed and the answers given (the test and the grades come back from them). */
export function testRunOf(session: TestSession): TestRun {
  const answers = session.test.questions.map((_, i) => session.answers[i]?.answer ?? null);
  return { seed: session.test.seed, answers, index: session.index, finished: session.finished };
}

/** A kept run as a session again: the test drawn from its seed, each answer graded again by the engine. */
export function resumeTest(run: TestRun): TestSession {
  const test = generateTest({ seed: run.seed });
  const answers = test.questions.map((question, i): TestAnswer | undefined => {
    const answer = run.answers[i];
    if (answer && answer.kind === question.kind) return { answer, grade: grade(question, answer) };
    return run.finished ? { grade: unansweredGrade(question) } : undefined;
  });
  const index = Math.min(Math.max(run.index, 0), Math.max(test.questions.length - 1, 0));
  return { test, answers, index, finished: run.finished };
}

/** A question left unanswered at the end is graded as a miss, still with the engine's explanation. */
export function unansweredGrade(question: Question): Grade {
  return { correct: false, feedback: `Not answered. ${question.explanation}`, expected: expectedAnswer(question) };
}

export type TestEvent =
  | { readonly type: 'answer'; readonly index: number; readonly answer: Answer; readonly grade: Grade }
  | { readonly type: 'next' }
  | { readonly type: 'finish' }
  | { readonly type: 'new'; readonly seed: number }
  | { readonly type: 'resume'; readonly run: TestRun };

function withAnswerAt(session: TestSession, index: number, given: TestAnswer): TestSession {
  if (session.finished || index < 0 || index >= session.test.questions.length || session.answers[index]) return session;
  const answers = session.test.questions.map((_, i) => (i === index ? given : session.answers[i]));
  return { ...session, answers };
}

export function testReducer(session: TestSession, event: TestEvent): TestSession {
  const { questions } = session.test;
  switch (event.type) {
    case 'answer': return withAnswerAt(session, event.index, { answer: event.answer, grade: event.grade });
    case 'next':
      return session.answers[session.index] && session.index < questions.length - 1 ? { ...session, index: session.index + 1 } : session;
    case 'finish': {
      if (session.finished) return session;
      // anything left unanswered counts as a miss
      const answers = questions.map((q, i) => session.answers[i] ?? { grade: unansweredGrade(q) });
      return { ...session, answers, finished: true };
    }
    case 'new': return startTest(event.seed);
    case 'resume': return resumeTest(event.run);
  }
}

/** A test worth keeping when another replaces it: answered in part, not finished. */
export const isHalfDone = (session: TestSession) => !session.finished && session.answers.some(Boolean);

export const isLastQuestion = (session: TestSession) => session.index >= session.test.questions.length - 1;

export interface TestScore {
  readonly correct: number;
  readonly total: number;
}

export function testScore(session: TestSession): TestScore {
  return { correct: session.answers.filter((a) => a?.grade.correct).length, total: session.test.questions.length };
}

/** Right answers per difficulty, in easy -> medium -> hard order, for difficulties the test has. */
export function scoreByDifficulty(session: TestSession): readonly (TestScore & { readonly difficulty: Difficulty })[] {
  const { questions } = session.test;
  return DIFFICULTIES.filter((difficulty) => questions.some((q) => q.difficulty === difficulty)).map((difficulty) => {
    const indices = questions.flatMap((q, i) => (q.difficulty === difficulty ? [i] : []));
    return { difficulty, total: indices.length, correct: indices.filter((i) => session.answers[i]?.grade.correct).length };
  });
}

/** The learner's answer in words, as the review shows it. */
export function answerText(question: Question, answer: Answer | undefined): string {
  if (!answer) return 'No answer';
  switch (answer.kind) {
    case 'multiple_choice': {
      const choice = question.kind === 'multiple_choice' ? question.choices.find((c) => c.id === answer.choice) : undefined;
      return choice ? `${choice.id}. ${choice.text}` : answer.choice;
    }
    case 'numeric': {
      const unit = question.kind === 'numeric' && question.unit ? ` ${answer.value === 1 ? question.unit.replace(/s$/, '') : question.unit}` : '';
      return `${formatNumber(answer.value)}${unit}`;
    }
    case 'predict_step': {
      const label = ACTION_CHOICES.find((c) => c.action === answer.action)?.label ?? answer.action;
      return `${label}, ${answer.instances} ${answer.instances === 1 ? 'instance' : 'instances'} after`;
    }
    case 'fix_config': return answer.configText;
  }
}

/** The scenario the workspace link opens: the "what if" run when the answer came from one, the solution for a config fix. */
export function reviewScenario(question: Question): Scenario {
  if (question.kind === 'fix_config') return { ...question.scenario, configText: question.solutionText };
  return question.whatIf ?? question.scenario;
}

function stepOfTarget(target: PictureTarget, scenario: Scenario): number | undefined {
  const trace = simulate(scenario);
  const resolved = resolveTarget(target, trace);
  if (!resolved) return undefined;
  if (resolved.kind === 'row' || resolved.kind === 'cell') return resolved.step;
  // tracker columns: 0 Start, k After k, length + 1 Final
  if (resolved.kind === 'tracker') return Math.min(resolved.column, trace.length);
  return undefined;
}

/**
 * The step a question concerns: its target's step (or a further target's), its predicted step, the step that is the
 * right answer ("Step 3"), else the last step.
 */
export function reviewStep(question: Question): number {
  const scenario = reviewScenario(question);
  for (const target of [question.refersTo, ...(question.alsoRefersTo ?? [])]) {
    const step = stepOfTarget(target, scenario);
    if (step !== undefined) return step;
  }
  if (question.kind === 'predict_step') return question.step;
  const answerStep = question.kind === 'multiple_choice' ? /^Step (\d+)$/.exec(question.choices.find((c) => c.correct)?.text ?? '') : null;
  const step = answerStep ? Number(answerStep[1]) : scenario.loads.length;
  return step >= 1 && step <= scenario.loads.length ? step : scenario.loads.length;
}

/** "#/visualize?s=..." opening the question's scenario in the workspace at the step it concerns. */
export function workspaceHash(question: Question, step = reviewStep(question)): string {
  const scenario = reviewScenario(question);
  const configText = scenario.configText ?? JSON.stringify(scenario.config, null, 2);
  return `#/visualize?s=${encodeShared({ configText, loads: scenario.loads, cursor: step })}`;
}

export interface ReviewRow {
  /** 1-based question number */
  readonly number: number;
  readonly question: Question;
  readonly correct: boolean;
  readonly unanswered: boolean;
  readonly yourAnswer: string;
  readonly expected: string;
  readonly feedback: string;
  /** the step the workspace link opens at (0 = Start) */
  readonly step: number;
  readonly href: string;
}

export function reviewRows(session: TestSession): readonly ReviewRow[] {
  return session.test.questions.map((question, i) => {
    const given = session.answers[i] ?? { grade: unansweredGrade(question) };
    const step = reviewStep(question);
    return {
      number: i + 1, question, correct: given.grade.correct, unanswered: !given.answer,
      yourAnswer: answerText(question, given.answer), expected: given.grade.expected, feedback: given.grade.feedback,
      step, href: workspaceHash(question, step),
    };
  });
}

/** A fresh seed whose test asks other questions than `current` (tries a few; seeds are small numbers, easy to retype). */
export function freshTestSeed(current: TestSet | undefined, random: () => number = Math.random): number {
  const taken = new Set(current?.questions.map((q) => q.id));
  let seed = 1 + Math.floor(random() * 99_999);
  for (let tries = 0; tries < 20 && current; tries++) {
    if (seed !== current.seed && generateTest({ seed }).questions.some((q) => !taken.has(q.id))) break;
    seed = 1 + Math.floor(random() * 99_999);
  }
  return seed;
}
