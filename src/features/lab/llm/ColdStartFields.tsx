/** The cold start in stages (node, image, weights, warm-up) and the mitigations as switches, each showing what it changes. */
import { formatNumber } from '../../../engine/format';
import { COLD_START_MITIGATIONS, coldStartTotal, type ColdStartMitigation, type ColdStartStages } from '../../../engine/time';
import { NumberField } from '../../../ui/NumberField';
import { checkStage, coldStartOf, MAX_WARM_POOL, MITIGATION_NAMES } from './llmSettings';
import { useLabLlm } from './useLabLlm';

const STAGES: readonly { readonly key: keyof ColdStartStages; readonly label: string }[] = [
  { key: 'node_s', label: 'GPU node' }, { key: 'image_s', label: 'Image pull' }, { key: 'weights_s', label: 'Weight load' }, { key: 'warmup_s', label: 'Warm-up' },
];

export function ColdStartFields() {
  const { llm, change } = useLabLlm();
  if (!llm) return null;
  const effective = coldStartOf(llm);
  const toggle = (name: ColdStartMitigation, on: boolean) => {
    const rest = llm.mitigations.filter((m) => m !== name && !(on && name === 'hot_start' && m === 'weight_streaming') && !(on && name === 'weight_streaming' && m === 'hot_start'));
    change({ mitigations: on ? [...rest, name] : rest });
  };
  return (
    <div className="lab-llm-cold">
      <h3 className="lab-subhead">Cold start in stages</h3>
      <div className="lab-grid">
        {STAGES.map(({ key, label }) => (
          <NumberField key={key} label={label} unit="s" value={llm.stages[key]} min={0} step={1}
            note={effective.stages[key] !== llm.stages[key] ? `${formatNumber(effective.stages[key])} s with the switches below` : undefined}
            onCommit={(value) => { const e = checkStage(value, key); if (e) return `${e.message}; ${e.hint}`; change({ stages: { ...llm.stages, [key]: value } }); return undefined; }} />
        ))}
      </div>
      <fieldset className="lab-mitigations">
        <legend>Mitigations</legend>
        {MITIGATION_NAMES.map((name) => (
          <label key={name} className="lab-mitigation">
            <input type="checkbox" checked={llm.mitigations.includes(name)} onChange={(event) => toggle(name, event.target.checked)} />
            {' '}<strong>{COLD_START_MITIGATIONS[name].title}</strong>: {name === 'warm_pool' ? `node stage skipped for the first ${formatNumber(llm.warm_pool)} nodes` : COLD_START_MITIGATIONS[name].effect}
            <span className="lab-field-note"> ({COLD_START_MITIGATIONS[name].source})</span>
          </label>
        ))}
      </fieldset>
      {llm.mitigations.includes('warm_pool') ? (
        <NumberField label="Warm pool" unit="nodes" value={llm.warm_pool} min={0} max={MAX_WARM_POOL} step={1}
          onCommit={(value) => (Number.isInteger(value) && value >= 0 && value <= MAX_WARM_POOL ? (change({ warm_pool: value }), undefined) : `The warm pool is a whole number of nodes from 0 to ${MAX_WARM_POOL}`)} />
      ) : null}
      <p className="lab-small">
        {`A new replica is ready after ${formatNumber(coldStartTotal(effective.stages))} s on a new node `
          + `(${formatNumber(coldStartTotal(effective.stages) - effective.stages.node_s)} s on a warm one)`
          + (llm.mitigations.length > 0 ? `; ${formatNumber(coldStartTotal(llm.stages))} s without the mitigations.` : '.')}
      </p>
    </div>
  );
}
