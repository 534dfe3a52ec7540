/** Any seed gives answerable LLM questions: the answer is among the choices (or within the tolerance), and the same seed the same question. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHOICE_IDS, type RunQuestion } from '../types';
import { gradeRun } from '../grade';
import { LLM_SET_LENGTH, LLM_TEMPLATES, llmQuestion, llmSetOrder } from './index';

const seed = fc.integer({ min: 0, max: 0xffff_ffff });
const template = fc.constantFrom(...LLM_TEMPLATES);

function answerable(q: RunQuestion): void {
  expect(q.prompt.trim().length).toBeGreaterThan(40);
  expect(q.prompt.trim().endsWith('?')).toBe(true);
  expect(q.explanation).toMatch(/engine's run/);
  expect(q.explanation).toMatch(/\d/);
  expect(q.hints.length).toBeGreaterThanOrEqual(1);
  if (q.kind === 'multiple_choice') {
    expect(q.choices.length).toBeGreaterThanOrEqual(3);
    expect(q.choices.length).toBeLessThanOrEqual(4);
    expect(q.choices.map((c) => c.id)).toEqual(CHOICE_IDS.slice(0, q.choices.length));
    expect(new Set(q.choices.map((c) => c.text)).size).toBe(q.choices.length);
    expect(q.choices.filter((c) => c.correct)).toHaveLength(1);
    for (const c of q.choices) {
      const graded = gradeRun(q, { kind: 'multiple_choice', choice: c.id });
      expect(graded.correct).toBe(c.correct);
      expect(graded.expected).toBe(`${q.choices.find((x) => x.correct)!.id}. ${q.choices.find((x) => x.correct)!.text}`);
      if (!c.correct) expect(graded.feedback).toContain(q.explanation);
    }
  } else {
    expect(Number.isFinite(q.answer)).toBe(true);
    expect(q.tolerance).toBeGreaterThan(0);
    expect(q.tolerance).toBeLessThan(Math.abs(q.answer)); // 0 is never accepted: every answer here is a quantity above 0
    expect(gradeRun(q, { kind: 'numeric', value: q.answer }).correct).toBe(true);
    const off = gradeRun(q, { kind: 'numeric', value: q.answer + q.tolerance + 1 });
    expect(off.correct).toBe(false);
    expect(off.feedback).toContain(q.explanation);
    for (const m of q.mistakes ?? []) expect(Math.abs(m.value - q.answer)).toBeGreaterThan(q.tolerance);
  }
}

describe('LLM questions, for any seed', () => {
  it('are answerable, with the answer among the choices or within the tolerance', () => {
    fc.assert(fc.property(template, seed, (t, s) => { answerable(t.build(s)); }), { numRuns: 60 });
  });

  it('are reproducible: the same seed gives the same question', () => {
    fc.assert(fc.property(template, seed, (t, s) => { expect(t.build(s)).toEqual(t.build(s)); }), { numRuns: 12 });
  });

  it('a set asks each template once, in an order the seed fixes', () => {
    fc.assert(fc.property(seed, (s) => {
      expect(new Set(llmSetOrder(s)).size).toBe(LLM_SET_LENGTH);
      expect(llmSetOrder(s)).toEqual(llmSetOrder(s));
      const first = llmQuestion(s, 0);
      expect(first.template).toBe(llmSetOrder(s)[0]);
      expect(llmQuestion(s, LLM_SET_LENGTH).id).toBe(first.id);
    }), { numRuns: 10 });
  });

  it('an answer of the wrong kind is graded wrong, saying what is needed', () => {
    const q = LLM_TEMPLATES.find((t) => t.name === 'llm_batch_size')!.build(7);
    expect(gradeRun(q, { kind: 'multiple_choice', choice: 'A' }).feedback).toBe('This question needs a number.');
  });
});
