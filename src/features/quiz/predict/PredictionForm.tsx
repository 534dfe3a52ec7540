import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { PredictStepQuestion, StepPrediction } from '../../../quiz';
import { ACTION_CHOICES } from '../answerDraft';

interface PredictionFormProps {
  readonly question: PredictStepQuestion;
  /** move focus into the form when it appears (after the learner's last action, not on page load) */
  readonly focusOnMount: boolean;
  readonly onCommit: (prediction: StepPrediction) => void;
  readonly onReveal: () => void;
}

interface Problems {
  readonly action?: string;
  readonly instances?: string;
}

/** The hidden row's question: an action (radio group) and the instances after it, committed before the row is shown. */
export function PredictionForm({ question, focusOnMount, onCommit, onReveal }: PredictionFormProps) {
  const ids = useId();
  const [action, setAction] = useState<StepPrediction['action'] | undefined>(undefined);
  const [instances, setInstances] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const firstChoice = useRef<HTMLInputElement>(null);
  const { step } = question;

  useEffect(() => { if (focusOnMount) firstChoice.current?.focus(); }, [focusOnMount]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const count = instances.trim() === '' ? Number.NaN : Number(instances);
    const found: Problems = {
      ...(action ? {} : { action: 'Choose an action.' }),
      ...(Number.isInteger(count) && count >= 0 ? {} : { instances: 'Enter the number of instances, a whole number.' }),
    };
    setProblems(found);
    if (!action || found.instances) {
      (action ? document.getElementById(`${ids}-instances`) : firstChoice.current)?.focus();
      return;
    }
    onCommit({ action, instances: count });
  };

  return (
    <form className="prediction-form" onSubmit={submit} noValidate aria-labelledby={`${ids}-prompt`}>
      <p id={`${ids}-prompt`} className="prediction-prompt">{question.prompt}</p>
      <fieldset aria-describedby={problems.action ? `${ids}-action-problem` : undefined}>
        <legend>Action at step {step}</legend>
        <div className="prediction-choices">
          {ACTION_CHOICES.map((choice, i) => (
            <label key={choice.action} className="prediction-choice">
              <input
                ref={i === 0 ? firstChoice : undefined} type="radio" name={`${ids}-action`} value={choice.action}
                checked={action === choice.action} onChange={() => setAction(choice.action)}
              />
              {choice.label}
            </label>
          ))}
        </div>
        {problems.action ? <p id={`${ids}-action-problem`} className="field-problem">{problems.action}</p> : null}
      </fieldset>
      <label className="prediction-count" htmlFor={`${ids}-instances`}>Instances after step {step}</label>
      <input
        id={`${ids}-instances`} type="number" inputMode="numeric" min={0} step={1} value={instances}
        onChange={(event) => setInstances(event.target.value)}
        aria-invalid={problems.instances ? true : undefined}
        aria-describedby={problems.instances ? `${ids}-instances-problem` : undefined}
      />
      {problems.instances ? <p id={`${ids}-instances-problem`} className="field-problem">{problems.instances}</p> : null}
      <div className="prediction-actions">
        <button type="submit" className="primary">Commit prediction</button>
        <button type="button" onClick={onReveal} aria-describedby={`${ids}-reveal-note`}>Reveal without predicting</button>
      </div>
      <p id={`${ids}-reveal-note`} className="muted">
        The row for step {step} stays hidden until you commit a prediction. Revealing it without one counts as a miss.
      </p>
    </form>
  );
}
