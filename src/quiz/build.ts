/** Small builders every template shares: stable ids, seeded shuffles, and multiple-choice assembly. */
import { seededRandom, type ScalingConfig } from '../engine';
import { CHOICE_IDS, type Choice, type Scenario } from './types';

/** FNV-1a, 32 bits: a stable number for a string. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A short fingerprint of a scenario, so ids differ between scenarios and repeat for the same one. */
export function scenarioKey({ config, loads }: Scenario): string {
  let hash = hashString(JSON.stringify(config));
  for (let i = 0; i < loads.length; i++) hash = Math.imul(hash ^ hashString(String(loads[i])), 0x01000193) >>> 0;
  return (hash >>> 0).toString(36);
}

export function questionId(template: string, params: Readonly<Record<string, string | number>>, key: string): string {
  const parts = Object.keys(params).sort().map((name) => `${name}=${params[name]}`);
  return `${template}(${parts.join(',')})@${key}`;
}

/** Fisher-Yates with a seeded random; returns a new array. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export interface ChoiceDraft {
  readonly text: string;
  readonly feedback: string;
}

/**
 * One correct choice and up to three distractors, deduplicated by text and shuffled by the question id
 * (so the same question always shows the same order). Undefined when fewer than two distractors remain.
 */
export function buildChoices(id: string, correct: ChoiceDraft, distractors: readonly ChoiceDraft[]): Choice[] | undefined {
  const seen = new Set([correct.text]);
  const wrong: ChoiceDraft[] = [];
  for (const draft of distractors) {
    if (seen.has(draft.text) || wrong.length === 3) continue;
    seen.add(draft.text);
    wrong.push(draft);
  }
  if (wrong.length < 2) return undefined;
  const drafts = shuffled([{ ...correct, correct: true }, ...wrong.map((d) => ({ ...d, correct: false }))], seededRandom(hashString(id)));
  return drafts.map((draft, i) => ({ id: CHOICE_IDS[i]!, text: draft.text, correct: draft.correct, feedback: draft.feedback }));
}

/** The config as the editor would show it: two-space JSON. */
export function configText(config: ScalingConfig): string {
  return JSON.stringify(config, null, 2);
}

/** A config snippet written the lesson's way: { "min_servers": 2, "max_servers": 6 } */
export function snippet(values: Readonly<Record<string, unknown>>): string {
  const parts = Object.entries(values).map(([key, value]) => `"${key}": ${JSON.stringify(value)}`);
  return `{ ${parts.join(', ')} }`;
}

/** `count` distinct indices from 0..length-1 (all of them when length <= count), in seeded order. */
export function sampleIndices(length: number, count: number, random: () => number): number[] {
  if (length <= count) return shuffled(Array.from({ length }, (_, i) => i), random);
  const picked = new Set<number>();
  while (picked.size < count) picked.add(Math.floor(random() * length));
  return [...picked];
}
