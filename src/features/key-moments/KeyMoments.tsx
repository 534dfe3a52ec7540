import { Panel } from '../../ui/Panel';
import { useAppStore } from '../../store/store';
import { selectKeyMoments } from '../../store/selectors';
import './keyMoments.css';

/** The engine's insights for the current trace: each a question, its answer and a way to jump to its row. */
export function KeyMoments() {
  const moments = useAppStore(selectKeyMoments);
  const cursor = useAppStore((state) => state.cursor);
  const setCursor = useAppStore((state) => state.setCursor);
  const count = moments.length;
  return (
    <Panel id="key-moments" title="Key moments" actions={count > 0 ? <span className="muted">{count} {count === 1 ? 'insight' : 'insights'}</span> : null}>
      {count === 0 ? (
        <p className="muted">No key moments in this run: every step simply follows the rule. Try a load that crosses a threshold.</p>
      ) : (
        <ol className="key-moments">
          {moments.map((moment) => {
            const questionId = `key-moment-${moment.step}-${moment.kind}`;
            const current = moment.step === cursor;
            return (
              <li key={questionId} className="key-moment" aria-current={current ? 'step' : undefined}>
                <h3 id={questionId} className="key-moment-question">{moment.question}</h3>
                <p className="key-moment-answer">{moment.answer}</p>
                <button type="button" className="key-moment-go" aria-describedby={questionId} onClick={() => setCursor(moment.step)}>
                  Go to step {moment.step}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </Panel>
  );
}
