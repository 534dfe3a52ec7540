/** What a graded answer shows: the verdict and the engine's reason (announced), then explanation, solution and mistakes. */
import { TEMPLATE_NAMES, type Grade, type Question } from '../../quiz';
import { AppVoice } from './AppVoice';
import { LessonText } from './LessonText';

const appWrote = (question: Question) => TEMPLATE_NAMES.includes(question.template);

interface SolutionProps {
  readonly question: Question;
  readonly grade: Grade;
  /** the answer, the step-by-step solution and the common mistakes too; otherwise only the explanation */
  readonly full: boolean;
}

/** The explanation, the step-by-step solution and the common mistakes, shown after an answer. */
export function QuestionSolution({ question, grade, full }: SolutionProps) {
  const explained = grade.feedback.includes(question.explanation);
  const why = <p><strong>Why:</strong> {appWrote(question) ? <AppVoice /> : null}<LessonText text={question.explanation} /></p>;
  if (!full) return explained ? null : <div className="question-solution">{why}</div>;
  return (
    <div className="question-solution">
      {!grade.correct ? <p><strong>{question.kind === 'fix_config' ? 'A config that meets the goal:' : 'The answer:'}</strong> <span className="expected">{grade.expected}</span></p> : null}
      {!explained ? why : null}
      {question.solutionSteps?.length ? (
        <section aria-label="Step-by-step solution">
          <h4>Step-by-step solution</h4>
          <ol className="solution-steps">
            {question.solutionSteps.map((step) => (
              <li key={step.title}><strong>{step.title}</strong> <LessonText text={step.text} /></li>
            ))}
          </ol>
        </section>
      ) : null}
      {question.commonMistakes?.length ? (
        <section aria-label="Common mistakes">
          <h4>Common mistakes</h4>
          <ul className="common-mistakes">{question.commonMistakes.map((mistake) => <li key={mistake}>{mistake}</li>)}</ul>
        </section>
      ) : null}
    </div>
  );
}

/**
 * The verdict line and the grade's feedback: why, not only right or wrong. `withheld`: a wrong answer that may be
 * tried again; its feedback (which gives the answer away) waits for "Show answer".
 */
export function Verdict({ grade, deferred, withheld = false }: { readonly grade: Grade; readonly deferred: boolean; readonly withheld?: boolean }) {
  if (deferred) return <p className="verdict">Answer saved. You will see how you did at the end.</p>;
  if (withheld) {
    return (
      <>
        <p className="verdict verdict-wrong"><span aria-hidden="true">✗ </span>Not right yet.</p>
        <p className="feedback-text">Try again (a hint points at the part to look at), or show the answer.</p>
      </>
    );
  }
  return (
    <>
      <p className={grade.correct ? 'verdict verdict-right' : 'verdict verdict-wrong'}>
        <span aria-hidden="true">{grade.correct ? '✓ ' : '✗ '}</span>{grade.correct ? 'Correct.' : 'Not right yet.'}
      </p>
      <p className="feedback-text"><AppVoice /><LessonText text={grade.feedback} /></p>
    </>
  );
}
