/** The end of a run of questions: how it went, first tries counted, with a way back to each question missed. */
import type { Question } from '../../quiz';

interface SequenceSummaryProps {
  readonly questions: readonly Question[];
  /** first-attempt result per question id */
  readonly firstTries: Readonly<Record<string, boolean>>;
  /** what the run is called in the summary, e.g. "Quiz" */
  readonly name: string;
  readonly onGoTo: (index: number) => void;
  /** a fresh set of engine-made questions */
  readonly onNewQuestions: () => void;
}

/** Shown once every question of the run has a first try: the score, the questions missed, and what to do next. */
export function SequenceSummary({ questions, firstTries, name, onGoTo, onNewQuestions }: SequenceSummaryProps) {
  if (questions.length === 0 || !questions.every((q) => q.id in firstTries)) return null;
  const missed = questions.flatMap((q, index) => (firstTries[q.id] ? [] : [{ q, index }]));
  const right = questions.length - missed.length;
  return (
    <section className="sequence-summary" aria-label={`${name} summary`}>
      <h3>All {questions.length} questions answered</h3>
      <p><strong>{right} of {questions.length}</strong> right first time.{missed.length === 0 ? ' Every one right.' : ''}</p>
      {missed.length > 0 ? (
        <>
          <p>Missed the first time, worth another look:</p>
          <ul className="summary-missed">
            {missed.map(({ q, index }) => (
              <li key={q.id}>
                <button type="button" className="link-button" onClick={() => onGoTo(index)}>Question {index + 1}</button>
                {' '}<span className="muted">{q.prompt}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <button type="button" onClick={onNewQuestions}>New questions</button>
    </section>
  );
}
