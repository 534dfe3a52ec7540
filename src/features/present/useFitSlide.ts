import { useLayoutEffect, type RefObject } from 'react';

/** Smallest type scale the fit may use: below this a projector audience cannot read it anyway. */
const MIN_FIT = 0.72;
/** No text on a slide renders below this, in CSS px (a projector at 1024x768 read from the back of a room). */
export const MIN_SLIDE_TEXT_PX = 16;
/** The smallest font-size present.css gives any slide text, in rem. */
const SMALLEST_REM = 0.8;

/** The fit floor for a root font size (at fit 1): the smallest text stays at MIN_SLIDE_TEXT_PX. Pure. */
export function fitFloor(rootPx: number): number {
  return Math.min(1, Math.max(MIN_FIT, MIN_SLIDE_TEXT_PX / (SMALLEST_REM * rootPx)));
}
const FIT_STEP = 0.04;
const BOXES = '.slide-text, .slide-panels, .slide .panel-body, .slide .table-scroll';

function overflows(slide: HTMLElement): boolean {
  if (slide.scrollHeight > slide.clientHeight + 1) return true;
  return Array.from(slide.querySelectorAll<HTMLElement>(BOXES)).some((box) => box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1);
}

/**
 * Keeps a slide on one screen: when its text and views do not fit the viewport, the projector type scale
 * (--present-fit on <html>) shrinks a little at a time until they do, before the frame is painted, but never so far
 * that a text would render below MIN_SLIDE_TEXT_PX.
 * `deps` are whatever changes the slide's content (slide, step, revealed answer).
 */
export function useFitSlide(slide: RefObject<HTMLElement | null>, deps: readonly unknown[]): void {
  useLayoutEffect(() => {
    const root = document.documentElement;
    const fit = () => {
      const element = slide.current;
      if (!element) return;
      let scale = 1;
      root.style.setProperty('--present-fit', '1');
      const floor = fitFloor(parseFloat(getComputedStyle(root).fontSize));
      while (overflows(element) && scale - FIT_STEP >= floor) {
        scale = Math.round((scale - FIT_STEP) * 100) / 100;
        root.style.setProperty('--present-fit', String(scale));
      }
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
    window.addEventListener('resize', fit);
    return () => { window.removeEventListener('resize', fit); views?.disconnect(); settled.disconnect(); window.cancelAnimationFrame(frame); };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  useLayoutEffect(() => () => { document.documentElement.style.removeProperty('--present-fit'); }, []);
}
