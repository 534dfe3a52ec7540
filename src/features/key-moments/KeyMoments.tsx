import { LESSON_KEY_MOMENTS } from '../../content/lesson';
import { Panel } from '../../ui/Panel';
import { useAppStore } from '../../store/store';
import { selectKeyMoments } from '../../store/selectors';
import './keyMoments.css';

/** Whether an insight is word for word one of the lesson's own (it is, for the lesson's example). */
const isLessons = (moment: { readonly step: number; readonly question: string; readonly answer: string }) =>
  LESSON_KEY_MOMENTS.some((lesson) => lesson.step === moment.step && lesson.question === moment.question && lesson.answer === moment.answer);

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
                <span className="voice">{isLessons(moment) ? 'from the lesson' : 'written by the app for this run'}</span>
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
