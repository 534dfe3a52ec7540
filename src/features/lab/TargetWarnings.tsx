/**
 * Beside the results: every policy whose per-replica target cannot suit the platform (a concurrency or rate target far
 * above what one replica holds), why in numbers, and a button that sets the target the engine suggests.
 */
import { formatNumber } from '../../engine/format';
import { useAppStore } from '../../store/store';
import { fittedPolicy, misfitReason, targetFits } from './labEngine';
import { LlmTargetWarnings } from './llm/LlmTargetWarnings';

export function TargetWarnings() {
  const lab = useAppStore((state) => state.lab);
  const setPolicy = useAppStore((state) => state.setLabPolicy);
  if (!lab) return null;
  if (lab.replica === 'llm') return <LlmTargetWarnings />;
  const warnings = lab.policies.flatMap((policy, index) => targetFits(policy.config, lab.platform)
    .filter((f) => !f.suits)
    .map((f) => ({ policy, index, f })));
  if (warnings.length === 0) return null;
  return (
    <div className="lab-warnings" role="group" aria-label="Targets that cannot suit the platform">
      {warnings.map(({ policy, index, f }) => (
        <p key={`${index}-${f.knob}`} className="lab-warning">
          <strong>{policy.name}: this target cannot suit the platform.</strong> {misfitReason(f, lab.platform)}{' '}
          <button type="button" onClick={() => setPolicy(index, { ...policy, config: fittedPolicy(policy.config, lab.platform) })}>
            Set {f.knob} to {formatNumber(f.suggested)}
          </button>
        </p>
      ))}
    </div>
  );
}
