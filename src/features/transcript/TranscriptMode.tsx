import { useMemo, useRef, useState } from 'react';
import { narrateTrace, narrationText } from '../../engine/lesson/narration';
import { FULL_TRANSCRIPT, LESSON_TITLE } from '../../content';
import { Panel } from '../../ui/Panel';
import { useAppStore } from '../../store/store';
import { ScenarioLine } from './ScenarioLine';
import './transcript.css';

/** The lesson's Full Transcript as written, then a walk-through of the scenario on screen, made by the engine. */
export function TranscriptMode() {
  const trace = useAppStore((state) => state.trace);
  const setCursor = useAppStore((state) => state.setCursor);
  const setMode = useAppStore((state) => state.setMode);
  const lines = useMemo(() => narrateTrace(trace), [trace]);
  const [status, setStatus] = useState('');
  const handout = useRef<HTMLDivElement>(null);

  const copy = async () => {
    const text = `${LESSON_TITLE}\n\nFull Transcript\n\n${FULL_TRANSCRIPT}\n\nWalk-through\n\n${narrationText(trace)}`;
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Transcript copied');
    } catch {
      const selection = window.getSelection();
      if (selection && handout.current) { selection.removeAllRanges(); const range = document.createRange(); range.selectNodeContents(handout.current); selection.addRange(range); }
      setStatus('Copying is blocked here: the text is selected, press Ctrl+C (⌘C) to copy it');
    }
  };
  const openStep = (step: number) => { setCursor(step); setMode('visualize'); };

  return (
    <div className="transcript-mode" ref={handout}>
      <Panel id="lesson-transcript" title="Transcript" actions={
        <>
          <button type="button" onClick={copy}>Copy</button>
          <button type="button" onClick={() => window.print()}>Print</button>
          <span role="status" className="muted transcript-status">{status}</span>
        </>
      }>
        <p className="transcript-title">{LESSON_TITLE}</p>
        <figure className="lesson-quote">
          <blockquote><p>{FULL_TRANSCRIPT}</p></blockquote>
          <figcaption>The lesson&apos;s Full Transcript, as written.</figcaption>
        </figure>
      </Panel>
      <Panel id="walk-through" title="Walk-through of this scenario">
        <ScenarioLine trace={trace} />
        <ol className="narration-list" aria-label="Walk-through, step by step">
          {lines.map((line) => (
            <li key={line.step}>
              <span>{line.text}</span>
              {line.step >= 1 && line.step <= trace.length
                ? <> <button type="button" className="link-button no-print" onClick={() => openStep(line.step)} aria-label={`Show step ${line.step} in Visualize`}>Show</button></>
                : null}
            </li>
          ))}
        </ol>
        <p className="muted no-print">Edit the loads or the config in <a href="#/visualize">Visualize</a> and this walk-through follows.</p>
      </Panel>
    </div>
  );
}
