/** Pure helpers for the Load panel: reading a typed load, sizing the sliders, paging long sequences. */
import { formatCount } from '../../engine/format';
import { LIMITS, formatNumber, type ScalingConfig } from '../../engine';

/** Sliders shown per page when the sequence is long. */
export const PAGE_SIZE = 20;

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export type FieldResult = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

/** Reads what a learner typed into a load field: a plain decimal number from 0 to LIMITS.maxLoad. */
export function parseLoadField(text: string): FieldResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Type a number of requests, e.g. 120.' };
  if (!DECIMAL.test(trimmed)) return { ok: false, message: `"${trimmed.length > 12 ? `${trimmed.slice(0, 12)}…` : trimmed}" is not a number. Type digits, e.g. 120.` };
  const value = Number(trimmed);
  if (value < 0) return { ok: false, message: 'A load cannot be negative.' };
  if (!Number.isFinite(value) || value > LIMITS.maxLoad) {
    return { ok: false, message: `Too large: the most is ${formatCount(LIMITS.maxLoad)} requests.` };
  }
  return { ok: true, value };
}

/** Reads a whole-number field (steps, seed) within bounds. */
export function parseWholeField(text: string, min: number, max: number, what: string): FieldResult {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (trimmed === '' || !DECIMAL.test(trimmed) || !Number.isInteger(value) || value < min || value > max) {
    return { ok: false, message: `${what} must be a whole number from ${formatCount(min)} to ${formatCount(max)}.` };
  }
  return { ok: true, value };
}

/** Rounds up to the next "nice" number: 1, 2, 2.5 or 5 times a power of ten. */
export function niceCeil(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const nice = [1, 2, 2.5, 5, 10].find((m) => m * power >= value * (1 - 1e-12)) ?? 10;
  return nice * power;
}

/** The load a slider should leave room above: the scale-up threshold, or one server's capacity. */
function referenceLoad(config: ScalingConfig): number {
  return config.policy === 'threshold' ? config.upper_threshold : config.capacity_per_server;
}

/**
 * Slider maximum: room for twice the largest load and half again the threshold, at least 200, rounded nicely,
 * and never past the largest load the store accepts (a thumb dragged there would be silently refused).
 */
export function sliderMaxFor(loads: readonly number[], config: ScalingConfig): number {
  let largest = 0;
  for (const load of loads) if (load > largest) largest = load;
  return Math.min(niceCeil(Math.max(200, 2 * largest, 1.5 * referenceLoad(config))), LIMITS.maxLoad);
}

/** Characters the widest step number and load of a page need, so neither is cut off (CSS sizes the columns from them). */
export function rowTextWidths(firstStep: number, loads: readonly number[]): { readonly stepChars: number; readonly loadChars: number } {
  const lastStep = firstStep + Math.max(loads.length, 1) - 1;
  return { stepChars: String(lastStep).length, loadChars: loads.reduce((widest, load) => Math.max(widest, formatNumber(load).length), 1) };
}

/** Slider granularity: single requests up to 1,000, then about 1/500 of the range. */
export function sliderStepFor(max: number): number {
  return max <= 1000 ? 1 : niceCeil(max / 500);
}

/** The page (0-based) holding the step at a cursor; Start (0) is on the first page. */
export function pageOfCursor(cursor: number, pageSize = PAGE_SIZE): number {
  return Math.floor(Math.max(cursor - 1, 0) / pageSize);
}

export function pageCount(steps: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(steps / pageSize));
}

/** Loads as the list editor shows them: "10, 50, 120". */
export function formatLoadsText(loads: readonly number[]): string {
  return loads.map(formatNumber).join(', ');
}
