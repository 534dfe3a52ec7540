import { useEffect, useRef } from 'react';
import type { ReviewCard } from './reviewDeck';

/** One card: the question, and once turned, the answer and why. The whole card turns on a click too. */
export function Flashcard({ card, flipped, onFlip }: { readonly card: ReviewCard; readonly flipped: boolean; readonly onFlip: () => void }) {
  const ref = useRef<HTMLElement>(null);
  // each new card takes the focus (unless the learner is in a field), so Space, Enter and 1/2/3 act on it at once
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body || active.closest('.review-mode, nav')) ref.current?.focus({ preventScroll: true });
  }, [card.id]);
  return (
    <article ref={ref} tabIndex={-1} className={`flashcard ${card.kind}`} aria-labelledby="flashcard-front" data-card={card.id}>
      <p className="flashcard-source">{card.source}</p>
      <p id="flashcard-front" className="flashcard-front">{card.front}</p>
      <div aria-live="polite">
        {flipped ? (
          <div className="flashcard-back">
            <p className="flashcard-answer">{card.back}</p>
            {card.detail ? <p className="flashcard-detail">{card.detail}</p> : null}
            {card.tryAgain ? <p className="muted"><a href={card.tryAgain.href}>{card.tryAgain.label}</a></p> : null}
          </div>
        ) : null}
      </div>
      <button type="button" className="flashcard-flip" onClick={onFlip} aria-expanded={flipped}>{flipped ? 'Hide answer' : 'Show answer'}</button>
    </article>
  );
}
