import type { SlideQuestion as Question } from '../../content/deck';

interface SlideQuestionProps {
  readonly question: Question;
  readonly revealed: boolean;
  readonly onToggle: () => void;
}

/** A question on a slide: the choices for the class, the answer hidden until the presenter reveals it (R). */
export function SlideQuestion({ question, revealed, onToggle }: SlideQuestionProps) {
  const right = question.choices.find((choice) => choice.id === question.answer);
  return (
    <div className="slide-question">
      <p className="slide-prompt">{question.prompt}</p>
      {question.choices.length > 0 ? (
        <ol className="slide-choices">
          {question.choices.map((choice) => {
            const isRight = revealed && choice.id === question.answer;
            return (
              <li key={choice.id} data-right={isRight || undefined}>
                <span className="choice-id" aria-hidden="true">{choice.id}</span>
                <span>{choice.text}</span>
                {isRight ? <span className="choice-mark"> ✓ <span className="visually-hidden">the answer</span></span> : null}
              </li>
            );
          })}
        </ol>
      ) : null}
      <button type="button" className="reveal-button" aria-expanded={revealed} aria-controls="slide-answer" onClick={onToggle}>
        {revealed ? 'Hide the answer' : 'Reveal the answer'} <kbd>R</kbd>
      </button>
      <div id="slide-answer" className="slide-answer" hidden={!revealed} role="region" aria-label="Answer">
        {revealed ? (
          <>
            {right ? <p className="answer-line"><strong>Answer: {right.id}</strong> — {right.text}</p> : null}
            <p>{question.explanation}</p>
          </>
        ) : null}
      </div>
    </div>
  );
}
