/** Under the LLM replica, beside the results: targets that mislead the comparison (llmTargetFit.ts), with their fix. */
import { llmTargetNotes } from '../../../engine/policies/llmTargetFit';
import { useAppStore } from '../../../store/store';
import { llmOf } from './llmSettings';

export function LlmTargetWarnings() {
  const lab = useAppStore((state) => state.lab);
  const setPolicy = useAppStore((state) => state.setLabPolicy);
  if (!lab) return null;
  const profile = llmOf(lab).profile;
  const warnings = lab.policies.flatMap((policy, index) => llmTargetNotes(policy.config, profile).map((note) => ({ policy, index, note })));
  if (warnings.length === 0) return null;
  return (
    <div className="lab-warnings" role="group" aria-label="Targets that mislead this comparison">
      {warnings.map(({ policy, index, note }) => (
        <p key={`${index}-${note.knob}`} className="lab-warning">
          <strong>{policy.name}: this comparison may mislead.</strong> {note.reason}{' '}
          <button type="button" onClick={() => setPolicy(index, { ...policy, config: note.fixed })}>{note.fixLabel}</button>
        </p>
      ))}
    </div>
  );
}
