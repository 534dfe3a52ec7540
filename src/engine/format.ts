/** Number formatting shared by every text the engine produces. */

/** A load or threshold as Python's f-string would print it: integers without a decimal point. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Math.round(value * 1e6) / 1e6);
}

const NUMBER_FORMATS = new Map<string, Intl.NumberFormat>();

/**
 * A number with thousands separators and at most `maxFraction` decimals (at least `minFraction`), in en-US:
 * formatDecimal(1234.567, 1) -> "1,234.6". The formatter is made once per pair of digits and kept: `toLocaleString` with
 * options builds a new one on every call, which a table of a week's results calls thousands of times.
 */
export function formatDecimal(value: number, maxFraction: number, minFraction = 0): string {
  const key = `${minFraction}:${maxFraction}`;
  let format = NUMBER_FORMATS.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-US', { minimumFractionDigits: minFraction, maximumFractionDigits: maxFraction });
    NUMBER_FORMATS.set(key, format);
  }
  return format.format(value);
}

/** A count for reading, with thousands separators: 1000000000 -> "1,000,000,000". */
export function formatCount(value: number): string {
  return formatDecimal(value, 6);
}

/** 0.6 -> "60 %" */
export function formatPercent(ratio: number): string {
  if (!Number.isFinite(ratio)) return '∞ %';
  return `${formatNumber(Math.round(ratio * 1000) / 10)} %`;
}

export function plural(count: number, noun: string): string {
  return `${count === 1 ? 'one' : formatNumber(count)} ${noun}${count === 1 ? '' : 's'}`;
}

export function pythonBool(value: boolean): 'True' | 'False' {
  return value ? 'True' : 'False';
}
