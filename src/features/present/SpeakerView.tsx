import { useEffect, useRef, useState } from 'react';
import { presentCommandFor } from './presentKeys';
import { openChannel, type PresentMessage, type PresentSnapshot } from './speakerChannel';
import { SpeakerTimer } from './SpeakerTimer';

/**
 * The speaker's window: the notes, where the audience is, the next slide and a timer, kept in step with the audience
 * window over a BroadcastChannel. Its keys drive the audience window too.
 */
export function SpeakerView() {
  const [state, setState] = useState<PresentSnapshot | null>(null);
  const post = useRef<(message: PresentMessage) => void>(() => undefined);
  const [supported, setSupported] = useState(true);

  useEffect(() => {
    const channel = openChannel((message) => { if (message.type === 'state') setState(message.state); });
    if (!channel) { setSupported(false); return undefined; }
    post.current = channel.post;
    channel.post({ type: 'hello' });
    const onKeyDown = (event: KeyboardEvent) => {
      const command = presentCommandFor(event, false);
      if (!command || command === 'speaker' || command === 'fullscreen') return;
      event.preventDefault();
      channel.post({ type: 'command', command });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => { window.removeEventListener('keydown', onKeyDown); channel.close(); };
  }, []);

  const slide = state?.slides[state.slideIndex];
  const next = state?.slides[state.slideIndex + 1];
  return (
    <section className="speaker" aria-labelledby="speaker-title">
      <header className="speaker-head">
        <h1 id="speaker-title">Speaker view</h1>
        <SpeakerTimer />
      </header>
      {!supported ? <p role="alert">This browser cannot link two windows; use the audience window alone.</p> : null}
      {!state || !slide ? <p role="status">Waiting for the audience window: open Present there.</p> : (
        <div className="speaker-grid">
          <div className="speaker-now">
            <p className="speaker-where" aria-live="polite">
              Slide {state.slideIndex + 1} of {state.slides.length}: <strong data-testid="speaker-current">{slide.title}</strong>
              {' · '}{state.cursor === 0 ? 'Start' : `Step ${state.cursor} of ${slide.loads.length}`}
              {state.blanked ? ' · screen blanked' : ''}{state.exploring ? ' · exploring' : ''}
            </p>
            <h2>Notes</h2>
            <p className="speaker-notes">{slide.notes || 'No notes for this slide.'}</p>
            {slide.points.length > 0 ? <ul className="speaker-points">{slide.points.map((point, i) => <li key={i}>{point}</li>)}</ul> : null}
            {slide.question ? (
              <>
                <h2>Answer {state.revealed ? '(shown to the class)' : '(hidden from the class)'}</h2>
                <p>{slide.question.answer ? <strong>{slide.question.answer}. </strong> : null}{slide.question.explanation}</p>
              </>
            ) : null}
          </div>
          <div className="speaker-next">
            <h2>Next slide</h2>
            {next ? (
              <>
                <p className="speaker-next-title" data-testid="speaker-next">{next.title}</p>
                <ul>{next.points.map((point, i) => <li key={i}>{point}</li>)}</ul>
              </>
            ) : <p>This is the last slide.</p>}
            <div className="speaker-controls" role="group" aria-label="Drive the audience window">
              <button type="button" onClick={() => post.current({ type: 'command', command: 'previous' })}>◀ Previous</button>
              <button type="button" onClick={() => post.current({ type: 'command', command: 'next' })}>Next ▶</button>
              <button type="button" onClick={() => post.current({ type: 'command', command: 'reveal' })}>Reveal</button>
              <button type="button" onClick={() => post.current({ type: 'command', command: 'blank' })}>Blank</button>
            </div>
            <p className="muted">Keys here drive the audience window too: PageDown / PageUp, the arrows, R, B, Esc.</p>
          </div>
        </div>
      )}
    </section>
  );
}
