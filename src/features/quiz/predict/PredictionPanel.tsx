import { useEffect, useRef } from 'react';
import { Panel } from '../../../ui/Panel';
import { PredictionForm } from './PredictionForm';
import { isFinished, resultAt, scoreText, sessionScore, type PredictionResult } from './predictSession';
import type { PredictSessionApi } from './usePredictSession';
import { AppVoice } from '../AppVoice';

/** The learner's side of Predict mode: running score, stepping among revealed rows, the prediction, its feedback. */
export function PredictionPanel({ api }: { readonly api: PredictSessionApi }) {
  const { session, cursor, question, interacted } = api;
  const score = sessionScore(session);
  const atFrontier = cursor === session.revealed;
  const finished = isFinished(session);
  return (
    <Panel id="predict" title="Predict the next step">
      <p className="predict-score">
        Score: <strong>{score.total === 0 ? 'no predictions yet' : scoreText(score)}</strong>
        <span className="muted"> · {session.revealed} of {session.steps} steps revealed</span>
      </p>
      <nav className="predict-steps" aria-label="Revealed steps">
        <button type="button" aria-disabled={cursor <= 0} onClick={() => cursor > 0 && api.goTo(cursor - 1)}>Previous step</button>
        <span className="predict-step-text">{cursor === 0 ? 'Start' : `Step ${cursor}`}</span>
        {atFrontier
          ? <span className="muted">{finished ? 'All steps revealed.' : `Next: predict step ${session.revealed + 1}.`}</span>
          : <>
              <button type="button" onClick={() => api.goTo(cursor + 1)}>Next step</button>
              <button type="button" onClick={() => api.goTo(session.revealed)}>Latest step</button>
            </>}
      </nav>
      <Feedback result={resultAt(session, cursor)} />
      {atFrontier && question
        ? <PredictionForm key={question.id} question={question} focusOnMount={interacted} onCommit={api.commit} onReveal={api.revealWithoutPredicting} />
        : null}
      {atFrontier && finished ? <PredictSummary api={api} /> : null}
      {!atFrontier ? <p className="muted">You are looking back at {cursor === 0 ? 'Start' : `step ${cursor}`}. Go to the latest step to predict step {session.revealed + 1}.</p> : null}
    </Panel>
  );
}

/** The grade's feedback for the step on screen, announced when it changes. */
function Feedback({ result }: { readonly result: PredictionResult | undefined }) {
  const heading = !result ? '' : result.outcome === 'right' ? 'Right' : result.outcome === 'wrong' ? 'Not quite' : 'Revealed';
  return (
    <div role="status" aria-live="polite" className={`predict-feedback${result ? ` outcome-${result.outcome}` : ''}`}>
      {result ? (
        <>
          <p className="predict-feedback-title"><strong>Step {result.step}: {heading}.</strong></p>
          <p><AppVoice />{result.feedback}</p>
          {result.outcome !== 'right' ? <p>Right answer: {result.expected}.</p> : null}
        </>
      ) : null}
    </div>
  );
}

function PredictSummary({ api }: { readonly api: PredictSessionApi }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { session, interacted } = api;
  const score = sessionScore(session);
  const missed = session.results.filter((r) => r.outcome !== 'right').map((r) => r.step);
  useEffect(() => { if (interacted) heading.current?.focus(); }, [interacted]);
  return (
    <section className="predict-summary" aria-labelledby="predict-summary-heading">
      <h3 id="predict-summary-heading" ref={heading} tabIndex={-1}>Done: {scoreText(score)}</h3>
      <p>
        You predicted {score.right} of {score.total} steps right.
        {missed.length > 0 ? ` Worth another look: ${missed.length === 1 ? 'step' : 'steps'} ${missed.join(', ')} (use Previous step to review them).` : ' Every step right.'}
      </p>
      <button type="button" className="primary" onClick={api.restart}>Start again</button>
    </section>
  );
}
