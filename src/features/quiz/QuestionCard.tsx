/**
 * QuestionCard: one question of any kind, answered, graded by the quiz engine, with hints that point at the picture.
 * Shared by every quiz mode (Visual quiz, Practice, Predict, Test).
 *
 * Props:
 * - `question`: the Question to ask. The card resets itself when question.id changes.
 * - `onAnswered(grade, answer, info)`: called on every check; `info.firstOfAttempt` is true for the first check of
 *   an attempt (the one recorded in progress), `info.attempt` counts from 1 ("Try again" starts the next attempt).
 * - `mode`: a QuizMode; when given, the first check of each attempt is recorded with recordAnswer(mode, ...).
 * - `showSolution` (default true): after a check, show the answer, step-by-step solution and common mistakes
 *   (the explanation shows after a right answer either way; a wrong answer's feedback already carries it).
 * - `deferFeedback` (default false): Test mode; a check says only "Answer saved" (no verdict, no retry, no hints).
 * - `showHints` (default true): the Hint button; each press reveals the next hint and highlights question.refersTo.
 * - `allowRetry` (default true): after a wrong answer, "Try again" without the answer given away, and "Show answer"
 *   to see it (with the solution); a right answer ends the question. Without it, a check shows everything at once.
 * - `revealHidden` (default: true except for predict_step questions): a hint may move the cursor to show a hidden row.
 * - `title` (default "Question"): the card's heading, e.g. "Question 2 of 10".
 * - `children`: extra controls shown at the bottom (Previous / Next ...).
 *
 * The scenario is not loaded by the card: call showQuestionScenario(question) (questionScenario.ts) when a question
 * comes on screen. A fix_config question edits the store's config text in the workspace's Monaco editor.
 */
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { grade as gradeAnswer, hintNote, questionRecipe, type Answer, type Grade, type Question } from '../../quiz';
import { useAppStore } from '../../store/store';
import type { QuizMode } from '../../store/progressSlice';
import { draftToAnswer, EMPTY_DRAFT, type AnswerDraft } from './answerDraft';
import { ChoiceInput, NumericInput, PredictInput } from './AnswerInputs';
import { FixConfigInput } from './FixConfigInput';
import { QuestionSolution, Verdict } from './QuestionResult';
import { useHints } from './useHints';
import { LessonText } from './LessonText';
import { AppVoice } from './AppVoice';
import './quiz.css';

export interface AnswerInfo {
  readonly attempt: number;
  readonly firstOfAttempt: boolean;
}

export interface QuestionCardProps {
  readonly question: Question;
  readonly onAnswered?: (grade: Grade, answer: Answer, info: AnswerInfo) => void;
  readonly mode?: QuizMode;
  readonly showSolution?: boolean;
  readonly deferFeedback?: boolean;
  readonly showHints?: boolean;
  readonly allowRetry?: boolean;
  readonly revealHidden?: boolean;
  readonly title?: string;
  readonly children?: ReactNode;
}

export function QuestionCard(props: QuestionCardProps) {
  return <QuestionCardBody key={props.question.id} {...props} />;
}

const DIFFICULTY_LABEL = { easy: 'Easy', medium: 'Medium', hard: 'Hard' } as const;

function QuestionCardBody({
  question, onAnswered, mode, showSolution = true, deferFeedback = false, showHints = true, allowRetry = true,
  revealHidden = question.kind !== 'predict_step', title = 'Question', children,
}: QuestionCardProps) {
  const idPrefix = useId().replace(/:/g, '');
  const [draft, setDraft] = useState<AnswerDraft>(EMPTY_DRAFT);
  const [result, setResult] = useState<{ grade: Grade; answer: Answer } | null>(null);
  const [problem, setProblem] = useState('');
  const [attempt, setAttempt] = useState(1);
  /** the learner asked to see the answer after a wrong one */
  const [shown, setShown] = useState(false);
  const recorded = useRef(false);
  const statusRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const recordAnswer = useAppStore((state) => state.recordAnswer);
  const hints = useHints(question, revealHidden);
  const fixing = question.kind === 'fix_config';
  const locked = result !== null && !fixing;
  // a wrong answer that can be tried again keeps the answer back until asked (a config to fix is told what is wrong)
  const retrying = result !== null && !result.grade.correct && allowRetry && !deferFeedback && !fixing && !shown;

  const check = (event: FormEvent) => {
    event.preventDefault();
    if (locked || (deferFeedback && result)) return;
    const parsed = draftToAnswer(question, draft, useAppStore.getState().configText);
    if (!parsed.ok) { setProblem(parsed.problem); return; }
    const graded = gradeAnswer(question, parsed.answer);
    const firstOfAttempt = !recorded.current;
    recorded.current = true;
    if (firstOfAttempt && mode) recordAnswer(mode, { id: question.id, prompt: question.prompt, recipe: questionRecipe(question) }, graded.correct);
    setProblem('');
    setResult({ grade: graded, answer: parsed.answer });
    onAnswered?.(graded, parsed.answer, { attempt, firstOfAttempt });
  };

  useEffect(() => { if (result) statusRef.current?.focus(); }, [result, shown]);

  const tryAgain = () => {
    recorded.current = false;
    setResult(null);
    setShown(false);
    setProblem('');
    if (!fixing) setDraft(EMPTY_DRAFT);
    setAttempt((n) => n + 1);
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('input:not([disabled]), textarea')?.focus());
  };

  const inputProps = { draft, onChange: setDraft, idPrefix, locked };
  return (
    <article className="question-card" aria-labelledby={`${idPrefix}-title`} data-question-id={question.id} data-kind={question.kind}>
      <header className="question-card-header">
        <h3 id={`${idPrefix}-title`} tabIndex={-1}>{title}</h3>
        <span className={`difficulty difficulty-${question.difficulty}`}>{DIFFICULTY_LABEL[question.difficulty]}</span>
      </header>
      <form ref={formRef} onSubmit={check} noValidate>
        {question.kind === 'multiple_choice' ? <ChoiceInput question={question} {...inputProps} /> : null}
        {question.kind === 'numeric' ? <NumericInput question={question} {...inputProps} /> : null}
        {question.kind === 'predict_step' ? <PredictInput question={question} {...inputProps} /> : null}
        {question.kind === 'fix_config' ? <FixConfigInput question={question} idPrefix={idPrefix} /> : null}
        {/* hints and feedback come before the buttons, so Tab from the focused feedback reaches Hint and Try again */}
        <div className="hint-region" aria-live="polite">
          {hints.shown > 0 ? (
            <ol className="hint-list" aria-label="Hints">
              {question.hints.slice(0, hints.shown).map((hint) => {
                const note = hintNote(hint, question.scenario.config);
                return (
                  <li key={hint}><strong>Hint:</strong> <LessonText text={hint} />
                    {note ? <span className="hint-note"> <AppVoice />{note}</span> : null}</li>
                );
              })}
            </ol>
          ) : null}
        </div>
        <div className="question-status" role="status" aria-live="polite" tabIndex={-1} ref={statusRef}>
          {problem ? <p className="verdict verdict-wrong">{problem}</p> : null}
          {result ? <Verdict grade={result.grade} deferred={deferFeedback} withheld={retrying} /> : null}
        </div>
        <div className="question-actions">
          <button type="submit" className="primary" disabled={locked || (deferFeedback && result !== null)}>{deferFeedback ? 'Save answer' : 'Check answer'}</button>
          {showHints && !deferFeedback ? <button type="button" onClick={hints.showHint}>Hint</button> : null}
          {result && allowRetry && !deferFeedback && !result.grade.correct && !shown ? <button type="button" onClick={tryAgain}>Try again</button> : null}
          {retrying ? <button type="button" onClick={() => setShown(true)}>Show answer</button> : null}
        </div>
      </form>
      {result && !deferFeedback && !retrying ? <QuestionSolution question={question} grade={result.grade} full={showSolution} /> : null}
      {children ? <div className="question-footer">{children}</div> : null}
    </article>
  );
}
