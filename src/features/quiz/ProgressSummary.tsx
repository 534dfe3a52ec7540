/**
 * Progress kept on this device: scores per mode, missed questions (re-askable where the mode can find them) and
 * "Reset progress" behind an inline confirmation. Reusable by every quiz mode.
 */
import { useId, useRef, useState } from 'react';
import { useAppStore } from '../../store/store';
import { QUIZ_MODES, QUIZ_MODE_LABELS, type MissedQuestion, type QuizMode } from '../../store/progressSlice';
import { isLlmRecipe } from '../../quiz/llm/recipe';
import { LlmAskAgain } from './LlmAskAgain';
import './quiz.css';

interface ProgressSummaryProps {
  /** the mode on screen, marked in the score list */
  readonly mode?: QuizMode;
  /** asks a missed question again; missed questions it cannot find (`canAsk` false) are listed without a button */
  readonly onAsk?: (missed: MissedQuestion) => void;
  readonly canAsk?: (missed: MissedQuestion) => boolean;
}

function ResetProgress() {
  const resetProgress = useAppStore((state) => state.resetProgress);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const resetRef = useRef<HTMLButtonElement>(null);
  if (confirming) {
    return (
      <div className="reset-confirm" role="group" aria-label="Confirm reset">
        <p>Forget every score and missed question on this device? This cannot be undone.</p>
        <button type="button" className="danger" autoFocus onClick={() => { resetProgress(); setConfirming(false); setDone(true); requestAnimationFrame(() => resetRef.current?.focus()); }}>Yes, reset progress</button>
        <button type="button" onClick={() => { setConfirming(false); requestAnimationFrame(() => resetRef.current?.focus()); }}>Cancel</button>
      </div>
    );
  }
  return (
    <>
      <button type="button" ref={resetRef} onClick={() => { setDone(false); setConfirming(true); }}>Reset progress</button>
      <span role="status" className="muted">{done ? 'Progress reset.' : ''}</span>
    </>
  );
}

export function ProgressSummary({ mode, onAsk, canAsk = () => Boolean(onAsk) }: ProgressSummaryProps) {
  const progress = useAppStore((state) => state.progress);
  const headingId = useId();
  const { missed, tests } = progress;
  return (
    <section className="progress-summary" aria-labelledby={headingId}>
      <h3 id={headingId}>Your progress</h3>
      <p className="muted">Kept on this device only. Every checked answer counts, retries included.</p>
      <ul className="score-list">
        {QUIZ_MODES.map((quizMode) => {
          const score = progress.scores[quizMode];
          return (
            <li key={quizMode} data-mode={quizMode} aria-current={quizMode === mode ? 'true' : undefined}>
              <span>{QUIZ_MODE_LABELS[quizMode]}</span>
              <span className="score-value">{score.total === 0 ? 'not started' : `${score.correct} of ${score.total} right`}</span>
            </li>
          );
        })}
      </ul>
      {tests.length > 0 ? <p className="muted">Tests taken: {tests.length}; last {tests[tests.length - 1]!.score} of {tests[tests.length - 1]!.total}.</p> : null}
      <details className="missed-list">
        <summary>Review missed ({missed.length})</summary>
        {missed.length === 0 ? <p className="muted">Nothing missed so far.</p> : (
          <ul>
            {missed.map((item) => (
              <li key={item.questionId}>
                <span className="missed-prompt">{item.prompt}</span>
                <span className="muted"> ({QUIZ_MODE_LABELS[item.mode]})</span>
                {isLlmRecipe(item.recipe) ? <LlmAskAgain recipe={item.recipe} />
                  : onAsk && canAsk(item)
                    ? <button type="button" onClick={() => onAsk(item)}>Ask again</button>
                    : <span className="muted"> — about another scenario; it comes back when that set is asked again.</span>}
              </li>
            ))}
          </ul>
        )}
      </details>
      <ResetProgress />
    </section>
  );
}
