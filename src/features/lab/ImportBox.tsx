/**
 * Paste (or choose as a file) a real config (an HPA, a Knative Service, a Ray Serve config, a SageMaker policy, or the Lab's JSON), YAML or
 * JSON: the engine reads it into Lab policies, which join the run; problems are listed at their field and line, and
 * what the Lab reads differently is said.
 */
import { useId, useState } from 'react';
import type { ValidationError } from '../../engine/lesson/validate';
import { MAX_LAB_POLICIES } from '../../store/labLink';
import { useAppStore } from '../../store/store';
import { formatInSentence, importWithNotes } from './labEngine';

export function ImportBox() {
  const id = useId();
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<readonly ValidationError[]>([]);
  const [report, setReport] = useState<{ readonly message: string; readonly notes: readonly string[] } | null>(null);
  const count = useAppStore((state) => state.lab?.policies.length ?? 0);
  const room = MAX_LAB_POLICIES - count;
  const run = (source: string, where: string) => {
    const imported = importWithNotes(source, where);
    if (!imported.ok) { setErrors(imported.errors); setReport(null); return; }
    const { policies, notes, format } = imported.value;
    const kept = policies.slice(0, room);
    const store = useAppStore.getState();
    store.changeLabUndoably(`Imported ${kept.map((p) => p.name).join(', ')} into the run. Undo removes ${kept.length === 1 ? 'it' : 'them'}.`,
      () => kept.forEach((policy) => store.addLabPolicy(policy)));
    setErrors([]);
    const skipped = policies.length - kept.length;
    setReport({
      message: `Imported ${kept.map((p) => p.name).join(', ')} from ${formatInSentence(format)}.${skipped > 0 ? ` ${skipped} more left out: a run holds at most ${MAX_LAB_POLICIES} policies.` : ''}`,
      notes,
    });
    setText('');
  };
  return (
    <details className="lab-import">
      <summary>Import a real config (HPA, Knative, Ray Serve, SageMaker)</summary>
      <label htmlFor={`${id}-text`}>Paste a manifest or policy, YAML or JSON</label>
      <textarea id={`${id}-text`} rows={8} spellCheck={false} value={text} onChange={(event) => setText(event.target.value)}
        placeholder={'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\n...'} />
      <div className="lab-row">
        <button type="button" onClick={() => run(text, 'pasted config')} disabled={text.trim() === '' || room <= 0}>Import into the run</button>
        <label className="lab-file">
          Choose a manifest file
          <input type="file" accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml,text/plain" disabled={room <= 0}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void file.text().then((content) => run(content, file.name));
            }} />
        </label>
        {room <= 0 ? <span className="lab-small">Remove a policy first: a run holds at most {MAX_LAB_POLICIES}.</span> : null}
      </div>
      {errors.length > 0 ? (
        <div role="alert" className="lab-problems">
          <p>Nothing was imported:</p>
          <ul>{errors.map((e, i) => <li key={i}><strong>{e.path || 'document'}</strong>: {e.message}{e.hint ? `. ${e.hint}` : ''}</li>)}</ul>
        </div>
      ) : null}
      {report ? (
        <div role="status" className="lab-small">
          <p>{report.message}</p>
          {report.notes.length > 0 ? <ul>{report.notes.map((note, i) => <li key={i}>{note}</li>)}</ul> : null}
        </div>
      ) : null}
    </details>
  );
}
