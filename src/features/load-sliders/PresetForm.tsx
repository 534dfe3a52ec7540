import { formatCount } from '../../engine/format';
import { useId, useState, type FormEvent } from 'react';
import { LESSON_LOADS, LIMITS, PRESETS, parseSeed, type PresetId } from '../../engine';
import { MAX_UI_STEPS } from '../../store/scenarioSlice';
import { useAppStore } from '../../store/store';
import { parseLoadField, parseWholeField, type FieldResult } from './loadField';

interface NumberFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly error: string | undefined;
  readonly onChange: (text: string) => void;
}

function PresetNumberField({ id, label, value, error, onChange }: NumberFieldProps) {
  return (
    <div className="preset-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" inputMode="numeric" autoComplete="off" value={value}
        aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)} />
      {error ? <p className="field-error" id={`${id}-error`}>{error}</p> : null}
    </div>
  );
}

const errorOf = (result: FieldResult) => (result.ok ? undefined : result.message);

const sameLoads = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((value, i) => value === b[i]);
/** The select's entry while the loads are the learner's own edit rather than what a preset made */
const EDITED = 'edited';

/** Replaces the loads with a shape: the lesson's sequence, steady, ramp, spike, diurnal wave, flash crowd or seeded random. */
export function PresetForm() {
  const applyPreset = useAppStore((state) => state.applyPreset);
  const loads = useAppStore((state) => state.loads);
  // the loads the chosen preset describes: those it made, or those on screen when it was picked
  const [describes, setDescribes] = useState<readonly number[] | undefined>(undefined);
  const id = useId();
  const [preset, setPreset] = useState<PresetId>('lesson');
  const [steps, setSteps] = useState('24');
  const [peak, setPeak] = useState('200');
  const [seed, setSeed] = useState('1');
  const [submitted, setSubmitted] = useState(false);
  const [problem, setProblem] = useState<string>();
  const shaped = preset !== 'lesson';
  const checks = {
    steps: parseWholeField(steps, 1, MAX_UI_STEPS, 'Steps'),
    peak: parseLoadField(peak),
    seed: parseSeed(seed),
  };
  const show = (result: FieldResult) => (submitted ? errorOf(result) : undefined);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (shaped && (!checks.steps.ok || !checks.peak.ok || (preset === 'random' && !checks.seed.ok))) return;
    const options = {
      steps: checks.steps.ok ? checks.steps.value : 6,
      peak: checks.peak.ok ? checks.peak.value : 0,
      seed: checks.seed.ok ? checks.seed.value : 1,
    };
    setProblem(applyPreset(preset, options)?.message);
    setDescribes(useAppStore.getState().loads);
  };
  const edited = describes === undefined ? !sameLoads(loads, LESSON_LOADS) : loads !== describes;
  const description = edited
    ? `Your own loads, edited: ${formatCount(loads.length)} ${loads.length === 1 ? 'step' : 'steps'}. Choose a preset and apply it to replace them`
    : PRESETS.find((p) => p.id === preset)?.description;
  return (
    <form className="preset-form" onSubmit={apply} aria-label="Load presets" noValidate>
      <div className="preset-field preset-choice">
        <label htmlFor={`${id}-preset`}>Preset</label>
        <select id={`${id}-preset`} value={edited ? EDITED : preset} aria-describedby={`${id}-description`}
          onChange={(event) => { setPreset(event.target.value as PresetId); setDescribes(loads); setSubmitted(false); setProblem(undefined); }}>
          {edited ? <option value={EDITED} disabled>Your own loads</option> : null}
          {PRESETS.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
        </select>
      </div>
      {shaped ? (
        <>
          <PresetNumberField id={`${id}-steps`} label="Steps" value={steps} error={show(checks.steps)} onChange={setSteps} />
          <PresetNumberField id={`${id}-peak`} label="Peak load" value={peak} error={show(checks.peak)} onChange={setPeak} />
          {preset === 'random' ? <PresetNumberField id={`${id}-seed`} label="Seed" value={seed} error={show(checks.seed)} onChange={setSeed} /> : null}
        </>
      ) : null}
      <button type="submit" className="preset-apply">Apply preset</button>
      <p className="muted preset-description" id={`${id}-description`}>
        {description}{shaped && !edited ? ` (up to ${formatCount(MAX_UI_STEPS)} steps, peak up to ${formatCount(LIMITS.maxLoad)}).` : '.'}
      </p>
      {problem ? <p className="field-error" role="alert">{problem}</p> : null}
    </form>
  );
}
