/** The one rule for seeds: every seed accepted is honoured exactly (seededRandom keeps 32 bits), anything else is refused. */
import { formatCount } from './format';

/** Largest seed: seededRandom works on 32 bits, so a larger number would quietly become another seed. */
export const MAX_SEED = 2 ** 32 - 1;

export type SeedResult = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

/** Reads a seed as typed or linked: digits only, 0 to MAX_SEED; a refusal says which seeds are allowed. */
export function parseSeed(text: string): SeedResult {
  const trimmed = text.trim();
  const value = /^\d{1,10}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (value <= MAX_SEED) return { ok: true, value };
  const shown = trimmed.length > 16 ? `${trimmed.slice(0, 16)}…` : trimmed;
  const what = trimmed === '' ? 'No seed was given' : `"${shown}" is not a seed`;
  return { ok: false, message: `${what}: a seed is a whole number from 0 to ${formatCount(MAX_SEED)}, digits only.` };
}
