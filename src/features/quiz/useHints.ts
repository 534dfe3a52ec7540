/** Hints revealed one at a time; each press also points the views at what the question refers to. */
import { useCallback, useEffect, useState } from 'react';
import type { Question } from '../../quiz';
import { useAppStore } from '../../store/store';
import { cursorToReveal } from './hintTarget';

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Scrolls the first highlighted element into view once the views have rendered it. */
function scrollToHighlight(): void {
  if (typeof requestAnimationFrame !== 'function') return;
  requestAnimationFrame(() => requestAnimationFrame(() => {
    const element = document.querySelector('[data-highlighted="true"]');
    element?.scrollIntoView?.({ block: 'center', inline: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }));
}

export interface Hints {
  /** how many of the question's hints are shown */
  readonly shown: number;
  readonly showHint: () => void;
}

/**
 * `revealHidden`: when the target is a row after the cursor (hidden), move the cursor so it shows.
 * Predict mode passes false so a hint never gives the hidden row away. The highlight is cleared on unmount.
 */
export function useHints(question: Question, revealHidden: boolean): Hints {
  const [shown, setShown] = useState(0);
  const setHighlight = useAppStore((state) => state.setHighlight);
  useEffect(() => () => setHighlight(null), [setHighlight]);

  const showHint = useCallback(() => {
    setShown((count) => Math.min(count + 1, question.hints.length));
    const { trace, cursor, showAllRows, setCursor } = useAppStore.getState();
    let target = question.refersTo;
    if (revealHidden && !showAllRows) {
      const reveal = cursorToReveal(target, trace, cursor);
      if (reveal !== undefined) setCursor(reveal);
    } else if (!showAllRows && cursorToReveal(target, trace, cursor) !== undefined) {
      // the target is a row that must stay hidden (a step to predict): point at a further target on screen instead
      target = question.alsoRefersTo?.find((other) => cursorToReveal(other, trace, cursor) === undefined) ?? target;
    }
    setHighlight(target);
    scrollToHighlight();
  }, [question, revealHidden, setHighlight]);

  return { shown, showHint };
}
