import { Panel } from '../../../ui/Panel';
import { useAppStore } from '../../../store/store';

/** Most past tests listed; progress keeps up to 50. */
const SHOWN = 10;

const when = (at: number) => new Date(at).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/** Scores of earlier tests, kept on this device, newest first; each can be taken again from its seed. */
export function PastTests({ onRetake }: { readonly onRetake: (seed: number) => void }) {
  const tests = useAppStore((state) => state.progress.tests);
  const recent = tests.slice(-SHOWN).reverse();
  return (
    <Panel id="past-tests" title="Past tests">
      {recent.length === 0 ? <p className="muted">No finished tests yet. Scores are kept on this device.</p> : (
        <ul className="past-tests" aria-label="Past tests">
          {recent.map((result) => (
            <li key={`${result.at}-${result.seed}`}>
              <span><strong>{result.score} of {result.total}</strong> · seed {result.seed} · <time dateTime={new Date(result.at).toISOString()}>{when(result.at)}</time></span>
              <button type="button" onClick={() => onRetake(result.seed)} aria-label={`Retake the test with seed ${result.seed}`}>Retake</button>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
