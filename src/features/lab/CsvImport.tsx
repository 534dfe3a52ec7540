/**
 * Traffic from a CSV (`seconds,requests_per_second`), pasted or chosen as a file, read by the engine's parser
 * (papaparse inside). A bad file is refused: its lines and reasons are listed, and nothing else changes.
 */
import { formatCount } from '../../engine/format';
import { useId, useState } from 'react';
import type { ValidationError } from '../../engine/lesson/validate';
import { parseTrafficCsv, type TrafficProfile } from './labEngine';

export function CsvImport({ onImport }: { readonly onImport: (profile: TrafficProfile) => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<readonly ValidationError[]>([]);
  const [done, setDone] = useState('');
  const read = (csv: string, file: string) => {
    const parsed = parseTrafficCsv(csv, file);
    if (!parsed.ok) { setErrors(parsed.errors); setDone(''); return; }
    setErrors([]);
    setDone(`Imported ${formatCount(parsed.value.points.length)} points from ${file}.`);
    onImport(parsed.value);
  };
  return (
    <details className="lab-csv">
      <summary>Import traffic from CSV</summary>
      <p className="lab-small muted">One point a line, <code>seconds,requests_per_second</code>; a header line is allowed; times increase from 0.</p>
      <label htmlFor={`${id}-text`}>Paste CSV</label>
      <textarea id={`${id}-text`} rows={4} spellCheck={false} value={text} placeholder={'seconds,requests_per_second\n0,20\n300,120'}
        onChange={(event) => setText(event.target.value)} />
      <div className="lab-row">
        <button type="button" onClick={() => read(text, 'pasted CSV')} disabled={text.trim() === ''}>Import pasted CSV</button>
        <label className="lab-file">
          Choose a CSV file
          <input type="file" accept=".csv,text/csv,text/plain"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void file.text().then((content) => read(content, file.name));
            }} />
        </label>
      </div>
      {errors.length > 0 ? (
        <div role="alert" className="lab-problems">
          <p>The CSV was refused; the traffic is unchanged.</p>
          <ul>{errors.map((e, i) => <li key={i}><strong>{e.path}</strong>: {e.message}. {e.hint}</li>)}</ul>
        </div>
      ) : null}
      {done ? <p role="status" className="lab-small">{done}</p> : null}
    </details>
  );
}
