/**
 * The LLM endpoint's pitfalls, one click each: open one (a complete Lab setup, undoable), read what went wrong in the
 * run's own numbers, press "Fix it", and read that it is fixed. The sentences come from the engine's run (pitfalls.ts).
 */
import { Panel } from '../../../ui/Panel';
import { useAppStore } from '../../../store/store';
import { encodeLab, type LabInputs } from '../../../store/labLink';
import { PITFALLS, type Pitfall, type Verdict } from './pitfalls';

const key = (inputs: LabInputs) => encodeLab({ inputs, cursor: 0 });

function VerdictLine({ verdict, kind }: { readonly verdict: Verdict | null; readonly kind: 'problem' | 'cured' }) {
  if (!verdict) return <p className="muted lab-small" role="status">Running…</p>;
  return (
    <p className={`lab-pitfall-verdict lab-pitfall-${kind}`} role="status">
      <strong>{kind === 'problem' ? 'The problem: ' : 'Fixed: '}</strong>{verdict.text}
      {verdict.holds ? null : ' (This run does not show it as the setup does: you have changed something since.)'}
    </p>
  );
}

export function PitfallsPanel() {
  const lab = useAppStore((state) => state.lab);
  const run = useAppStore((state) => state.labRun);
  const changeUndoably = useAppStore((state) => state.changeLabUndoably);
  const openLab = useAppStore((state) => state.openLab);
  if (!lab) return null;
  const current = key(lab);
  const trace = run.status === 'done' && run.inputs === lab ? run.traces[0] : undefined;
  const open = (pitfall: Pitfall, inputs: LabInputs, what: string) =>
    changeUndoably(`${what}: "${pitfall.title}". Undo puts your setup back.`, () => openLab({ inputs, cursor: 0 }));
  return (
    <Panel id="lab-pitfalls" title="LLM pitfalls">
      <p className="muted lab-small">Each opens a complete setup on the LLM server that goes wrong in a way people meet in production, then fixes it with one change.</p>
      <ul className="lab-pitfalls">
        {PITFALLS.map((pitfall) => {
          const isSetup = current === key(pitfall.setup);
          const isFixed = current === key(pitfall.fixed);
          return (
            <li key={pitfall.id} className="lab-pitfall" data-pitfall={pitfall.id}>
              <button type="button" aria-pressed={isSetup || isFixed} onClick={() => open(pitfall, pitfall.setup, 'Opened the pitfall')}>{pitfall.title}</button>
              {isSetup || isFixed ? (
                <div className="lab-pitfall-body">
                  {isSetup ? (
                    <>
                      <VerdictLine kind="problem" verdict={trace ? pitfall.problem(trace, lab) : null} />
                      <button type="button" className="primary" onClick={() => open(pitfall, pitfall.fixed, 'Fixed')}>Fix it: {pitfall.fixLabel}</button>
                    </>
                  ) : (
                    <VerdictLine kind="cured" verdict={trace ? pitfall.cured(trace, lab) : null} />
                  )}
                  <p className="lab-small">{pitfall.why}</p>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </Panel>
  );
}
