/**
 * Traffic from a CSV (`seconds,requests_per_second`), pasted or chosen as a file, read by the engine's parser
 * (papaparse inside) in a worker, so a long file never holds up the page; text over MAX_CSV_BYTES is refused before
 * it is read. A bad file is refused: its lines and reasons are listed, and nothing else changes. A file longer than
 * seven days can be cut there on request.
 */
import { formatCount, formatNumber } from '../../engine/format';
import { useId, useState } from 'react';
import type { ValidationError } from '../../engine/lesson/validate';
import { MAX_CSV_BYTES, type TrafficProfile } from './labEngine';
import { parseCsvInWorker } from './labRunner';

const MB = 1024 * 1024;
const tooBig = (bytes: number, what: string) => `${what} is ${formatNumber(Math.round((bytes / MB) * 10) / 10)} MB; the Lab reads CSVs up to ${formatNumber(MAX_CSV_BYTES / MB)} MB (a week at one point a second is about 8 MB). Keep fewer points, e.g. one a minute.`;

export function CsvImport({ onImport }: { readonly onImport: (profile: TrafficProfile, file: string) => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<readonly ValidationError[]>([]);
  const [refusal, setRefusal] = useState('');
  const [cuttable, setCuttable] = useState<{ readonly csv: string; readonly file: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const refuse = (message: string) => { setRefusal(message); setErrors([]); setCuttable(null); };
  const read = async (csv: string, file: string, cut = false) => {
    if (csv.length > MAX_CSV_BYTES) { refuse(tooBig(csv.length, file === 'pasted CSV' ? 'The pasted text' : file)); return; }
    setBusy(true);
    try {
      const parsed = await parseCsvInWorker(csv, file, cut);
      if (!parsed.ok) {
        const cutWouldDo = !cut && (await parseCsvInWorker(csv, file, true)).ok;
        setRefusal(''); setErrors(parsed.errors); setCuttable(cutWouldDo ? { csv, file } : null);
        return;
      }
      setErrors([]); setRefusal(''); setCuttable(null);
      onImport(parsed.value, `${formatCount(parsed.value.points.length)} points from ${file}${cut ? ', cut at seven days' : ''}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <details className="lab-csv">
      <summary>Import traffic from CSV</summary>
      <p className="lab-small muted">One point a line, <code>seconds,requests_per_second</code>; a header line is allowed; times increase from 0. Up to {formatNumber(MAX_CSV_BYTES / MB)} MB.</p>
      <label htmlFor={`${id}-text`}>Paste CSV</label>
      <textarea id={`${id}-text`} rows={4} spellCheck={false} value={text} placeholder={'seconds,requests_per_second\n0,20\n300,120'}
        onChange={(event) => {
          const value = event.target.value;
          if (value.length > MAX_CSV_BYTES) { refuse(tooBig(value.length, 'The pasted text')); return; }
          setText(value);
        }} />
      <div className="lab-row">
        <button type="button" onClick={() => void read(text, 'pasted CSV')} disabled={text.trim() === '' || busy}>Import pasted CSV</button>
        <label className="lab-file">
          Choose a CSV file
          <input type="file" accept=".csv,text/csv,text/plain"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (!file) return;
              if (file.size > MAX_CSV_BYTES) { refuse(tooBig(file.size, file.name)); return; }
              void file.text().then((content) => read(content, file.name));
            }} />
        </label>
        {busy ? <span role="status" className="lab-small">Reading the CSV…</span> : null}
      </div>
      {refusal ? <p role="alert" className="lab-problems">{refusal} The traffic is unchanged.</p> : null}
      {errors.length > 0 ? (
        <div role="alert" className="lab-problems">
          <p>The CSV was refused; the traffic is unchanged.</p>
          <ul>{errors.map((e, i) => <li key={i}><strong>{e.path}</strong>: {e.message}. {e.hint}</li>)}</ul>
          {cuttable ? (
            <button type="button" onClick={() => void read(cuttable.csv, cuttable.file, true)}>Cut it at seven days and import</button>
          ) : null}
        </div>
      ) : null}
    </details>
  );
}
