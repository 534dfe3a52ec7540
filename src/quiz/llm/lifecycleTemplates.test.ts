/** The lifecycle questions' answers against what the cold-start, KEDA and drain rules say, worked out by hand. */
import { describe, expect, it } from 'vitest';
import { A100_8B } from '../../engine/time';
import { gradeRun } from '../grade';
import type { RunChoiceQuestion, RunQuestion } from '../types';
import { llmTemplate } from './index';
import { DRAIN_PROMPT_TOKENS, GATEWAY, WAITING, coldStartRun, drainRun, stageSeconds, wakeRun, type Stage } from './lifecycleTemplates';

const SEEDS = Array.from({ length: 12 }, (_, i) => i + 1);
const choice = (q: RunQuestion): RunChoiceQuestion => { if (q.kind !== 'multiple_choice') throw new Error('choice expected'); return q; };
const right = (q: RunChoiceQuestion) => q.choices.find((c) => c.correct)!.text;
const num = (q: RunQuestion, key: string) => Number(q.params[key]);

describe('which signal wakes an endpoint at zero', () => {
  it.each(SEEDS)('seed %i: only the gateway\'s queue wakes it; the replica\'s gauge has no series at zero', (seed) => {
    const q = choice(llmTemplate('llm_wake_signal').build(seed));
    expect(right(q)).toBe(`Only the one on the gateway's ${GATEWAY}`);
    expect(gradeRun(q, { kind: 'multiple_choice', choice: q.choices.find((c) => c.text.includes(WAITING))!.id }).correct).toBe(false);
  });

  it('the gateway\'s endpoint is ready within one poll + the cold start of the first request (30 s image + 4 s weights + 15 s warm-up, warm node)', () => {
    for (const polling of [15, 30]) {
      const start = 180;
      const gateway = wakeRun(GATEWAY, 2, start, polling);
      const waiting = wakeRun(WAITING, 2, start, polling);
      expect(gateway.zeroAt).toBeLessThan(start);
      expect(waiting.zeroAt).toBeLessThan(start);
      expect(gateway.ready! - start).toBeGreaterThanOrEqual(49);
      expect(gateway.ready! - start).toBeLessThanOrEqual(polling + 49 + 1);
      expect(waiting.ready).toBeUndefined();
      expect(waiting.served).toBe(0);
      expect(gateway.served).toBeGreaterThan(0.9 * gateway.arrived);
    }
  });
});

/** The stages by hand: streaming caps the image at 30 s, weight streaming the weights at 10 s, a hot start at 4 s; a warm node skips the node. */
function byHand(q: RunQuestion): Record<Stage, number> {
  const on = String(q.params.mitigations).split('+');
  let weights = num(q, 'weights');
  if (on.includes('weight_streaming')) weights = Math.min(weights, 10);
  if (on.includes('hot_start')) weights = Math.min(weights, 4);
  return {
    node: on.includes('warm_pool') ? 0 : num(q, 'node'),
    image: on.includes('image_streaming') ? Math.min(num(q, 'image'), 30) : num(q, 'image'),
    weights,
    warmup: num(q, 'warmup'),
  };
}

describe('which cold-start stage takes longest', () => {
  const words: Record<Stage, string> = { node: 'Getting a GPU node', image: 'Pulling the image', weights: 'Loading the weights', warmup: 'Warming up' };
  it.each(SEEDS)('seed %i: the longest stage worked out by hand is the answer, and the run spent exactly those seconds', (seed) => {
    const q = choice(llmTemplate('llm_cold_start_stage').build(seed));
    const hand = byHand(q);
    const longest = (Object.keys(hand) as Stage[]).reduce((a, b) => (hand[b] > hand[a] ? b : a));
    expect(right(q)).toBe(words[longest]);
    const on = String(q.params.mitigations).split('+').filter((m) => m !== 'none') as never[];
    const spent = stageSeconds(coldStartRun({ stages: { node_s: num(q, 'node'), image_s: num(q, 'image'), weights_s: num(q, 'weights'), warmup_s: num(q, 'warmup') }, mitigations: on }));
    expect(spent).toEqual(hand);
  });
});

describe('streams cut by a scale-down', () => {
  it.each(SEEDS)('seed %i: cut when the drain is well under an answer\'s time, not when it is well over', (seed) => {
    const q = choice(llmTemplate('llm_drain').build(seed));
    const output = num(q, 'output');
    const rate = num(q, 'rate');
    const drain = num(q, 'drain');
    // an answer takes output x ITL, ITL = base / (1 - per-replica rate x (prompt x prefill + output x per-sequence))
    const perReplica = rate / 3;
    const itl = A100_8B.itl_base_ms / (1 - perReplica * (DRAIN_PROMPT_TOKENS * A100_8B.prefill_ms_per_token + output * A100_8B.itl_per_seq_ms) / 1000);
    const answerS = (output * itl) / 1000;
    const run = drainRun(output, rate, drain);
    expect(run.answerS).toBeGreaterThan(0.9 * answerS);
    expect(run.answerS).toBeLessThan(1.1 * answerS);
    if (drain <= answerS / 2) expect(right(q)).toMatch(/^Yes/);
    else if (drain >= answerS + 10) expect(right(q)).toMatch(/^No: every answer/);
    else throw new Error(`drain ${drain} s too close to an answer's ${answerS} s to decide`);
  });

  it('with no drain, every stream running on the removed replicas is cut: about 2/3 of those running', () => {
    const run = drainRun(2000, 2, 0);
    const running = run.trace.running[run.downAt]!;
    expect(run.cut).toBeGreaterThan(0.5 * running);
    expect(run.cut).toBeLessThan(0.8 * running);
  });
});
