/**
 * One question about an engine run, answered and graded by the quiz engine (gradeRun): radios for a choice, a number
 * field for a number, hints one at a time, then the verdict, the answer when it was missed, and the engine's
 * explanation with the run's numbers. A check locks the card and is reported once (onChecked, for the learner's
 * progress); the panel moves on to the next question.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { gradeRun, type Answer, type ChoiceId, type Grade, type RunQuestion } from '../../../quiz';

const DIFFICULTY = { easy: 'Easy', medium: 'Medium', hard: 'Hard' } as const;

function parse(question: RunQuestion, choice: ChoiceId | undefined, value: string): Answer | string {
  if (question.kind === 'multiple_choice') return choice ? { kind: 'multiple_choice', choice } : 'Pick one of the choices first.';
  const number = value.trim() === '' ? NaN : Number(value);
  return Number.isFinite(number) ? { kind: 'numeric', value: number } : 'Enter a number first.';
}

interface RunQuestionCardProps {
  readonly question: RunQuestion;
  readonly title: string;
  /** the graded answer, once per card */
  readonly onChecked?: (grade: Grade) => void;
}

export function RunQuestionCard({ question, title, onChecked }: RunQuestionCardProps) {
  const id = useId().replace(/:/g, '');
  const [choice, setChoice] = useState<ChoiceId>();
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState('');
  const [hints, setHints] = useState(0);
  const [grade, setGrade] = useState<Grade | null>(null);
  const status = useRef<HTMLDivElement>(null);
  useEffect(() => { if (grade) status.current?.focus(); }, [grade]);

  const check = (event: FormEvent) => {
    event.preventDefault();
    if (grade) return;
    const answer = parse(question, choice, value);
    if (typeof answer === 'string') { setProblem(answer); return; }
    setProblem('');
    const graded = gradeRun(question, answer);
    setGrade(graded);
    onChecked?.(graded);
  };
  const explained = grade !== null && grade.feedback.includes(question.explanation);

  return (
    <article className="lab-quiz-card" aria-labelledby={`${id}-title`} data-template={question.template}>
      <header className="lab-quiz-head">
        <h3 id={`${id}-title`}>{title}</h3>
        <span className={`lab-quiz-level lab-quiz-${question.difficulty}`}>{DIFFICULTY[question.difficulty]}</span>
      </header>
      <form onSubmit={check} noValidate>
        <fieldset className="lab-quiz-fields" disabled={grade !== null}>
          <legend className="lab-quiz-prompt">{question.prompt}</legend>
          {question.kind === 'multiple_choice' ? (
            <div className="lab-quiz-choices">
              {question.choices.map((c) => (
                <label key={c.id} className="lab-quiz-choice" data-picked={choice === c.id || undefined}>
                  <input type="radio" name={`${id}-choice`} value={c.id} checked={choice === c.id} onChange={() => setChoice(c.id)} />
                  <span><strong>{c.id}.</strong> {c.text}</span>
                </label>
              ))}
            </div>
          ) : (
            <div className="lab-quiz-number">
              <label htmlFor={`${id}-number`}>Your answer{question.unit ? ` (${question.unit})` : ''}</label>
              <input id={`${id}-number`} type="number" step="any" inputMode="decimal" value={value} onChange={(event) => setValue(event.target.value)} />
            </div>
          )}
        </fieldset>
        {hints > 0 ? (
          <ol className="lab-quiz-hints" aria-label="Hints">
            {question.hints.slice(0, hints).map((hint) => <li key={hint}>{hint}</li>)}
          </ol>
        ) : null}
        <div className="lab-quiz-status" role="status" tabIndex={-1} ref={status}>
          {problem ? <p className="lab-quiz-wrong">{problem}</p> : null}
          {grade ? (
            <>
              <p className={grade.correct ? 'lab-quiz-right' : 'lab-quiz-wrong'}><span aria-hidden="true">{grade.correct ? '✓ ' : '✗ '}</span>{grade.correct ? 'Correct.' : 'Not right.'}</p>
              <p>{grade.feedback}</p>
            </>
          ) : null}
        </div>
        <div className="lab-quiz-actions">
          <button type="submit" className="primary" disabled={grade !== null}>Check answer</button>
          {grade === null && hints < question.hints.length ? <button type="button" onClick={() => setHints((n) => n + 1)}>Hint</button> : null}
        </div>
      </form>
      {grade ? (
        <div className="lab-quiz-why">
          {!grade.correct ? <p><strong>The answer:</strong> {grade.expected}</p> : null}
          {!explained ? <p><strong>Why, from the engine&apos;s run:</strong> {question.explanation}</p> : null}
          <p className="muted lab-small">{question.source}.</p>
        </div>
      ) : null}
    </article>
  );
}
