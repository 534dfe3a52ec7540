import { describe, expect, it } from 'vitest';
import { simulate } from '../../engine';
import { LESSON_QUIZ } from '../../content';
import { buildQuestion, LESSON_SCENARIO } from '../../quiz';
import { draftToAnswer, EMPTY_DRAFT } from './answerDraft';
import { cursorToReveal } from './hintTarget';
import { MORE_QUESTIONS, moreQuestions } from './useQuestionSequence';

const trace = simulate(LESSON_SCENARIO);

describe('draftToAnswer', () => {
  it('turns a complete draft into the engine\'s Answer and names what is missing otherwise', () => {
    const q1 = LESSON_QUIZ[0]!;
    expect(draftToAnswer(q1, EMPTY_DRAFT, '')).toEqual({ ok: false, problem: 'Pick one of the choices first.' });
    expect(draftToAnswer(q1, { ...EMPTY_DRAFT, choice: 'B' }, '')).toEqual({ ok: true, answer: { kind: 'multiple_choice', choice: 'B' } });
    const predict = buildQuestion('predict_next', LESSON_SCENARIO, { step: 3 })!;
    expect(draftToAnswer(predict, { ...EMPTY_DRAFT, action: 'scale_up', instances: '2.5' }, '').ok).toBe(false);
    expect(draftToAnswer(predict, { ...EMPTY_DRAFT, action: 'scale_up', instances: ' 2 ' }, ''))
      .toEqual({ ok: true, answer: { kind: 'predict_step', action: 'scale_up', instances: 2 } });
  });
});

describe('cursorToReveal', () => {
  it('moves the cursor only for a row, cell or tracker column after it', () => {
    expect(cursorToReveal({ kind: 'cell', step: 4, column: 'Action' }, trace, 2)).toBe(4);
    expect(cursorToReveal({ kind: 'row', step: 4 }, trace, 6)).toBeUndefined();
    expect(cursorToReveal({ kind: 'tracker', variable: 'load', column: 'Final' }, trace, 3)).toBe(6);
    expect(cursorToReveal({ kind: 'column', column: 'Action' }, trace, 0)).toBeUndefined();
    expect(cursorToReveal({ kind: 'row', step: 99 }, trace, 0)).toBeUndefined();
  });
});

describe('moreQuestions', () => {
  it('draws distinct engine questions that repeat no lesson prompt, the same for the same seed', () => {
    const first = moreQuestions(LESSON_SCENARIO, 1, LESSON_QUIZ);
    expect(first).toHaveLength(MORE_QUESTIONS);
    const lessonPrompts = new Set(LESSON_QUIZ.map((q) => q.prompt));
    expect(first.some((q) => lessonPrompts.has(q.prompt))).toBe(false);
    expect(new Set(first.map((q) => q.id)).size).toBe(first.length);
    expect(moreQuestions(LESSON_SCENARIO, 1, LESSON_QUIZ).map((q) => q.id)).toEqual(first.map((q) => q.id));
    expect(moreQuestions(LESSON_SCENARIO, 2, LESSON_QUIZ).map((q) => q.id)).not.toEqual(first.map((q) => q.id));
  });

  it('a new set leaves out the questions of earlier sets while the scenario has others, then tops up with repeats', () => {
    const first = moreQuestions(LESSON_SCENARIO, 1, LESSON_QUIZ);
    const second = moreQuestions(LESSON_SCENARIO, 2, LESSON_QUIZ, first.map((q) => q.id));
    expect(second).toHaveLength(MORE_QUESTIONS);
    expect(second.some((q) => first.some((f) => f.id === q.id))).toBe(false);
    const tiny = { config: LESSON_SCENARIO.config, loads: [50] };
    const all = moreQuestions(tiny, 1, LESSON_QUIZ, []);
    const again = moreQuestions(tiny, 2, LESSON_QUIZ, Array.from({ length: 200 }, (_, i) => moreQuestions(tiny, i + 1, LESSON_QUIZ)).flat().map((q) => q.id));
    expect(again).toHaveLength(Math.min(MORE_QUESTIONS, all.length));
  });
});
