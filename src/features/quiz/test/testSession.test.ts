import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../engine';
import { buildQuestion, grade, LESSON_SCENARIO, type Answer, type Question } from '../../../quiz';
import { decodeShared, parseHash } from '../../../store/urlState';
import {
  answerText, freshTestSeed, isHalfDone, resumeTest, reviewRows, reviewScenario, reviewStep, scoreByDifficulty, startTest, testReducer,
  testRunOf, testScore, workspaceHash, type TestSession,
} from './testSession';

/** The right answer for any question kind, for driving a session in tests. */
function rightAnswer(question: Question): Answer {
  switch (question.kind) {
    case 'multiple_choice': return { kind: 'multiple_choice', choice: question.choices.find((c) => c.correct)!.id };
    case 'numeric': return { kind: 'numeric', value: question.answer };
    case 'predict_step': return { kind: 'predict_step', ...question.answer };
    case 'fix_config': return { kind: 'fix_config', configText: question.solutionText };
  }
}

/** Answers each question (or leaves it, for 'none'), then finishes. */
function answerAll(session: TestSession, pick: (question: Question, index: number) => Answer | 'none'): TestSession {
  let s = session;
  s.test.questions.forEach((question, index) => {
    const answer = pick(question, index);
    if (answer !== 'none') s = testReducer(s, { type: 'answer', index, answer, grade: grade(question, answer) });
    s = testReducer(s, { type: 'next' });
  });
  return testReducer(s, { type: 'finish' });
}

const build = (template: string, params: Record<string, string | number>) => {
  const question = buildQuestion(template, LESSON_SCENARIO, params);
  if (!question) throw new Error(`no ${template}`);
  return question;
};

describe('a test session', () => {
  it('starts on question 1 of a seeded, reproducible ten-question test', () => {
    const session = startTest(42);
    expect(session.test.seed).toBe(42);
    expect(session.test.questions).toHaveLength(10);
    expect(session.index).toBe(0);
    expect(startTest(42).test.questions.map((q) => q.id)).toEqual(session.test.questions.map((q) => q.id));
  });

  it('moves on only after an answer, and scores at the end', () => {
    let s = startTest(7);
    expect(testReducer(s, { type: 'next' })).toBe(s);
    s = answerAll(s, (question, index) => (index < 6 ? rightAnswer(question) : wrongNumeric(question)));
    expect(s.finished).toBe(true);
    expect(testScore(s)).toEqual({ correct: 6, total: 10 });
    expect(scoreByDifficulty(s).map((d) => d.difficulty)).toEqual(['easy', 'medium', 'hard']);
    expect(scoreByDifficulty(s).reduce((sum, d) => sum + d.total, 0)).toBe(10);
  });

  it('keeps the first answer to a question and ignores answers after the end', () => {
    const s = startTest(3);
    const question = s.test.questions[0]!;
    const right = rightAnswer(question);
    const once = testReducer(s, { type: 'answer', index: 0, answer: right, grade: grade(question, right) });
    const wrong = wrongNumeric(question);
    expect(testReducer(once, { type: 'answer', index: 0, answer: wrong, grade: grade(question, wrong) })).toBe(once);
    const finished = testReducer(once, { type: 'finish' });
    expect(finished.answers.filter((a) => a && !a.answer)).toHaveLength(9);
    const late = finished.test.questions[3]!;
    expect(testReducer(finished, { type: 'answer', index: 3, answer: rightAnswer(late), grade: grade(late, rightAnswer(late)) })).toBe(finished);
  });

  it('starts a new test from a new seed', () => {
    const s = testReducer(startTest(1), { type: 'new', seed: 2 });
    expect(s.test.seed).toBe(2);
    expect(s.answers).toEqual([]);
  });
});

function wrongNumeric(question: Question): Answer {
  if (question.kind === 'multiple_choice') return { kind: 'multiple_choice', choice: question.choices.find((c) => !c.correct)!.id };
  if (question.kind === 'numeric') return { kind: 'numeric', value: question.answer + 1000 };
  if (question.kind === 'predict_step') return { kind: 'predict_step', action: question.answer.action, instances: question.answer.instances + 5 };
  return { kind: 'fix_config', configText: '{' };
}

describe('the review', () => {
  it('has one row per question with the answer given, the right one, the engine\'s feedback and a link', () => {
    // the first left unanswered (possible only by finishing early)
    const s = answerAll(startTest(11), (question, index) => (index === 0 ? 'none' : rightAnswer(question)));
    const rows = reviewRows(s);
    expect(rows).toHaveLength(10);
    expect(rows[0]).toMatchObject({ number: 1, correct: false, unanswered: true, yourAnswer: 'No answer' });
    expect(rows[0]!.feedback).toMatch(/^Not answered\./);
    for (const row of rows.slice(1)) {
      expect(row.correct).toBe(true);
      expect(row.expected.length).toBeGreaterThan(0);
      expect(parseHash(row.href).mode).toBe('visualize');
      const shared = decodeShared(parseHash(row.href).scenario!);
      expect(shared.ok && shared.value.cursor).toBe(row.step);
    }
  });

  it('writes each kind of answer in words', () => {
    const predict = build('predict_next', { step: 3 });
    expect(answerText(predict, { kind: 'predict_step', action: 'scale_up', instances: 2 })).toBe('Scale up, 2 instances after');
    const final = build('final_instances', {});
    expect(answerText(final, { kind: 'numeric', value: 1 })).toBe('1 instance');
    expect(answerText(final, { kind: 'numeric', value: 3 })).toBe('3 instances');
    const mc = build('instances_after', { step: 4 });
    if (mc.kind !== 'multiple_choice') throw new Error('expected a choice question');
    expect(answerText(mc, { kind: 'multiple_choice', choice: mc.choices[0]!.id })).toBe(`${mc.choices[0]!.id}. ${mc.choices[0]!.text}`);
    expect(answerText(mc, undefined)).toBe('No answer');
  });
});

describe('the link into the workspace', () => {
  it('opens at the row a question is about', () => {
    expect(reviewStep(build('instances_after', { step: 4 }))).toBe(4);
    expect(reviewStep(build('predict_next', { step: 3 }))).toBe(3);
  });

  it('opens at the step that is the answer when the question is about a column', () => {
    expect(reviewStep(build('first_condition_true', { which: 'upper' }))).toBe(3);
  });

  it('opens at the last step for a question about the whole run', () => {
    expect(reviewStep(build('final_instances', {}))).toBe(6);
  });

  it('opens the what-if run for a what-if question', () => {
    const whatIf = build('what_if_lower', { value: 10 });
    expect(reviewScenario(whatIf)).toBe(whatIf.whatIf);
    const shared = decodeShared(parseHash(workspaceHash(whatIf)).scenario!);
    expect(shared.ok && JSON.parse(shared.value.configText).lower_threshold).toBe(10);
  });
});

describe('freshTestSeed', () => {
  it('gives a seed whose test asks other questions', () => {
    const current = startTest(5).test;
    const random = seededRandom(9);
    for (let i = 0; i < 10; i++) {
      const seed = freshTestSeed(current, random);
      expect(seed).not.toBe(5);
      const ids = new Set(current.questions.map((q) => q.id));
      expect(startTest(seed).test.questions.some((q) => !ids.has(q.id))).toBe(true);
    }
  });
});

describe('a test run kept on the device', () => {
  it('comes back as the same session: same test, answers graded again by the engine, same question on screen', () => {
    let session = startTest(42);
    for (const index of [0, 1]) {
      const question = session.test.questions[index]!;
      const answer = question.kind === 'numeric' ? { kind: 'numeric' as const, value: question.answer + 1 }
        : question.kind === 'multiple_choice' ? { kind: 'multiple_choice' as const, choice: question.choices[0]!.id }
        : { kind: 'predict_step' as const, action: 'none' as const, instances: 1 };
      session = testReducer(session, { type: 'answer', index, answer, grade: grade(question, answer) });
      session = testReducer(session, { type: 'next' });
    }
    const run = JSON.parse(JSON.stringify(testRunOf(session)));
    expect(run).toMatchObject({ seed: 42, index: 2, finished: false });
    expect(resumeTest(run)).toEqual(session);
    const finished = testReducer(session, { type: 'finish' });
    expect(resumeTest(JSON.parse(JSON.stringify(testRunOf(finished))))).toEqual(finished);
  });
});

describe('a half-done test set aside', () => {
  it('is half done once answered in part and until finished, and resumes where it was', () => {
    let session = startTest(7);
    expect(isHalfDone(session)).toBe(false);
    const question = session.test.questions[0]!;
    const answer = { kind: 'numeric', value: 3 } as const;
    session = testReducer(session, { type: 'answer', index: 0, answer, grade: { correct: false, feedback: '', expected: '' } });
    session = testReducer(session, { type: 'next' });
    expect(isHalfDone(session)).toBe(true);
    const run = testRunOf(session);
    const other = testReducer(session, { type: 'new', seed: 8 });
    const back = testReducer(other, { type: 'resume', run });
    expect([back.test.seed, back.index, back.answers[0]?.answer]).toEqual([7, 1, question.kind === 'numeric' ? answer : undefined]);
    expect(isHalfDone(testReducer(session, { type: 'finish' }))).toBe(false);
  });
});
