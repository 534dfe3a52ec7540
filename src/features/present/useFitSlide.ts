import { useLayoutEffect, useState, type RefObject } from 'react';
import { fitFloor, nextFit, rowsToDrop, trackerRadiusFor } from './slideFit';

/** What the slide's views leave out to fit the screen: table rows, tracker columns (undefined: nothing). */
export interface ViewLimits {
  /** rows the execution table shows, the current one among them */
  readonly rowLimit?: number | undefined;
  /** tracker columns each side of the current one (columnWindow.ts) */
  readonly trackerRadius?: number | undefined;
}

const BOXES = '.slide-text, .slide-panels, .slide .panel-body, .slide .table-scroll';
const scrolls = (box: HTMLElement) => box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1;

function overflows(slide: HTMLElement): boolean {
  return slide.scrollHeight > slide.clientHeight + 1 || Array.from(slide.querySelectorAll<HTMLElement>(BOXES)).some(scrolls);
}

/**
 * Pixels the slide is too tall by, at least: the most that it or one of its scroll boxes (table, tracker) hides. Never
 * more than the truth (the boxes nest and share the shortfall), so rows are not left out that would have fit.
 */
function excessHeight(slide: HTMLElement): number {
  return Math.max(0, ...[slide, ...slide.querySelectorAll<HTMLElement>('.table-scroll')].map((box) => box.scrollHeight - box.clientHeight));
}

/** Measures a slide whose type is as small as it may get and returns tighter limits, or undefined when they would not help. */
function tighter(slide: HTMLElement, limits: ViewLimits): ViewLimits | undefined {
  const rows = Array.from(slide.querySelectorAll<HTMLElement>('.execution-table tbody tr[data-step]'));
  const rowHeight = Math.max(0, ...rows.map((row) => row.getBoundingClientRect().height));
  const drop = rowsToDrop(rows.length, excessHeight(slide), rowHeight);
  const rowLimit = drop > 0 && rows.length - drop < (limits.rowLimit ?? Infinity) ? rows.length - drop : limits.rowLimit;
  const tracker = slide.querySelector<HTMLElement>('.tracker-scroll');
  const heads = Array.from(tracker?.querySelectorAll<HTMLElement>('thead th') ?? []).slice(1);
  const columnWidth = heads.reduce((sum, th) => sum + th.offsetWidth, 0) / Math.max(heads.length, 1);
  const radius = tracker ? trackerRadiusFor(heads.length, tracker.scrollWidth - tracker.clientWidth, columnWidth) : undefined;
  const trackerRadius = radius !== undefined && radius < (limits.trackerRadius ?? Infinity) ? radius : limits.trackerRadius;
  return rowLimit === limits.rowLimit && trackerRadius === limits.trackerRadius ? undefined : { rowLimit, trackerRadius };
}

type Fitted = { readonly deps: readonly unknown[]; readonly limits: ViewLimits };
const NONE: ViewLimits = {};
const sameDeps = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((value, i) => Object.is(value, b[i]));

/**
 * Keeps a slide on one screen: when its text and views do not fit the viewport, the projector type scale
 * (--present-fit on <html>) shrinks a little at a time until they do, before the frame is painted, but never so far
 * that a text would render below MIN_SLIDE_TEXT_PX (slideFit.ts). When even that is too tall or too wide, the execution table shows
 * fewer rows and the tracker fewer columns, the current ones kept: the returned limits, which the slide passes on.
 * `deps` are whatever changes the slide's content (slide, step, revealed answer); a change of them lifts the limits.
 */
export function useFitSlide(slide: RefObject<HTMLElement | null>, deps: readonly unknown[]): ViewLimits {
  const [fitted, setFitted] = useState<Fitted | undefined>(undefined);
  const limits = fitted && sameDeps(fitted.deps, deps) ? fitted.limits : NONE;
  useLayoutEffect(() => {
    const root = document.documentElement;
    const fit = () => {
      const element = slide.current;
      if (!element) return;
      let scale = 1;
      root.style.setProperty('--present-fit', '1');
      const floor = fitFloor(parseFloat(getComputedStyle(root).fontSize));
      while (overflows(element) && scale > floor) {
        scale = nextFit(scale, floor);
        root.style.setProperty('--present-fit', String(scale));
      }
      // at the floor and still too big: the views leave out rows or columns (the slide renders again and fits again)
      const next = overflows(element) ? tighter(element, limits) : undefined;
      if (next) setFitted({ deps, limits: next });
    };
    // the views settle after the slide does (a table measures its rows, a scenario loads): fit again when they resize
    let frame = 0;
    const refit = () => { window.cancelAnimationFrame(frame); frame = window.requestAnimationFrame(fit); };
    const views = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(refit);
    const watch = () => slide.current?.querySelectorAll('table, svg, .slide-text').forEach((box) => views?.observe(box));
    fit();
    watch();
    const settled = new MutationObserver(watch);
    if (slide.current) settled.observe(slide.current, { childList: true, subtree: true });
    // a new window size may have room for everything again
    const resized = () => { if (limits === NONE) fit(); else setFitted(undefined); };
    window.addEventListener('resize', resized);
    return () => { window.removeEventListener('resize', resized); views?.disconnect(); settled.disconnect(); window.cancelAnimationFrame(frame); };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, limits]);
  useLayoutEffect(() => () => { document.documentElement.style.removeProperty('--present-fit'); }, []);
  return limits;
}
