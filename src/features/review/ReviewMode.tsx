import { useEffect, useMemo, useState } from 'react';
import { dueCards, GRADE_LABELS, nextDue, REVIEW_GRADES, type ReviewGrade } from '../../quiz';
import { Panel } from '../../ui/Panel';
import { useAppStore } from '../../store/store';
import { deckCard, deckIds } from './reviewDeck';
import { FACT_CARDS } from '../../content';
import { llmFactCards } from '../lab/llm/llmCards';
import { Flashcard } from './Flashcard';
import './review.css';

const isTyping = (target: EventTarget | null) => target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
const isControl = (target: EventTarget | null) => target instanceof HTMLElement && ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName);

function dueWords(at: number, now: number): string {
  const minutes = Math.max(1, Math.round((at - now) / 60_000));
  if (minutes < 90) return `in ${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.round(minutes / 60);
  if (hours < 36) return `in ${hours} hours`;
  return `in ${Math.round(hours / 24)} days`;
}

/** Review: flashcards of the lesson's facts and the learner's missed questions, on a Leitner schedule kept on the device. */
export function ReviewMode() {
  const missed = useAppStore((state) => state.progress.missed);
  const schedules = useAppStore((state) => state.progress.review);
  const gradeReviewCard = useAppStore((state) => state.gradeReviewCard);
  const [now, setNow] = useState(() => Date.now());
  const [flipped, setFlipped] = useState(false);
  const facts = useMemo(() => [...FACT_CARDS, ...llmFactCards()], []);
  const ids = useMemo(() => deckIds(missed, facts), [missed, facts]);
  const queue = dueCards(ids, schedules, now);
  const current = queue[0];
  const card = useMemo(() => (current === undefined ? undefined : deckCard(current, missed, facts)), [current, missed, facts]);
  const missedDue = queue.filter((id) => id.startsWith('missed:')).length;

  const grade = (value: ReviewGrade) => {
    if (!card || !flipped) return;
    gradeReviewCard(card.id, value);
    setFlipped(false);
    setNow(Date.now());
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if ((event.key === ' ' || event.key === 'Enter') && !isControl(event.target)) {
        event.preventDefault();
        setFlipped((value) => !value);
      } else if (['1', '2', '3'].includes(event.key)) {
        event.preventDefault();
        grade(Number(event.key) as ReviewGrade);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const next = nextDue(ids, schedules);
  return (
    <div className="review-mode">
      <Panel id="review" title="Review" actions={<span className="muted review-count">{queue.length} due · {missedDue} missed question{missedDue === 1 ? '' : 's'}</span>}>
        {card ? (
          <Flashcard card={card} flipped={flipped} onFlip={() => setFlipped((value) => !value)} />
        ) : (
          <div className="review-done" role="status">
            <p><strong>Nothing left to review now.</strong> {next !== undefined && next > now ? `The next card is due ${dueWords(next, now)}.` : ''}</p>
            {next !== undefined ? <button type="button" onClick={() => setNow(next)}>Study ahead</button> : null}
          </div>
        )}
        {card ? (
          <div className="review-grades" role="group" aria-label="How well did you know it?">
            {REVIEW_GRADES.map((value) => (
              <button key={value} type="button" disabled={!flipped} onClick={() => grade(value)} className={value === 3 ? 'primary' : undefined}>
                <kbd>{value}</kbd> {GRADE_LABELS[value]}
              </button>
            ))}
          </div>
        ) : null}
        <p className="muted">
          Keys: Space or Enter turns the card, 1 Again (it comes back this session), 2 Hard, 3 Good (it moves up a box and comes back later).
          Questions you miss in the quizzes join the deck and come first. Kept on this device.
        </p>
      </Panel>
    </div>
  );
}
