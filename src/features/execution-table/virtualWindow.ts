/** Window math for a virtualized list of fixed-height rows: which rows to render and how tall the spacers are. Pure. */

export interface WindowInput {
  /** rows in the list */
  readonly count: number;
  /** pixels per row */
  readonly rowHeight: number;
  /** pixels of the scroll container's visible area given to rows */
  readonly viewportHeight: number;
  /** pixels scrolled from the first row's top */
  readonly scrollTop: number;
  /** extra rows rendered above and below the visible ones */
  readonly overscan?: number;
}

export interface RowWindow {
  /** first rendered row, 0-based */
  readonly start: number;
  /** one past the last rendered row */
  readonly end: number;
  /** pixels of spacer above the rendered rows */
  readonly padTop: number;
  /** pixels of spacer below the rendered rows */
  readonly padBottom: number;
}

export const DEFAULT_OVERSCAN = 8;

export function virtualWindow({ count, rowHeight, viewportHeight, scrollTop, overscan = DEFAULT_OVERSCAN }: WindowInput): RowWindow {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0, padTop: 0, padBottom: 0 };
  const top = Math.max(0, scrollTop);
  const firstVisible = Math.min(count - 1, Math.floor(top / rowHeight));
  const visibleRows = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1;
  const start = Math.max(0, firstVisible - overscan);
  const end = Math.min(count, firstVisible + visibleRows + overscan);
  return { start, end, padTop: start * rowHeight, padBottom: (count - end) * rowHeight };
}

/**
 * The scrollTop that brings row `index` fully into view, scrolling as little as possible,
 * or undefined when it is already visible (so the user's own scrolling is left alone).
 */
export function scrollToReveal(index: number, rowHeight: number, viewportHeight: number, scrollTop: number): number | undefined {
  const rowTop = index * rowHeight;
  const rowBottom = rowTop + rowHeight;
  if (rowTop < scrollTop) return rowTop;
  if (rowBottom > scrollTop + viewportHeight) return Math.max(0, rowBottom - viewportHeight);
  return undefined;
}

/**
 * The rows a slide shows when only `limit` of `count` fit without scrolling: one run of consecutive rows holding every
 * row in `keep` (the current row, a row a question points at; out-of-range indices are ignored), as late as it can be,
 * so the rows just before the current one stay in view. It is longer than `limit` only when `keep` spans more. Pure.
 */
export function fitWindow(count: number, limit: number, keep: readonly number[]): { readonly start: number; readonly end: number } {
  const size = Math.min(count, Math.max(1, Math.floor(limit)));
  const kept = keep.filter((index) => Number.isInteger(index) && index >= 0 && index < count);
  if (kept.length === 0) return { start: count - size, end: count };
  const first = Math.min(...kept);
  const last = Math.max(...kept);
  const start = Math.max(0, Math.min(first, last + 1 - size));
  return { start, end: Math.max(last + 1, start + size) };
}
