/** Virtual scrolling for fixed-height table rows: measures the scroll box, tracks scrolling, keeps the current row in view. */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { scrollToReveal, virtualWindow, type RowWindow } from './virtualWindow';

/** Row height the CSS asks for; the real one is measured once rows exist. */
export const ROW_HEIGHT = 32;
/** Scroll box height assumed before it is measured (jsdom, first paint). */
const DEFAULT_VIEWPORT = 384;

interface Metrics {
  readonly rowHeight: number;
  readonly viewport: number;
  readonly header: number;
}

export interface VirtualRows {
  readonly window: RowWindow;
  readonly scrollRef: React.RefObject<HTMLDivElement | null>;
  readonly headRef: React.RefObject<HTMLTableSectionElement | null>;
  readonly onScroll: () => void;
}

/**
 * `count` rows, `currentIndex` the cursor's row (-1 at Start: the first row is kept in view). The current row is scrolled into view only when the
 * cursor (or the row count) changes, and only if it is out of view, so the learner's own scrolling is never undone.
 */
export function useVirtualRows(count: number, currentIndex: number, revealIndex?: number): VirtualRows {
  const scrollRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const [metrics, setMetrics] = useState<Metrics>({ rowHeight: ROW_HEIGHT, viewport: DEFAULT_VIEWPORT, header: ROW_HEIGHT });
  const [scrollTop, setScrollTop] = useState(0);
  const rowsViewport = Math.max(metrics.rowHeight, metrics.viewport - metrics.header);
  const snap = useCallback((top: number) => Math.floor(top / metrics.rowHeight) * metrics.rowHeight, [metrics.rowHeight]);

  const measure = useCallback(() => {
    const box = scrollRef.current;
    if (!box) return;
    const row = box.querySelector('tbody tr[data-step]');
    setMetrics((previous) => {
      const next = {
        rowHeight: row?.getBoundingClientRect().height || previous.rowHeight,
        viewport: box.clientHeight || previous.viewport,
        header: headRef.current?.getBoundingClientRect().height || previous.header,
      };
      const same = Math.abs(next.rowHeight - previous.rowHeight) < 0.01 && next.viewport === previous.viewport && Math.abs(next.header - previous.header) < 0.01;
      return same ? previous : next;
    });
  }, []);

  useLayoutEffect(() => {
    const box = scrollRef.current;
    if (!box || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, [measure]);

  const hasRows = count > 0;
  useLayoutEffect(() => { if (hasRows) measure(); }, [hasRows, measure]);

  // Where the box is scrolled, as last set or reported: the reveal below decides without reading layout,
  // so a step that needs no scrolling forces no extra layout.
  const scrolled = useRef(0);
  useLayoutEffect(() => {
    const box = scrollRef.current;
    // at Start (-1) with every row shown, step 1 (the next to run) is the row to see
    const index = Math.max(currentIndex, 0);
    if (!box || index >= count) return;
    const target = scrollToReveal(index, metrics.rowHeight, rowsViewport, scrolled.current);
    if (target === undefined) return;
    box.scrollTop = target;
    scrolled.current = box.scrollTop;
    setScrollTop(snap(scrolled.current));
    // only a cursor move, a new row count or a new measurement brings the current row back into view
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [currentIndex, count, metrics.rowHeight, rowsViewport]);

  // a row something points at (a quiz hint) is brought into view once, when it changes
  useLayoutEffect(() => {
    const box = scrollRef.current;
    if (!box || revealIndex === undefined || revealIndex < 0 || revealIndex >= count) return;
    const target = scrollToReveal(revealIndex, metrics.rowHeight, rowsViewport, scrolled.current);
    if (target === undefined) return;
    box.scrollTop = target;
    scrolled.current = box.scrollTop;
    setScrollTop(snap(scrolled.current));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revealIndex]);

  const onScroll = useCallback(() => {
    const box = scrollRef.current;
    if (!box) return;
    scrolled.current = box.scrollTop;
    setScrollTop(snap(scrolled.current));
  }, [snap]);

  const window = virtualWindow({ count, rowHeight: metrics.rowHeight, viewportHeight: rowsViewport, scrollTop });
  return { window, scrollRef, headRef, onScroll };
}
