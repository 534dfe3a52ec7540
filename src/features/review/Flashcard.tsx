import type { ReviewCard } from './reviewDeck';

/** One card: the question, and once turned, the answer and why. The whole card turns on a click too. */
export function Flashcard({ card, flipped, onFlip }: { readonly card: ReviewCard; readonly flipped: boolean; readonly onFlip: () => void }) {
  return (
    <article className={`flashcard ${card.kind}`} aria-labelledby="flashcard-front" data-card={card.id}>
      <p className="flashcard-source">{card.source}</p>
      <p id="flashcard-front" className="flashcard-front">{card.front}</p>
      <div aria-live="polite">
        {flipped ? (
          <div className="flashcard-back">
            <p className="flashcard-answer">{card.back}</p>
            {card.detail ? <p className="flashcard-detail">{card.detail}</p> : null}
            {card.mode ? <p className="muted"><a href={`#/${card.mode}`}>Try it again in {card.mode === 'quiz' ? 'the Visual quiz' : card.mode}</a></p> : null}
          </div>
        ) : null}
      </div>
      <button type="button" className="flashcard-flip" onClick={onFlip} aria-expanded={flipped}>{flipped ? 'Hide answer' : 'Show answer'}</button>
    </article>
  );
}
