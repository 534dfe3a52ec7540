/**
 * Min/max downsampling for drawing long series: each bucket keeps the steps where every column reaches its
 * minimum and its maximum, so peaks and troughs survive. Only for drawing; numbers shown come from the trace.
 */

/** Points drawn for a long trace: enough for a crisp line at panel widths, few enough to render fast. */
export const DEFAULT_MAX_POINTS = 600;

/**
 * Indices (sorted, unique) of the samples to draw. At most `maxPoints`; every index when the series fits.
 * The first and last index are always kept, so the line spans the whole trace.
 */
export function downsampleIndices(length: number, columns: readonly ArrayLike<number>[], maxPoints = DEFAULT_MAX_POINTS): number[] {
  if (length <= 0) return [];
  if (length <= maxPoints) return Array.from({ length }, (_, i) => i);
  const perBucket = 2 * Math.max(1, columns.length);
  const bucketCount = Math.max(1, Math.floor((maxPoints - 2) / perBucket));
  const bucketSize = length / bucketCount;
  const picked = new Set<number>([0, length - 1]);
  for (let bucket = 0; bucket < bucketCount; bucket++) {
    const start = Math.floor(bucket * bucketSize);
    const end = Math.min(length, Math.floor((bucket + 1) * bucketSize));
    for (const column of columns) {
      let minIndex = start;
      let maxIndex = start;
      for (let i = start + 1; i < end; i++) {
        const value = column[i]!;
        if (value < column[minIndex]!) minIndex = i;
        if (value > column[maxIndex]!) maxIndex = i;
      }
      picked.add(minIndex);
      picked.add(maxIndex);
    }
  }
  return Array.from(picked).sort((a, b) => a - b);
}
