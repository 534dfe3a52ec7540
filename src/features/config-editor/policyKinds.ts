/** The step engine's policies with what each does, for the policy switch and the editor's schema (kept apart from the
 * schema so the switch on the first screen does not load it). */
import type { PolicyKind } from '../../engine';

/** Every policy, with what it does: a Record so a new policy kind cannot be forgotten here. */
export const POLICY_DESCRIPTIONS: Readonly<Record<PolicyKind, string>> = {
  threshold: 'add a server when load > upper_threshold, remove one when load < lower_threshold (the lesson\'s loop)',
  target_tracking: 'size the fleet so utilization stays near target_utilization',
};
export const POLICIES = Object.keys(POLICY_DESCRIPTIONS) as PolicyKind[];
