/** The run's policies (one to five, the same traffic through each), a way to add one, and the import box. */
import { useState } from 'react';
import { Panel } from '../../ui/Panel';
import { useAppStore } from '../../store/store';
import { MAX_LAB_POLICIES } from '../../store/labLink';
import { modelFor, type LabPolicyKind } from './labEngine';
import { defaultPolicy, RUNNABLE_KINDS } from './labDefaults';
import { PolicyCard } from './PolicyCard';
import { ImportBox } from './ImportBox';

export function PoliciesPanel() {
  const policies = useAppStore((state) => state.lab?.policies ?? []);
  const add = useAppStore((state) => state.addLabPolicy);
  const platform = useAppStore((state) => state.lab?.platform);
  const [kind, setKind] = useState<LabPolicyKind>(RUNNABLE_KINDS[0] ?? 'threshold');
  const full = policies.length >= MAX_LAB_POLICIES;
  return (
    <Panel id="lab-policies" title="Policies">
      <div className="lab-row lab-add">
        <label htmlFor="lab-add-kind">Add a policy</label>
        <select id="lab-add-kind" value={kind} onChange={(event) => setKind(event.target.value as LabPolicyKind)}>
          {RUNNABLE_KINDS.map((k) => <option key={k} value={k}>{modelFor(defaultPolicy(k).config)?.title ?? k}</option>)}
        </select>
        <button type="button" onClick={() => add(defaultPolicy(kind, platform))} disabled={full}>Add</button>
        {full ? <span className="lab-small">A run compares at most {MAX_LAB_POLICIES} policies.</span> : null}
      </div>
      <ImportBox />
      {policies.map((policy, i) => <PolicyCard key={i} index={i} policy={policy} canRemove={policies.length > 1} />)}
    </Panel>
  );
}
