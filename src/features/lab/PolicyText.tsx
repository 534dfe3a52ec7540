/**
 * A policy's config as text (JSON or YAML) in Monaco, loaded on demand. What the learner types is read with the
 * `yaml` library and checked by the engine's validator; errors are listed and marked at their paths, and the run keeps
 * the last valid config until the text is valid again.
 */
import { Component, lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import type { ValidationError } from '../../engine/lesson/validate';
import { configToText, parseConfigText, type TextFormat } from './configText';
import { validateLabConfig, type LabPolicyConfig } from './labEngine';

const LabConfigEditor = lazy(() => import('./LabConfigEditor'));

/** If Monaco's chunk cannot load (offline before the first visit), a plain text area does the same job. */
class EditorFallback extends Component<{ children: ReactNode; fallback: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() { return { failed: true }; }
  override render() { return this.state.failed ? this.props.fallback : this.props.children; }
}

interface PolicyTextProps {
  readonly config: LabPolicyConfig;
  readonly label: string;
  readonly modelPath: string;
  readonly onChange: (config: LabPolicyConfig) => void;
}

export function PolicyText({ config, label, modelPath, onChange }: PolicyTextProps) {
  const [format, setFormat] = useState<TextFormat>('yaml');
  const [text, setText] = useState(() => configToText(config, 'yaml'));
  const [errors, setErrors] = useState<readonly ValidationError[]>([]);
  const emitted = useRef(config);
  useEffect(() => {
    if (config !== emitted.current) { emitted.current = config; setText(configToText(config, format)); setErrors([]); }
  }, [config, format]);
  const edit = (next: string) => {
    setText(next);
    const parsed = parseConfigText(next);
    const checked = parsed.ok ? validateLabConfig(parsed.value) : parsed;
    setErrors(checked.ok ? [] : checked.errors);
    if (checked.ok) { emitted.current = checked.value; onChange(checked.value); }
  };
  const switchTo = (next: TextFormat) => { setFormat(next); setText(configToText(config, next)); setErrors([]); };
  const ariaLabel = `Config of ${label} (${format.toUpperCase()})`;
  const plain = <textarea className="lab-config-plain" aria-label={ariaLabel} spellCheck={false} rows={12} value={text} onChange={(event) => edit(event.target.value)} />;
  return (
    <div className="lab-policy-text">
      <fieldset className="lab-segmented">
        <legend className="visually-hidden">Config text format for {label}</legend>
        {(['yaml', 'json'] as const).map((f) => (
          <label key={f}><input type="radio" name={`${modelPath}-format`} checked={format === f} onChange={() => switchTo(f)} /> {f.toUpperCase()}</label>
        ))}
      </fieldset>
      <EditorFallback fallback={plain}>
        <Suspense fallback={<div className="lab-monaco lab-monaco-loading muted">Opening the editor…</div>}>
          <LabConfigEditor text={text} format={format} errors={errors} ariaLabel={ariaLabel} modelPath={modelPath} onChange={edit} />
        </Suspense>
      </EditorFallback>
      {errors.length > 0 ? (
        <ul className="lab-problems" role="alert" aria-label={`Problems in the config of ${label}`}>
          {errors.map((e, i) => <li key={i}><strong>{e.path || 'config'}</strong>: {e.message}{e.hint ? `. ${e.hint}` : ''}</li>)}
        </ul>
      ) : <p className="lab-small muted" role="status">Valid: the run uses this config.</p>}
    </div>
  );
}
