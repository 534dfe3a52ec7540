import type { PolicyKind } from '../../engine';
import { useAppStore } from '../../store/store';
import { POLICIES } from './policyKinds';

const LABELS: Readonly<Record<PolicyKind, string>> = { threshold: 'Threshold', target_tracking: 'Target tracking' };

/** Switches the scaling policy; the store rewrites the config with the other policy's keys. */
export function PolicySwitch() {
  const policy = useAppStore((state) => state.config.policy);
  const setPolicy = useAppStore((state) => state.setPolicy);
  return (
    <fieldset className="policy-switch">
      <legend>Policy</legend>
      {POLICIES.map((kind) => (
        <label key={kind} className={kind === policy ? 'selected' : undefined}>
          <input type="radio" name="scaling-policy" value={kind} checked={kind === policy} onChange={() => setPolicy(kind)} />
          {LABELS[kind]}
        </label>
      ))}
    </fieldset>
  );
}
