/**
 * Export one policy to a real format (HPA, KEDA, Knative, Ray Serve, SageMaker, AIBrix, the Lab's JSON): the text, the
 * knobs lost or approximated on the way (said plainly), and Copy / Download.
 */
import { useId, useState } from 'react';
import { exportPolicy, FORMAT_LABELS, FORMAT_SYNTAX, POLICY_FORMATS, type NamedPolicy, type PolicyFormat } from './labEngine';

export function ExportBox({ policy }: { readonly policy: NamedPolicy }) {
  const id = useId();
  const [format, setFormat] = useState<PolicyFormat>('lab');
  const [copied, setCopied] = useState('');
  const result = exportPolicy(policy, format);
  const extension = FORMAT_SYNTAX[format] === 'json' ? 'json' : 'yaml';
  const fileName = `${policy.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'policy'}.${format}.${extension}`;
  const copy = (text: string) => {
    void navigator.clipboard.writeText(text).then(() => setCopied('Copied.'), () => setCopied('Copying was refused by the browser; select the text instead.'));
  };
  const download = (text: string) => {
    const url = URL.createObjectURL(new Blob([text], { type: extension === 'json' ? 'application/json' : 'application/yaml' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <div className="lab-export">
      <div className="lab-field">
        <label htmlFor={`${id}-format`}>Export {policy.name} as</label>
        <select id={`${id}-format`} value={format} onChange={(event) => { setFormat(event.target.value as PolicyFormat); setCopied(''); }}>
          {POLICY_FORMATS.map((f) => <option key={f} value={f}>{FORMAT_LABELS[f]}</option>)}
        </select>
      </div>
      {result.ok ? (
        <>
          {result.value.notes.length > 0 ? (
            <div className="lab-notes">
              <p><strong>Lost or approximated in this format:</strong></p>
              <ul>{result.value.notes.map((note, i) => <li key={i}>{note}</li>)}</ul>
            </div>
          ) : <p className="lab-small muted">Every knob has a place in this format.</p>}
          <pre className="lab-export-text" tabIndex={0} aria-label={`${FORMAT_LABELS[format]} for ${policy.name}`}>{result.value.text}</pre>
          <div className="lab-row">
            <button type="button" onClick={() => copy(result.value.text)}>Copy</button>
            <button type="button" onClick={() => download(result.value.text)}>Download {fileName}</button>
            <span role="status" className="lab-small">{copied}</span>
          </div>
        </>
      ) : (
        <div className="lab-notes" role="status">
          <p><strong>No {FORMAT_LABELS[format]} for this policy:</strong></p>
          <ul>{result.errors.map((e, i) => <li key={i}>{e.message}{e.hint ? `. ${e.hint}` : ''}</li>)}</ul>
        </div>
      )}
    </div>
  );
}
