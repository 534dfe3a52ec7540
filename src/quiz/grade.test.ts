import { describe, expect, it } from 'vitest';
import { LESSON_CONFIG, LESSON_LOADS } from '../engine';
import { LESSON_QUIZ } from '../content/lessonQuiz';
import { expectedAnswer, grade } from './grade';
import { createContext, TEMPLATES } from './templates';
import type { FixConfigQuestion, NumericQuestion, PredictStepQuestion, Question } from './types';

const context = createContext({ config: LESSON_CONFIG, loads: LESSON_LOADS });
const build = <T extends Question>(name: string, params: Record<string, string | number>) =>
  TEMPLATES.find((t) => t.name === name)!.build(context, params) as T;

describe('grade: multiple choice', () => {
  const q1 = LESSON_QUIZ[0]!;

  it('says why a right answer is right', () => {
    const result = grade(q1, { kind: 'multiple_choice', choice: 'B' });
    expect(result).toMatchObject({ correct: true, expected: 'B. 2' });
    expect(result.feedback).toMatch(/neither above 100 nor below 20/);
  });

  it('says why a wrong answer is wrong, then why the right one is right', () => {
    const result = grade(q1, { kind: 'multiple_choice', choice: 'A' });
    expect(result.correct).toBe(false);
    expect(result.feedback).toContain('1 is the count before step 3');
    expect(result.feedback).toContain('Step 4 keeps 2 instances: load 80 is neither above 100 nor below 20');
  });

  it('handles a choice that does not exist and an answer of the wrong kind', () => {
    expect(grade(q1, { kind: 'multiple_choice', choice: 'D' }).correct).toBe(false);
    const missing = grade({ ...q1, choices: q1.choices.slice(0, 3) }, { kind: 'multiple_choice', choice: 'D' });
    expect(missing.feedback).toMatch(/no choice D/);
    expect(grade(q1, { kind: 'numeric', value: 2 })).toMatchObject({ correct: false, feedback: 'This question needs a choice (A to D).' });
  });
});

describe('grade: numeric', () => {
  const peak = build<NumericQuestion>('peak_instances', {});

  it('accepts within tolerance and names known mistakes', () => {
    expect(grade(peak, { kind: 'numeric', value: 2 }).correct).toBe(true);
    const capped = grade(peak, { kind: 'numeric', value: 10 });
    expect(capped.correct).toBe(false);
    expect(capped.feedback).toMatch(/max_servers \(10\) is the cap/);
    expect(grade(peak, { kind: 'numeric', value: 3 }).feedback).toMatch(/3 instances is too high/);
    expect(grade(peak, { kind: 'numeric', value: Number.NaN }).feedback).toBe('Enter a number.');
  });

  it('uses the tolerance for percentages', () => {
    const percent: NumericQuestion = { ...peak, answer: 80, tolerance: 0.5, unit: '%', mistakes: [{ value: 0.8, feedback: 'That is the decimal.' }] };
    expect(grade(percent, { kind: 'numeric', value: 80.4 }).correct).toBe(true);
    expect(grade(percent, { kind: 'numeric', value: 0.8 }).feedback).toContain('That is the decimal.');
  });
});

describe('grade: predict the step', () => {
  const step4 = build<PredictStepQuestion>('predict_next', { step: 4 });
  const step3 = build<PredictStepQuestion>('predict_next', { step: 3 });

  it('grades action and count together, and explains from the trace', () => {
    expect(step4.answer).toEqual({ action: 'none', instances: 2 });
    expect(grade(step4, { kind: 'predict_step', action: 'none', instances: 2 }).correct).toBe(true);
    const wrong = grade(step4, { kind: 'predict_step', action: 'scale_up', instances: 3 });
    expect(wrong.correct).toBe(false);
    expect(wrong.feedback).toContain('Step 4 ends with 2 instances: load 80 is neither above 100 nor below 20');
  });

  it('says which half was right', () => {
    expect(grade(step3, { kind: 'predict_step', action: 'scale_up', instances: 3 }).feedback).toMatch(/action is right, the count is not\. Step 3 ends with 2 instances/);
    expect(grade(step3, { kind: 'predict_step', action: 'none', instances: 2 }).feedback).toMatch(/count is right, the action is not\. Step 3 ends with 2 instances: load 120 is greater than the upper threshold 100/);
    expect(expectedAnswer(step3)).toBe('scale up, 2 instances after');
  });
});

describe('grade: fix the config', () => {
  const fix = build<FixConfigQuestion>('fix_config', { variant: 'target', floor: 2, ceiling: 6, target: 0.6 });
  const answer = (configText: string) => grade(fix, { kind: 'fix_config', configText });

  it('passes on the validator\'s messages for a config that does not validate', () => {
    expect(answer('{ "min_servers": 6, "max_servers": 2, "target_utilization": 0.6 }').feedback).toMatch(/swapped/);
    expect(answer('{ "min_servers": 2, "max_servers": 6, "target_utilization": 60 }').feedback).toMatch(/did you mean 0\.6/);
    expect(answer('{ "min_servers": 2,').feedback).toMatch(/not valid JSON/);
  });

  it('names what misses the goal, and confirms what meets it', () => {
    expect(answer('{ "min_servers": 1, "max_servers": 6, "target_utilization": 0.6 }').feedback).toMatch(/min_servers is 1.*below 2/);
    expect(answer('{ "min_servers": 2, "max_servers": 6, "target_utilization": 0.9 }').feedback).toMatch(/0\.9 aims at 90 %/);
    const met = answer(fix.solutionText);
    expect(met.correct).toBe(true);
    expect(met.feedback).toMatch(/^Meets the goal/);
    expect(met.expected).toBe('{ "min_servers": 2, "max_servers": 6, "target_utilization": 0.6 }');
  });
});
