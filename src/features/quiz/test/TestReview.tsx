import { useEffect, useMemo, useRef } from 'react';
import { Panel } from '../../../ui/Panel';
import { reviewRows, scoreByDifficulty, testScore, type ReviewRow, type TestSession } from './testSession';
import { AppVoice } from '../AppVoice';

const DIFFICULTY_LABEL = { easy: 'Easy', medium: 'Medium', hard: 'Hard' } as const;

/** The end of a test: the score, then each question with the answer given, the right one, why, and a workspace link. */
export function TestReview({ session, onNewTest }: { readonly session: TestSession; readonly onNewTest: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const rows = useMemo(() => reviewRows(session), [session]);
  const score = testScore(session);
  const byDifficulty = scoreByDifficulty(session);
  useEffect(() => { heading.current?.focus(); }, []);
  return (
    <Panel id="test-review" title="Your test, reviewed">
      <div className="test-score">
        <h3 ref={heading} tabIndex={-1}>Score: {score.correct} of {score.total}</h3>
        <p>
          {byDifficulty.map((d) => `${DIFFICULTY_LABEL[d.difficulty]} ${d.correct} of ${d.total}`).join(' · ')}
          {' '}· seed {session.test.seed}
        </p>
      </div>
      <button type="button" className="primary" onClick={onNewTest}>New test</button>
      <ol className="test-review" aria-label="Review of your answers">
        {rows.map((row) => <ReviewEntry key={row.question.id} row={row} />)}
      </ol>
    </Panel>
  );
}

function ReviewEntry({ row }: { readonly row: ReviewRow }) {
  const { question } = row;
  const isConfig = question.kind === 'fix_config';
  return (
    <li className={row.correct ? 'review-right' : 'review-wrong'} data-correct={row.correct}>
      <h4>
        Question {row.number}
        <span className={`difficulty difficulty-${question.difficulty}`}>{DIFFICULTY_LABEL[question.difficulty]}</span>
        <span className="review-verdict"><span aria-hidden="true">{row.correct ? '✓ ' : '✗ '}</span>{row.correct ? 'Right' : 'Wrong'}</span>
      </h4>
      <p className="review-prompt">{question.prompt}</p>
      <dl>
        <dt>Your answer</dt>
        <dd>{isConfig && !row.unanswered ? <pre>{row.yourAnswer}</pre> : row.yourAnswer}</dd>
        {!row.correct ? <><dt>Right answer</dt><dd>{isConfig ? <pre>{row.expected}</pre> : row.expected}</dd></> : null}
        <dt>Why</dt>
        <dd><AppVoice />{row.feedback}</dd>
      </dl>
      <a className="review-link" href={row.href}>
        See it in the workspace<span className="test-sr-only"> (question {row.number}, {row.step === 0 ? 'at Start' : `step ${row.step}`})</span>
      </a>
      {question.whatIf ? <span className="muted"> (the what-if run, with the changed config)</span> : null}
      {isConfig ? <span className="muted"> (with the solution config)</span> : null}
    </li>
  );
}
