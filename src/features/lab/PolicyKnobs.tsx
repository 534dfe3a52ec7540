/**
 * A policy's knobs from its model's docs: a number field, a choice or a switch each, the default marked, the real
 * system's name beside it. Knobs that are lists or objects (HPA metrics and behavior policies) are edited as text.
 * Every change goes through the engine's validator; a refused value says why and leaves the run unchanged.
 */
import { useId, useState, type ReactNode } from 'react';
import { NumberField } from '../../ui/NumberField';
import { knobValue, withKnob } from './knobValue';
import { knobDefaultNote, validateLabConfig, type KnobDoc, type LabPolicyConfig } from './labEngine';

interface PolicyKnobsProps {
  readonly config: LabPolicyConfig;
  readonly knobs: readonly KnobDoc[];
  /** the policy's own label, so fields are told apart between policies */
  readonly label: string;
  readonly onChange: (config: LabPolicyConfig) => void;
}

const isDefault = (value: unknown, knob: KnobDoc) => value === undefined || value === knob.default;

export function PolicyKnobs({ config, knobs, label, onChange }: PolicyKnobsProps) {
  const commit = (key: string, value: unknown): string | undefined => {
    const checked = validateLabConfig(withKnob(config, key, value));
    if (!checked.ok) return checked.errors.map((e) => `${e.message}${e.hint ? `; ${e.hint}` : ''}`).join(' ');
    onChange(checked.value);
    return undefined;
  };
  const parentOff = (knob: KnobDoc) => knobs.some((other) => other.default === null && knob.key.startsWith(`${other.key}.`) && knobValue(config, other.key) === undefined);
  return (
    <div className="lab-knobs">
      {knobs.map((knob) => {
        const value = knobValue(config, knob.key);
        const note = <KnobNote knob={knob} value={value} />;
        if (knob.default === null && knobs.some((other) => other.key.startsWith(`${knob.key}.`))) {
          return <PresenceKnob key={knob.key} knob={knob} present={value !== undefined} note={note} label={label} onToggle={(on) => { commit(knob.key, on ? {} : undefined); }} />;
        }
        if (parentOff(knob)) return null;
        if (typeof knob.default === 'boolean') {
          return <PresenceKnob key={knob.key} knob={knob} present={Boolean(value ?? knob.default)} note={note} label={label} onToggle={(on) => { commit(knob.key, on); }} />;
        }
        if (knob.choices) {
          return <ChoiceKnob key={knob.key} knob={knob} value={String(value ?? knob.default)} note={note} label={label} onPick={(v) => commit(knob.key, v)} />;
        }
        if (typeof value === 'number' || (value === undefined && typeof knob.default === 'number')) {
          return (
            <NumberField key={knob.key} label={<>{knob.key}<span className="visually-hidden"> of {label}</span></>} unit={knob.unit}
              value={typeof value === 'number' ? value : Number(knob.default)} min={knob.min} max={knob.max} step={knob.step ?? 'any'}
              note={note} onCommit={(v) => commit(knob.key, v)} />
          );
        }
        return (
          <div key={knob.key} className="lab-field lab-field-text">
            <span className="lab-knob-name">{knob.key}</span>
            <code className="lab-knob-value">{describe(value ?? knob.default)}</code>
            <span className="lab-field-note">{note} Edit it in the config text.</span>
          </div>
        );
      })}
    </div>
  );
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'not set';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function KnobNote({ knob, value }: { readonly knob: KnobDoc; readonly value: unknown }) {
  return (
    <>
      <code className="lab-native">{knob.native}</code>
      {isDefault(value, knob) && !knob.required && knob.nativeDefault === undefined
        ? <strong className="lab-default"> (default)</strong>
        : <> {knobDefaultNote(knob, isDefault(value, knob), describe)}</>}
    </>
  );
}

interface ChoiceProps { readonly knob: KnobDoc; readonly value: string; readonly note: ReactNode; readonly label: string; readonly onPick: (value: string) => string | undefined }

function ChoiceKnob({ knob, value, note, label, onPick }: ChoiceProps) {
  const id = useId();
  const [error, setError] = useState<string | undefined>();
  return (
    <div className="lab-field">
      <label htmlFor={id}>{knob.key}<span className="visually-hidden"> of {label}</span></label>
      <select id={id} value={value} aria-describedby={`${id}-note`} aria-invalid={error ? true : undefined} onChange={(event) => setError(onPick(event.target.value))}>
        {(knob.choices ?? []).map((choice) => <option key={choice} value={choice}>{choice}</option>)}
      </select>
      <span id={`${id}-note`} className={error ? 'lab-field-error' : 'lab-field-note'}>{error ?? note}</span>
    </div>
  );
}

interface PresenceProps { readonly knob: KnobDoc; readonly present: boolean; readonly note: ReactNode; readonly label: string; readonly onToggle: (on: boolean) => void }

function PresenceKnob({ knob, present, note, label, onToggle }: PresenceProps) {
  const id = useId();
  return (
    <div className="lab-field lab-field-check">
      <label htmlFor={id}>
        <input id={id} type="checkbox" checked={present} aria-describedby={`${id}-note`} onChange={(event) => onToggle(event.target.checked)} />
        {' '}{knob.key}<span className="visually-hidden"> of {label}</span>
      </label>
      <span id={`${id}-note`} className="lab-field-note">{note}</span>
    </div>
  );
}
