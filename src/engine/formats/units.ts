/**
 * The units real manifests write numbers in: Kubernetes quantities ("100", "100m", "1k", "2Ki") and Go durations
 * ("60s", "1m30s", "500ms"), as Knative's annotations take them. Pure functions, `undefined` when the text is not one.
 */

const DECIMAL_SUFFIX: Readonly<Record<string, number>> = {
  n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
};
const BINARY_SUFFIX: Readonly<Record<string, number>> = {
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
};

const QUANTITY = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]))?$/;

/** A Kubernetes resource quantity as a number: "100" -> 100, "100m" -> 0.1, "1k" -> 1000, "2Ki" -> 2048; a YAML number as is. */
export function parseQuantity(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = QUANTITY.exec(value.trim());
  if (!match) return undefined;
  const base = Number(match[1]);
  if (match[2] !== undefined) return base * 10 ** Number(match[2].slice(1));
  const suffix = match[3] ?? '';
  const scale = BINARY_SUFFIX[suffix] ?? DECIMAL_SUFFIX[suffix];
  return scale === undefined ? undefined : scale < 1 ? base / (1 / scale) : base * scale;
}

/** A number as the shortest exact quantity: 100 -> "100", 0.1 -> "100m", 2.5 -> "2500m", 0.0005 -> "0.0005". */
export function formatQuantity(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const milli = Math.round(value * 1000);
  if (milli / 1000 === value) return `${milli}m`;
  return String(value);
}

const DURATION_UNIT: Readonly<Record<string, number>> = { ns: 1e-9, us: 1e-6, 'µs': 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };
const DURATION_PART = /(\d+\.?\d*|\.\d+)(ns|us|µs|ms|s|m|h)/y;

/** A Go duration in seconds: "60s" -> 60, "1m" -> 60, "1m30s" -> 90, "500ms" -> 0.5, "0" -> 0. */
export function parseDuration(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text === '0') return 0;
  if (text === '') return undefined;
  DURATION_PART.lastIndex = 0;
  let total = 0;
  while (DURATION_PART.lastIndex < text.length) {
    const match = DURATION_PART.exec(text);
    if (!match) return undefined;
    total += Number(match[1]) * DURATION_UNIT[match[2]!]!;
  }
  return total;
}

/** Seconds as a Go duration: 60 -> "60s", 90 -> "90s", 0.5 -> "500ms" (seconds throughout, as Knative's own examples write them). */
export function formatDuration(seconds: number): string {
  if (Number.isInteger(seconds)) return `${seconds}s`;
  const ms = Math.round(seconds * 1000);
  return ms / 1000 === seconds ? `${ms}ms` : `${seconds}s`;
}

/** A plain decimal number from a YAML number or a string such as "70" or "200.0" (annotation values are strings). */
export function parseNumberText(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || !/^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(value)) return undefined;
  return Number(value);
}
