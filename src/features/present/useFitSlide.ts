import { useLayoutEffect, type RefObject } from 'react';

/** Smallest type scale the fit may use: below this a projector audience cannot read it anyway. */
const MIN_FIT = 0.72;
const FIT_STEP = 0.04;
const BOXES = '.slide-text, .slide-panels, .slide .panel-body, .slide .table-scroll';

function overflows(slide: HTMLElement): boolean {
  if (slide.scrollHeight > slide.clientHeight + 1) return true;
  return Array.from(slide.querySelectorAll<HTMLElement>(BOXES)).some((box) => box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1);
}

/**
 * Keeps a slide on one screen: when its text and views do not fit the viewport, the projector type scale
 * (--present-fit on <html>) shrinks a little at a time until they do, before the frame is painted.
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
      while (overflows(element) && scale > MIN_FIT) {
        scale = Math.round((scale - FIT_STEP) * 100) / 100;
        root.style.setProperty('--present-fit', String(scale));
      }
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  useLayoutEffect(() => () => { document.documentElement.style.removeProperty('--present-fit'); }, []);
}
