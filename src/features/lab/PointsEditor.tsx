/**
 * The learner's traffic as a table of (seconds, requests per second) points, with add and remove. Every edit goes
 * through the engine's CSV rules; while a row is wrong it says why beside it and the run keeps the last good profile.
 */
import { useEffect, useRef, useState } from 'react';
import { parseTrafficCsv, type TrafficProfile } from './labEngine';
import { MAX_TABLE_POINTS } from './trafficText';

type Row = { readonly t: string; readonly rps: string };

const rowsOf = (profile: TrafficProfile): Row[] => profile.points.map((p) => ({ t: String(p.t), rps: String(p.rps) }));

/** Problems per row: the engine reports `point:LINE` where line 1 is the header. */
function check(rows: readonly Row[]): { profile?: TrafficProfile; problems: Map<number, string> } {
  const text = ['seconds,requests_per_second', ...rows.map((r) => `${r.t.trim() || '?'},${r.rps.trim() || '?'}`)].join('\n');
  const parsed = parseTrafficCsv(text, 'point');
  if (parsed.ok) return { profile: parsed.value, problems: new Map() };
  const problems = new Map<number, string>();
  for (const error of parsed.errors) {
    const line = Number(error.path.split(':').pop());
    problems.set(Number.isFinite(line) ? Math.max(0, line - 2) : 0, `${error.message}; ${error.hint}`);
  }
  return { problems };
}

export function PointsEditor({ profile, onChange }: { readonly profile: TrafficProfile; readonly onChange: (profile: TrafficProfile) => void }) {
  const [rows, setRows] = useState<Row[]>(() => rowsOf(profile));
  const [problems, setProblems] = useState<Map<number, string>>(new Map());
  const emitted = useRef(profile);
  useEffect(() => {
    // only an outside change of the profile (a CSV, a link) replaces the rows being edited
    if (profile !== emitted.current) { emitted.current = profile; setRows(rowsOf(profile)); setProblems(new Map()); }
  }, [profile]);
  const edit = (next: Row[]) => {
    setRows(next);
    const checked = check(next);
    setProblems(checked.problems);
    if (checked.profile) { emitted.current = checked.profile; onChange(checked.profile); }
  };
  const last = rows[rows.length - 1];
  const addRow = () => edit([...rows, { t: String((Number(last?.t) || 0) + 60), rps: last?.rps ?? '10' }]);
  return (
    <div className="lab-points">
      <table aria-label="Traffic points">
        <thead><tr><th scope="col">From second</th><th scope="col">Requests/s</th><th scope="col"><span className="visually-hidden">Remove</span></th></tr></thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i} aria-invalid={problems.has(i) ? true : undefined}>
              <td><input type="number" min={0} step={1} aria-label={`Point ${i + 1} time (s)`} value={row.t}
                onChange={(event) => edit(rows.map((r, j) => (j === i ? { ...r, t: event.target.value } : r)))} /></td>
              <td><input type="number" min={0} step="any" aria-label={`Point ${i + 1} rate (requests/s)`} value={row.rps}
                onChange={(event) => edit(rows.map((r, j) => (j === i ? { ...r, rps: event.target.value } : r)))} /></td>
              <td><button type="button" aria-label={`Remove point ${i + 1}`} disabled={rows.length <= 1}
                onClick={() => edit(rows.filter((_, j) => j !== i))}>✕</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.size > 0 ? (
        <ul className="lab-problems" role="alert" aria-label="Problems with the points">
          {[...problems].map(([i, message]) => <li key={i}>Point {i + 1}: {message}</li>)}
        </ul>
      ) : null}
      <button type="button" onClick={addRow} disabled={rows.length >= MAX_TABLE_POINTS}>Add a point</button>
    </div>
  );
}
