/** The policy's decisions that changed the replica count, and its latest one, in its own words (the Lab's explain()). */
import { formatCount } from '../../engine/format';
import type { LiveSecond } from '../../engine/live/recorder';
import { Panel } from '../../ui/Panel';

export function LiveDecisionLog({ seconds, policy }: { readonly seconds: readonly LiveSecond[]; readonly policy: string }) {
  const decided = seconds.filter((s) => s.decision !== null);
  const changes = decided.filter((s) => s.t > 0 && s.desired !== seconds[s.t - 1]!.desired);
  const latest = decided[decided.length - 1];
  const shown = latest && !changes.includes(latest) ? [...changes.slice(-7), latest] : changes.slice(-8);
  return (
    <Panel id="live-log" title={`Decision log: ${policy}`}>
      <p className="lab-small muted">{formatCount(decided.length)} decisions, {formatCount(changes.length)} changed the count; the latest:</p>
      {shown.length === 0 ? <p>No decision yet.</p> : (
        <ol className="lab-log" aria-label="Decisions that changed the replica count">
          {shown.map((s) => (
            <li key={s.t}>
              <span className="lab-log-time">{s.t} s</span>
              <span className="lab-log-change">{s.t > 0 && seconds[s.t - 1]!.desired !== s.desired ? `${seconds[s.t - 1]!.desired} → ${s.desired}` : `stay ${s.desired}`}</span>
              <span className="lab-log-text">{s.decision}</span>
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}
