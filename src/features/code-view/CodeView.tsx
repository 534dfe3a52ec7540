import { Panel } from '../../ui/Panel';
import { useAppStore } from '../../store/store';
import { selectCodeListing, selectCurrentStep } from '../../store/selectors';

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
          return (
            <div key={i} className={`code-line${ran ? ' ran' : ''}${deciding ? ' deciding' : ''}`} aria-current={deciding ? 'step' : undefined}>
              <span className="line-number" aria-hidden="true">{number}</span>
              <code>{line}</code>
            </div>
          );
        })}
      </pre>
      {step ? <p className="narration">Step {step.step}: {step.reason}</p> : <p className="narration">Start: nothing has run yet; step 1 is next.</p>}
    </Panel>
  );
}
