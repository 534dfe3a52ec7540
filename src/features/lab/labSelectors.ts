/**
 * What the Lab's views derive from a trace, cached per trace (traces are immutable): the seconds where the controller
 * decided (or changed its count), the decisions around a cursor, the chart's bucketed series. Pure; no engine calls.
 */
import type { TimeTrace } from '../../engine/time/types';

/** A derivation cached per trace; `prime` stores a value made elsewhere (the worker) so the page never computes it. */
export type PerTrace<T> = ((trace: TimeTrace) => T) & { readonly prime: (trace: TimeTrace, value: T) => void };

export function perTrace<T>(derive: (trace: TimeTrace) => T): PerTrace<T> {
  const cache = new WeakMap<TimeTrace, T>();
  const select = (trace: TimeTrace) => {
    let value = cache.get(trace);
    if (value === undefined) { value = derive(trace); cache.set(trace, value); }
    return value;
  };
  return Object.assign(select, { prime: (trace: TimeTrace, value: T) => { cache.set(trace, value); } });
}

/** Seconds where the controller woke and decided, ascending. */
export const selectDecisionSeconds = perTrace((trace) => {
  const out: number[] = [];
  for (let t = 0; t < trace.seconds; t++) if (trace.decided[t] === 1) out.push(t);
  return Int32Array.from(out);
});

/** Seconds where a decision changed the desired count, ascending. */
export const selectChangeSeconds = perTrace((trace) => {
  const out: number[] = [];
  for (let t = 0; t < trace.seconds; t++) {
    if (trace.decided[t] === 1 && trace.desired[t] !== (t > 0 ? trace.desired[t - 1] : trace.desired[t])) out.push(t);
  }
  return Int32Array.from(out);
});

/** Index of the first entry of a sorted list above `second` (binary search). */
export function firstAfter(sorted: Int32Array, second: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= second) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The entries of a sorted list around a cursor: up to `before` at or before it, `after` after it. */
export function aroundCursor(sorted: Int32Array, cursor: number, before: number, after: number): { readonly seconds: readonly number[]; readonly current: number | null } {
  const split = firstAfter(sorted, cursor);
  const start = Math.max(0, split - before);
  const end = Math.min(sorted.length, split + after);
  return { seconds: Array.from(sorted.subarray(start, end)), current: split > 0 ? sorted[split - 1]! : null };
}

/** The previous / next entry strictly before / after a second, or null. */
export function neighbours(sorted: Int32Array, second: number): { readonly previous: number | null; readonly next: number | null } {
  const split = firstAfter(sorted, second);
  const atOrBefore = split - 1;
  const previousIndex = atOrBefore >= 0 && sorted[atOrBefore] === second ? atOrBefore - 1 : atOrBefore;
  return { previous: previousIndex >= 0 ? sorted[previousIndex]! : null, next: split < sorted.length ? sorted[split]! : null };
}

/**
 * A column cut into at most `buckets` equal spans of seconds, each drawn at its largest value (peaks survive:
 * a spike of queue or latency is never averaged away). NaN seconds (no request served) are skipped; an all-NaN
 * span gives null, a gap in the line. The first entry of each bucket's span is its x.
 */
export function bucketStarts(seconds: number, buckets: number): Int32Array {
  const count = Math.max(1, Math.min(seconds, buckets));
  return Int32Array.from({ length: count }, (_, i) => Math.floor((i * seconds) / count));
}

export function bucketMax(column: ArrayLike<number>, starts: Int32Array, seconds: number): (number | null)[] {
  const out: (number | null)[] = [];
  for (let b = 0; b < starts.length; b++) {
    const end = b + 1 < starts.length ? starts[b + 1]! : seconds;
    let best = Number.NEGATIVE_INFINITY;
    for (let t = starts[b]!; t < end; t++) {
      const value = column[t]!;
      if (value > best) best = value;
    }
    out.push(best === Number.NEGATIVE_INFINITY ? null : best);
  }
  return out;
}

/**
 * The run's first scale-out and when it took effect: the second the desired count first rose, and the first later
 * second with more replicas ready than then (null if none became ready before the run ended). Read from the columns.
 */
export function firstScaleOut(trace: TimeTrace): { readonly asked: number; readonly ready: number | null } | null {
  for (let t = 1; t < trace.seconds; t++) {
    if (trace.desired[t]! > trace.desired[t - 1]!) {
      const before = trace.ready[t]!;
      for (let u = t + 1; u < trace.seconds; u++) if (trace.ready[u]! > before) return { asked: t, ready: u };
      return { asked: t, ready: null };
    }
  }
  return null;
}
