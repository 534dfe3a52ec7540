/** Number formatting shared by every text the engine produces. */

/** A load or threshold as Python's f-string would print it: integers without a decimal point. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Math.round(value * 1e6) / 1e6);
}

/** A count for reading, with thousands separators: 1000000000 -> "1,000,000,000". */
export function formatCount(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 6 });
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
