/** Which tracker columns to render for long traces: Start, a window around the cursor, Final, with gaps between. Pure. */

export type TrackerSlot =
  | { readonly kind: 'column'; readonly column: number }
  /** columns `from`..`to` (inclusive) not rendered */
  | { readonly kind: 'gap'; readonly from: number; readonly to: number };

/** Columns each side of the current one shown for long traces. */
export const TRACKER_RADIUS = 10;

/**
 * Slots for `columnCount` columns (Start, After 1..N, Final) with the cursor's column `current`.
 * Every column when they fit in the window; otherwise Start, current±radius, Final, and a gap slot for each skipped run.
 */
export function trackerColumnWindow(columnCount: number, current: number, radius = TRACKER_RADIUS): TrackerSlot[] {
  if (columnCount <= 0) return [];
  const last = columnCount - 1;
  if (columnCount <= 2 * radius + 3) return Array.from({ length: columnCount }, (_, column) => ({ kind: 'column' as const, column }));
  const centre = Math.min(Math.max(current, 0), last);
  // keep the window a constant width: shift it inwards at either end
  const from = Math.max(1, Math.min(centre - radius, last - 1 - 2 * radius));
  const to = Math.min(last - 1, from + 2 * radius);
  const slots: TrackerSlot[] = [{ kind: 'column', column: 0 }];
  if (from > 1) slots.push({ kind: 'gap', from: 1, to: from - 1 });
  for (let column = from; column <= to; column++) slots.push({ kind: 'column', column });
  if (to < last - 1) slots.push({ kind: 'gap', from: to + 1, to: last - 1 });
  slots.push({ kind: 'column', column: last });
  return slots;
}

/** How many columns a set of slots leaves out. */
export function hiddenColumnCount(slots: readonly TrackerSlot[]): number {
  return slots.reduce((sum, slot) => sum + (slot.kind === 'gap' ? slot.to - slot.from + 1 : 0), 0);
}
