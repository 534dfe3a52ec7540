/** The fix-the-config answer: the workspace's Monaco config editor, the validator's messages and the goal checker's reasons, live. */
import { Suspense, useMemo } from 'react';
import { checkGoal, type FixConfigQuestion } from '../../quiz';
import { useAppStore } from '../../store/store';
import { ConfigProblems } from '../config-editor/ConfigProblems';
import { EditorBoundary } from '../config-editor/EditorBoundary';
import { LazyConfigEditor } from '../config-editor/loadConfigEditor';
import '../config-editor/configEditor.css';

interface FixConfigInputProps {
  readonly question: FixConfigQuestion;
  readonly idPrefix: string;
}

/** Whether the config in the editor meets the goal right now, and what is off (never how to fix it: that is the answer); the validator speaks first. */
function GoalStatus({ question }: { readonly question: FixConfigQuestion }) {
  const config = useAppStore((state) => state.config);
  const invalid = useAppStore((state) => state.configErrors.length > 0);
  const result = useMemo(() => checkGoal(question.goal, config), [question.goal, config]);
  return (
    <div className="goal-status" aria-live="polite" data-met={!invalid && result.met ? 'true' : 'false'}>
      {invalid
        ? <p><strong>Goal:</strong> not checked yet: the config above has problems to fix first.</p>
        : (
          <>
            <p><strong>Goal:</strong> {result.met ? 'met.' : 'not met yet:'}</p>
            <ul>{result.reasons.map((reason) => <li key={reason}>{reason}</li>)}</ul>
          </>
        )}
    </div>
  );
}

export function FixConfigInput({ question, idPrefix }: FixConfigInputProps) {
  const setConfigText = useAppStore((state) => state.setConfigText);
  return (
    <fieldset className="question-fieldset">
      <legend className="question-prompt">{question.prompt}</legend>
      {/* the goal is stated once: in the prompt when the prompt quotes it, else here */}
      {question.prompt.includes(question.goal.description)
        ? null : <p className="goal-text" id={`${idPrefix}-goal`}><strong>Goal:</strong> {question.goal.description}</p>}
      <p className="fix-config-tools">
        <button type="button" onClick={() => setConfigText(question.startText)}>Restore the starting config</button>
      </p>
      <div className="config-editor-area quiz-config-editor">
        <EditorBoundary>
          <Suspense fallback={<p className="muted" role="status">Opening the editor…</p>}>
            <LazyConfigEditor />
          </Suspense>
        </EditorBoundary>
      </div>
      <p className="muted">Tab leaves the editor. Keys left out take the lesson&apos;s defaults.</p>
      <ConfigProblems />
      <GoalStatus question={question} />
    </fieldset>
  );
}
