/** Order statistics in place, without allocation: what the replica models use for per-second and per-run percentiles. */

/** Rearranges `values[0 .. length-1]` so that index k holds the k-th smallest; returns it (Hoare's quickselect). */
export function selectKth(values: Float64Array | Float32Array, length: number, k: number): number {
  let lo = 0;
  let hi = length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) { const swap = values[i]!; values[i] = values[j]!; values[j] = swap; i++; j--; }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k]!;
  }
  return values[k]!;
}

/** Nearest-rank percentile q (0..1) of the first `length` values (reorders them); NaN when there are none. */
export function nearestRank(values: Float64Array | Float32Array, length: number, q: number): number {
  if (length === 0) return NaN;
  const rank = Math.max(1, Math.ceil(q * length - 1e-9));
  return selectKth(values, length, rank - 1);
}

/** A growable sample buffer: doubles its storage when full (rarely; never in a steady run). */
export class Samples {
  values = new Float64Array(64);
  length = 0;
  push(value: number): void {
    if (this.length === this.values.length) { const grown = new Float64Array(this.values.length * 2); grown.set(this.values); this.values = grown; }
    this.values[this.length++] = value;
  }
  percentile(q: number): number { return nearestRank(this.values, this.length, q); }
}
