import { LESSON_CODE_CAPTION } from '../../content/lesson';
import { Panel } from '../../ui/Panel';
import { useAppStore } from '../../store/store';
import { selectCodeListing, selectCurrentStep } from '../../store/selectors';

/** Leading spaces of a Python line: a wrapped line hangs below its own indentation, never at column 0. */
const indentOf = (line: string) => line.length - line.trimStart().length;

/** The lesson's Python loop with the config's numbers; the line that decided the current step highlighted. */
export function CodeView() {
  const lines = useAppStore(selectCodeListing);
  const step = useAppStore(selectCurrentStep);
  return (
    <Panel id="code-view" title="Code">
      <pre className="code-view" tabIndex={0} aria-label="Python code of the autoscaler loop">
        {lines.map((line, i) => {
          const number = i + 1;
          const ran = step?.codeLines.includes(number);
          const deciding = step?.codeLine === number;
          const hang = indentOf(line) + 4;
          return (
            <div key={i} className={`code-line${ran ? ' ran' : ''}${deciding ? ' deciding' : ''}`} aria-current={deciding ? 'step' : undefined}>
              <span className="line-number" aria-hidden="true">{number}</span>
              <code style={{ paddingLeft: `${hang}ch`, textIndent: `-${hang}ch` }}>{line}</code>
            </div>
          );
        })}
      </pre>
      <p className="code-caption"><span className="voice">from the lesson</span> {LESSON_CODE_CAPTION}</p>
      <div className="narration">
        <span className="voice">written by the app for this step</span>
        <p>{step ? `Step ${step.step}: ${step.reason}` : 'Start: nothing has run yet; step 1 is next.'}</p>
      </div>
    </Panel>
  );
}
