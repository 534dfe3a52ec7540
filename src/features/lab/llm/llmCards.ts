/**
 * Review cards on LLM endpoints, made by the engine: two from one replica's run (what GPU utilisation says at a light
 * load; what a heavy one does to the objectives), and one per pitfall (its fix and why). llmCards.test.ts checks the
 * claims each card's words make against the runs they come from.
 */
import { formatCount, formatPercent } from '../../../engine/format';
import { DEFAULT_LLM_SETTINGS } from '../../../engine/time';
import type { FactCard } from '../../../content/flashcards';
import { oneReplica } from './oneReplica';
import { PITFALLS } from './pitfalls';

export const LIGHT_RATE = 1;
export const HEAVY_RATE = 8;

let made: readonly FactCard[] | undefined;

/** The cards (the two runs are made once, on first use). */
export function llmFactCards(): readonly FactCard[] {
  if (made) return made;
  const { profile, slo_ttft_ms: ttft, slo_itl_ms: itl } = DEFAULT_LLM_SETTINGS;
  const light = oneReplica(LIGHT_RATE);
  const heavy = oneReplica(HEAVY_RATE);
  const ms = (value: number | null) => (value === null ? 'none' : `${formatCount(Math.round(value))} ms`);
  made = [
    {
      id: 'llm-gpu-util-light',
      front: `One LLM replica (an 8B model on an A100, batch cap ${formatCount(profile.max_num_seqs)}) serves ${LIGHT_RATE} chat request per second. What does GPU utilisation read, and how many sequences are running?`,
      back: `About ${formatPercent(light.gpuUtil)} busy with about ${formatCount(Math.round(light.running * 10) / 10)} sequences running: GPU utilisation is a duty cycle, near full long before the batch is.`,
      source: 'Lab engine: one LLM replica, 5 minutes',
    },
    {
      id: 'llm-goodput-heavy',
      front: `The same replica at ${HEAVY_RATE} chat requests per second (prompts ~1,000 tokens): what share of answers meet TTFT ${formatCount(ttft)} ms and ITL ${formatCount(itl)} ms?`,
      back: `${formatPercent(heavy.goodput ?? 0)} (TTFT p95 ${ms(heavy.ttftP95)}, ITL p95 ${ms(heavy.itlP95)}), with ${formatCount(Math.round(heavy.running))} of ${formatCount(profile.max_num_seqs)} sequences running: prefill of long prompts fills the GPU before the batch cap does.`,
      source: 'Lab engine: one LLM replica, 5 minutes',
    },
    ...PITFALLS.map((pitfall) => ({
      id: `llm-pitfall-${pitfall.id}`,
      front: `LLM pitfall: ${pitfall.title.toLowerCase()}. What fixes it?`,
      back: `${pitfall.fixLabel}. ${pitfall.why}`,
      source: 'Lab: LLM pitfalls',
    })),
  ];
  return made;
}
