import { useEffect, useRef } from 'react';
import { Panel } from '../../../ui/Panel';
import { TEST_PLAN } from '../../../quiz';
import { ExecutionTable } from '../../execution-table/ExecutionTable';
import { FlowDiagram } from '../../flow-diagram/FlowDiagram';
import { CodeView } from '../../code-view/CodeView';
import { VariableTracker } from '../../variable-tracker/VariableTracker';
import { QuestionCard } from '../QuestionCard';
import { PastTests } from './PastTests';
import { TestControls } from './TestControls';
import { TestReview } from './TestReview';
import { freshTestSeed, isLastQuestion } from './testSession';
import { useTestSession, type TestSessionApi } from './useTestSession';
import { useKeepWorkspace } from '../workspaceKeeper';
import { useAppStore } from '../../../store/store';
import type { TestRun } from '../../../store/runsSlice';
import './test.css';

const DIFFICULTY_WORDS = { easy: 'easy', medium: 'medium', hard: 'hard' } as const;

/** Test this pattern (#/test): ten seeded questions, easy to hard, answered one at a time and scored at the end. */
export function TestMode() {
  const refused = useAppStore((state) => state.refusedTestSeed);
  return refused ? <RefusedSeed message={refused.message} /> : <TestRun />;
}

/** A linked seed that is not a seed: say so and which seeds are allowed; never draw another test in its place. */
function RefusedSeed({ message }: { readonly message: string }) {
  useKeepWorkspace();
  const setTestSeed = useAppStore((state) => state.setTestSeed);
  const take = (seed?: number) => setTestSeed(seed ?? freshTestSeed(undefined));
  return (
    <div className="workspace test-mode">
      <div className="workspace-inputs">
        <Panel id="test" title="Test this pattern">
          <p className="test-problem" role="alert">This link&apos;s test cannot be opened. {message} Take a new test, or type the seed you were given.</p>
          <TestControls seed={undefined} onNewTest={take} />
        </Panel>
        <PastTests onRetake={take} />
      </div>
    </div>
  );
}

function TestRun() {
  // first: its effect keeps the learner's workspace before useTestSession's puts a question on screen
  useKeepWorkspace();
  const api = useTestSession();
  const { session } = api;
  return (
    <div className="workspace test-mode">
      <div className="workspace-inputs">
        <Panel id="test" title="Test this pattern">
          <p className="test-intro">
            Seed <strong data-test-seed={session.test.seed}>{session.test.seed}</strong>
            {' '}· {session.test.questions.length} questions ({TEST_PLAN.easy} easy, {TEST_PLAN.medium} medium, {TEST_PLAN.hard} hard),
            {' '}scored at the end. The same seed always gives the same test.
          </p>
          {api.question ? <CurrentQuestion api={api} /> : <p className="muted">Test done: your score and a review of each answer are under “Your test, reviewed”.</p>}
          <TestControls seed={session.test.seed} onNewTest={api.newTest} />
          {api.setAside ? <SetAsideTest run={api.setAside} onResume={api.resumeSetAside} /> : null}
        </Panel>
        <PastTests onRetake={api.newTest} />
      </div>
      <div className="workspace-views">
        {session.finished ? <TestReview session={session} onNewTest={() => api.newTest()} /> : (
          <>
            <ExecutionTable />
            <div className="views-row">
              <FlowDiagram />
              <CodeView />
            </div>
            <VariableTracker />
          </>
        )}
      </div>
    </div>
  );
}

/** The half-done test "New test" replaced: kept on the device, one press away. */
function SetAsideTest({ run, onResume }: { readonly run: TestRun; readonly onResume: () => void }) {
  const answered = run.answers.filter(Boolean).length;
  return (
    <p className="test-set-aside" role="status">
      Your unfinished test (seed {run.seed}, {answered} of {run.answers.length} answered) is kept on this device.{' '}
      <button type="button" onClick={onResume}>Back to that test</button>
    </p>
  );
}

function CurrentQuestion({ api }: { readonly api: TestSessionApi }) {
  const { session, question } = api;
  const holder = useRef<HTMLDivElement>(null);
  const answered = Boolean(session.answers[session.index]);
  const total = session.test.questions.length;
  const { interacted } = api;

  // a new question (or a new test): focus its first answer control, or for a config to fix (whose editor loads
  // lazily) its heading, so focus is never lost; not on arrival, so the page does not jump
  useEffect(() => {
    if (!interacted) return;
    const card = holder.current;
    const input = question?.kind === 'fix_config' ? null : card?.querySelector<HTMLElement>('input:not([disabled])');
    (input ?? card?.querySelector<HTMLElement>('.question-card h3'))?.focus();
  }, [session.index, session.test]);

  if (!question) return null;
  const label = `Question ${session.index + 1} of ${total}`;
  return (
    <div ref={holder} className="test-question">
      <p className="test-sr-only" aria-live="polite">{label}, {DIFFICULTY_WORDS[question.difficulty]}.</p>
      <ol className="test-dots" aria-hidden="true">
        {session.test.questions.map((q, i) => (
          <li key={q.id} className={i === session.index ? 'current' : session.answers[i] ? 'done' : ''} />
        ))}
      </ol>
      <QuestionCard
        question={question} title={label} deferFeedback showHints={false} allowRetry={false}
        showSolution={false} revealHidden={false} onAnswered={(grade, answer) => api.answer(answer, grade)}
      >
        {!answered ? <span className="muted">Save answer (or Enter) keeps your answer and goes on; nothing is graded until the end.</span> : null}
        {answered && !isLastQuestion(session) ? <button type="button" className="primary" onClick={api.next}>Next question</button> : null}
        {answered && isLastQuestion(session) ? <button type="button" className="primary" onClick={api.finish}>Finish test</button> : null}
      </QuestionCard>
    </div>
  );
}
