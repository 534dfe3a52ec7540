/** A quiz mode's page: one question at a time beside the workspace views, with navigation, score and progress. */
import { useMemo, useRef, useState } from 'react';
import { LESSON_FIX_CONFIG, LESSON_PRACTICE, LESSON_QUIZ } from '../../content';
import { rebuildQuestion, type Grade, type Question } from '../../quiz';
import { useAppStore } from '../../store/store';
import type { MissedQuestion } from '../../store/progressSlice';
import { isLlmRecipe } from '../../quiz/llm/recipe';
import type { QuestionRunMode } from '../../store/runsSlice';
import { ExecutionTable } from '../execution-table/ExecutionTable';
import { FlowDiagram } from '../flow-diagram/FlowDiagram';
import { VariableTracker } from '../variable-tracker/VariableTracker';
import { ProgressSummary } from './ProgressSummary';
import { QuestionCard } from './QuestionCard';
import { showQuestionScenario } from './questionScenario';
import { ScenarioConfigView } from './ScenarioConfigView';
import { SequenceSummary } from './SequenceSummary';
import { useQuestionSequence } from './useQuestionSequence';
import { useKeepWorkspace } from './workspaceKeeper';
import './quizModes.css';

interface QuestionSequenceViewProps {
  readonly mode: QuestionRunMode;
  readonly title: string;
  readonly intro: string;
  readonly lesson: readonly Question[];
  readonly showSolution: boolean;
}

/** Every lesson question, so a missed one can be asked again from any mode. */
const LESSON_POOL: readonly Question[] = [...LESSON_QUIZ, ...LESSON_PRACTICE, LESSON_FIX_CONFIG];

export function QuestionSequenceView({ mode, title, intro, lesson, showSolution }: QuestionSequenceViewProps) {
  useKeepWorkspace();
  const sequence = useQuestionSequence(lesson, mode);
  const { questions, index, question, lessonCount, firstTries } = sequence;
  const [whatIfShown, setWhatIfShown] = useState(false);
  const sideRef = useRef<HTMLDivElement>(null);
  const pool = useMemo(() => [...questions, ...LESSON_POOL], [questions]);
  const findMissed = (missed: MissedQuestion) =>
    pool.find((q) => q.id === missed.questionId) ?? (missed.recipe && !isLlmRecipe(missed.recipe) ? rebuildQuestion(missed.recipe) : undefined);

  const focusQuestion = () => requestAnimationFrame(() => sideRef.current?.querySelector<HTMLElement>('.question-card h3')?.focus());
  const goTo = (next: number) => { setWhatIfShown(false); sequence.goTo(next); focusQuestion(); };
  const onAnswered = (grade: Grade, _answer: unknown, info: { firstOfAttempt: boolean; attempt: number }) => {
    if (info.firstOfAttempt && info.attempt === 1) sequence.recordFirstTry(question.id, grade.correct);
    if (question.kind === 'predict_step') useAppStore.getState().revealStep(question.step);
  };
  const toggleWhatIf = () => {
    if (!question.whatIf) return;
    if (whatIfShown) showQuestionScenario(question);
    else useAppStore.getState().loadScenario({ ...question.whatIf, cursor: question.whatIf.loads.length });
    setWhatIfShown(!whatIfShown);
  };

  const answered = Object.keys(firstTries).length;
  const right = Object.values(firstTries).filter(Boolean).length;
  const source = index < lessonCount ? 'from the lesson' : 'made by the engine for this scenario';
  return (
    <div className="quiz-mode">
      <div className="quiz-side" ref={sideRef}>
        <section className="quiz-intro" aria-labelledby={`${mode}-mode-heading`}>
          <h2 id={`${mode}-mode-heading`}>{title}</h2>
          <p>{intro}</p>
          <p className="quiz-score" aria-live="polite">Score so far: {right} of {answered} right first time{answered < questions.length ? ` (${questions.length - answered} to go)` : ''}.</p>
        </section>
        <QuestionCard question={question} mode={mode} showSolution={showSolution} onAnswered={onAnswered}
          title={`Question ${index + 1} of ${questions.length}`}>
          <span className="question-source muted">{source}</span>
          <div className="question-nav">
            <button type="button" onClick={() => goTo(index - 1)} disabled={index === 0}>Previous</button>
            <button type="button" onClick={() => goTo(index + 1)} disabled={index >= questions.length - 1}>Next</button>
            {index >= lessonCount ? <button type="button" onClick={() => { setWhatIfShown(false); sequence.newQuestions(); focusQuestion(); }}>New questions</button> : null}
            {question.whatIf && question.id in firstTries
              ? <button type="button" aria-pressed={whatIfShown} onClick={toggleWhatIf}>Show the what-if run</button> : null}
          </div>
        </QuestionCard>
        <SequenceSummary questions={questions} firstTries={firstTries} name={mode === 'quiz' ? 'Quiz' : 'Practice'} onGoTo={goTo}
          onNewQuestions={() => { setWhatIfShown(false); sequence.newQuestions(); focusQuestion(); }} />
        {index < lessonCount ? (
          <p className="muted">After the lesson&apos;s {lessonCount} questions come more, made by the engine.
            {' '}<button type="button" className="link-button" onClick={() => goTo(lessonCount)}>Skip to more questions</button></p>
        ) : null}
        <ProgressSummary mode={mode} canAsk={(missed) => findMissed(missed) !== undefined}
          onAsk={(missed) => { const found = findMissed(missed); if (found) { setWhatIfShown(false); sequence.ask(found); focusQuestion(); } }} />
      </div>
      <div className="quiz-views" aria-label="The scenario's picture" role="group">
        <ExecutionTable />
        <VariableTracker />
        <FlowDiagram />
        <ScenarioConfigView />
      </div>
    </div>
  );
}
