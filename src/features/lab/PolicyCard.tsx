/** One policy of the run: its kind, its knobs, its help (source and what the model leaves out), its text and export. */
import { useId } from 'react';
import { useAppStore } from '../../store/store';
import { modelFor, type LabPolicyConfig, type LabPolicyKind, type NamedPolicy } from './labEngine';
import { defaultPolicy, RUNNABLE_KINDS } from './labDefaults';
import { PolicyKnobs } from './PolicyKnobs';
import { PolicyText } from './PolicyText';
import { ExportBox } from './ExportBox';
import { Disclosure } from './Disclosure';
import { PolicyName } from './PolicyName';
import { TargetNotes } from './TargetNotes';

interface PolicyCardProps {
  readonly index: number;
  readonly policy: NamedPolicy;
  readonly canRemove: boolean;
}

export function PolicyCard({ index, policy, canRemove }: PolicyCardProps) {
  const id = useId();
  const setPolicy = useAppStore((state) => state.setLabPolicy);
  const remove = useAppStore((state) => state.removeLabPolicy);
  const platform = useAppStore((state) => state.lab?.platform);
  const model = modelFor(policy.config);
  const change = (config: LabPolicyConfig) => setPolicy(index, { ...policy, config });
  const switchKind = (kind: LabPolicyKind) => setPolicy(index, defaultPolicy(kind, platform));
  return (
    <article className="lab-policy" aria-labelledby={`${id}-title`} data-policy-index={index}>
      <header className="lab-policy-head">
        <h3 id={`${id}-title`}><span className="lab-swatch" data-series={index} aria-hidden="true" /> {policy.name}</h3>
        <div className="lab-row">
          <label className="lab-inline" htmlFor={`${id}-kind`}>Kind</label>
          <select id={`${id}-kind`} value={policy.config.policy} onChange={(event) => switchKind(event.target.value as LabPolicyKind)}>
            {RUNNABLE_KINDS.map((kind) => <option key={kind} value={kind}>{modelFor(defaultPolicy(kind).config)?.title ?? kind}</option>)}
          </select>
          {canRemove ? <button type="button" onClick={() => remove(index)} aria-label={`Remove ${policy.name}`}>Remove</button> : null}
        </div>
      </header>
      <PolicyName name={policy.name} index={index} onRename={(name) => setPolicy(index, { ...policy, name })} />
      {model ? (
        <>
          <details className="lab-help">
            <summary>About {model.title}: source, knobs and what this model leaves out</summary>
            <p><strong>Source:</strong> {model.source}</p>
            <p><strong>Leaves out:</strong> {model.leavesOut}</p>
            <dl className="lab-knob-docs">
              {model.knobs.map((knob) => (
                <div key={knob.key}><dt><code>{knob.key}</code> = <code>{knob.native}</code></dt><dd>{knob.doc}</dd></div>
              ))}
            </dl>
          </details>
          {platform ? <TargetNotes config={policy.config} platform={platform} /> : null}
          <PolicyKnobs config={policy.config} knobs={model.knobs} label={policy.name} onChange={change} />
        </>
      ) : <p className="lab-problems" role="alert">The engine has no model for &quot;{policy.config.policy}&quot; yet, so this policy cannot run.</p>}
      <Disclosure className="lab-text" summary="Config as text (YAML or JSON)">
        {() => <PolicyText config={policy.config} label={policy.name} modelPath={`inmemory://autoscale-lab/lab-policy-${index}`} onChange={change} />}
      </Disclosure>
      <Disclosure className="lab-export-box" summary={`Export ${policy.name}`}>
        {() => <ExportBox policy={policy} />}
      </Disclosure>
    </article>
  );
}
