/** The answer controls for multiple choice, numeric and predict-the-step questions: native radios and number inputs. */
import type { MultipleChoiceQuestion, NumericQuestion, PredictStepQuestion } from '../../quiz';
import { ACTION_CHOICES, type AnswerDraft } from './answerDraft';

interface InputProps<Q> {
  readonly question: Q;
  readonly draft: AnswerDraft;
  readonly onChange: (draft: AnswerDraft) => void;
  /** a unique prefix for ids and radio group names */
  readonly idPrefix: string;
  /** the picked answer of a graded attempt, to mark it */
  readonly locked: boolean;
}

/** The prompt as a legend: line breaks kept (practice question 3 quotes a config). */
function Prompt({ text }: { readonly text: string }) {
  return <legend className="question-prompt">{text}</legend>;
}

export function ChoiceInput({ question, draft, onChange, idPrefix, locked }: InputProps<MultipleChoiceQuestion>) {
  return (
    <fieldset className="question-fieldset" disabled={locked}>
      <Prompt text={question.prompt} />
      <div className="choice-list">
        {question.choices.map((choice) => (
          <label key={choice.id} className="choice" data-picked={draft.choice === choice.id || undefined}>
            <input
              type="radio" name={`${idPrefix}-choice`} value={choice.id} checked={draft.choice === choice.id}
              onChange={() => onChange({ ...draft, choice: choice.id })}
            />
            <span className="choice-text"><strong>{choice.id}.</strong> {choice.text}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function NumericInput({ question, draft, onChange, idPrefix, locked }: InputProps<NumericQuestion>) {
  const id = `${idPrefix}-number`;
  return (
    <fieldset className="question-fieldset" disabled={locked}>
      <Prompt text={question.prompt} />
      <div className="number-answer">
        <label htmlFor={id}>Your answer{question.unit ? ` (${question.unit})` : ''}</label>
        {/* the unit stays beside its input when the row wraps */}
        <span className="number-field">
          <input
            id={id} type="number" step="any" inputMode="decimal" value={draft.value}
            onChange={(event) => onChange({ ...draft, value: event.target.value })}
          />
          {question.unit ? <span aria-hidden="true" className="unit">{question.unit}</span> : null}
        </span>
      </div>
    </fieldset>
  );
}

export function PredictInput({ question, draft, onChange, idPrefix, locked }: InputProps<PredictStepQuestion>) {
  const id = `${idPrefix}-instances`;
  return (
    <fieldset className="question-fieldset" disabled={locked}>
      <Prompt text={question.prompt} />
      <fieldset className="action-choices">
        <legend>Action at step {question.step}</legend>
        {ACTION_CHOICES.map(({ action, label }) => (
          <label key={action} className="choice" data-picked={draft.action === action || undefined}>
            <input
              type="radio" name={`${idPrefix}-action`} value={action} checked={draft.action === action}
              onChange={() => onChange({ ...draft, action })}
            />
            <span className="choice-text">{label}</span>
          </label>
        ))}
      </fieldset>
      <div className="number-answer">
        <label htmlFor={id}>Instances after step {question.step}</label>
        <input
          id={id} type="number" min={0} step={1} inputMode="numeric" value={draft.instances}
          onChange={(event) => onChange({ ...draft, instances: event.target.value })}
        />
      </div>
    </fieldset>
  );
}
