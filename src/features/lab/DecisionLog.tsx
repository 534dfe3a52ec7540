/**
 * The focused controller's decisions around the cursor, in its own words (the engine's explain sentence via tickAt):
 * a window of a few before and after, never the whole day, so a run of 86,400 seconds scrolls nothing it cannot afford.
 */
import { formatCount } from '../../engine/format';
import { useState } from 'react';
import { Panel } from '../../ui/Panel';
import { useAppStore } from '../../store/store';
import { tickAt, type TimeTrace } from './labEngine';
import { aroundCursor, selectChangeSeconds, selectDecisionSeconds } from './labSelectors';
import { clockTime } from './labFormat';

const BEFORE = 5;
const AFTER = 4;

export function DecisionLog({ trace }: { readonly trace: TimeTrace | undefined }) {
  const cursor = useAppStore((state) => state.labCursor);
  const setCursor = useAppStore((state) => state.setLabCursor);
  const [onlyChanges, setOnlyChanges] = useState(false);
  if (!trace) return null;
  const list = onlyChanges ? selectChangeSeconds(trace) : selectDecisionSeconds(trace);
  const { seconds, current } = aroundCursor(list, cursor, BEFORE, AFTER);
  return (
    <Panel id="lab-log" title={`Decision log: ${trace.policy.name}`}
      actions={<label className="toggle"><input type="checkbox" checked={onlyChanges} onChange={(event) => setOnlyChanges(event.target.checked)} /> Only changes</label>}>
      <p className="lab-small muted">
        {formatCount(list.length)} {onlyChanges ? 'changes of the replica count' : 'decisions'} in the run; the ones around the cursor:
      </p>
      {seconds.length === 0 ? <p>No {onlyChanges ? 'change' : 'decision'} in this run.</p> : (
        <ol className="lab-log" aria-label={`Decisions of ${trace.policy.name} around the cursor`}>
          {seconds.map((t) => {
            const tick = tickAt(trace, t);
            const before = t > 0 ? trace.desired[t - 1]! : tick.desired;
            return (
              <li key={t} aria-current={t === current ? 'true' : undefined} className={t > cursor ? 'lab-log-future' : undefined}>
                <button type="button" className="lab-log-time" onClick={() => setCursor(t)} aria-label={`Go to ${clockTime(t)} (second ${t})`}>{clockTime(t)}</button>
                <span className="lab-log-change">{before === tick.desired ? `stay ${tick.desired}` : `${before} → ${tick.desired}`}</span>
                <span className="lab-log-text">{tick.explanation}</span>
              </li>
            );
          })}
        </ol>
      )}
    </Panel>
  );
}
