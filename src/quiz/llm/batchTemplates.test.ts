/** The batch questions' answers against closed forms of the iteration model, which the engine does not use. */
import { describe, expect, it } from 'vitest';
import { A100_8B, DEFAULT_LLM_SETTINGS } from '../../engine/time';
import { gradeRun } from '../grade';
import type { RunChoiceQuestion, RunNumericQuestion, RunQuestion } from '../types';
import { llmTemplate } from './index';

const SEEDS = Array.from({ length: 12 }, (_, i) => i + 1);
const numeric = (q: RunQuestion): RunNumericQuestion => { if (q.kind !== 'numeric') throw new Error('numeric expected'); return q; };
const choice = (q: RunQuestion): RunChoiceQuestion => { if (q.kind !== 'multiple_choice') throw new Error('choice expected'); return q; };
const num = (q: RunQuestion, key: string) => Number(q.params[key]);
const right = (q: RunChoiceQuestion) => q.choices.find((c) => c.correct)!.text;

describe('sequences running at once', () => {
  it.each(SEEDS)('seed %i: the run holds min(max_num_seqs, KV cache / (prompt + answer)) sequences', (seed) => {
    const q = numeric(llmTemplate('llm_batch_size').build(seed));
    const closed = Math.min(num(q, 'cap'), Math.floor(num(q, 'kv') / (num(q, 'prompt') + num(q, 'output'))));
    expect(Math.abs(q.answer - closed)).toBeLessThanOrEqual(q.tolerance);
    expect(gradeRun(q, { kind: 'numeric', value: closed }).correct).toBe(true);
    expect(q.explanation).toContain(`is ${closed.toLocaleString('en-US')}.`);
  });

  it('a learner who gives max_num_seqs where the KV cache binds is told why', () => {
    const q = SEEDS.map((s) => numeric(llmTemplate('llm_batch_size').build(s)))
      .find((x) => Math.floor(num(x, 'kv') / (num(x, 'prompt') + num(x, 'output'))) < num(x, 'cap') - 5)!;
    const graded = gradeRun(q, { kind: 'numeric', value: num(q, 'cap') });
    expect(graded.correct).toBe(false);
    expect(graded.feedback).toMatch(/the KV cache is the other/);
  });
});

describe('headroom behind a GPU that reads busy', () => {
  it.each(SEEDS)('seed %i: the rate ITL p95 allows matches (1 - base / objective) / (prompt x prefill + answer x per-sequence)', (seed) => {
    const q = numeric(llmTemplate('llm_headroom').build(seed));
    const cost = (num(q, 'prompt') * A100_8B.prefill_ms_per_token + num(q, 'output') * A100_8B.itl_per_seq_ms) / 1000;
    const closed = (1 - A100_8B.itl_base_ms / num(q, 'slo')) / cost;
    expect(Math.abs(q.answer + num(q, 'rate') - closed)).toBeLessThanOrEqual(q.tolerance);
    expect(q.answer).toBeGreaterThan(0);
    expect(q.prompt).toMatch(/GPU utilisation \(DCGM_FI_DEV_GPU_UTIL\) reads 9\d(\.\d)? %|reads 100 %/);
  });

  it('answering 0 because the GPU reads full is wrong, and the feedback says it is a duty cycle', () => {
    const q = numeric(llmTemplate('llm_headroom').build(1));
    const graded = gradeRun(q, { kind: 'numeric', value: 0 });
    expect(graded.correct).toBe(false);
    expect(graded.feedback).toMatch(/duty cycle/);
  });
});

describe('which objective breaks first', () => {
  it.each(SEEDS)('seed %i: TTFT when the batch fills before ITL reaches its objective, ITL otherwise (closed form)', (seed) => {
    const q = choice(llmTemplate('llm_first_objective').build(seed));
    const cap = num(q, 'cap');
    const prompt = num(q, 'prompt');
    const output = num(q, 'output');
    const base = A100_8B.itl_base_ms / 1000;
    const top = 1 / ((prompt * A100_8B.prefill_ms_per_token + output * A100_8B.itl_per_seq_ms) / 1000);
    // Little's law: running = rate x output x ITL, with ITL = base / (1 - rate / top), reaches cap at:
    const full = cap / (output * base + cap / top);
    const itl = (1 - A100_8B.itl_base_ms / DEFAULT_LLM_SETTINGS.slo_itl_ms) * top;
    expect(right(q)).toMatch(full < itl ? /^TTFT/ : /^ITL/);
  });

  it('both answers occur across seeds', () => {
    const answers = new Set(SEEDS.map((s) => right(choice(llmTemplate('llm_first_objective').build(s))).slice(0, 4)));
    expect(answers).toEqual(new Set(['TTFT', 'ITL:']));
  });
});
