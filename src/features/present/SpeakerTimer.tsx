import { useEffect, useState } from 'react';

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** Time since the talk started, with a reset. */
export function SpeakerTimer() {
  const [started, setStarted] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const elapsed = Math.max(0, Math.floor((now - started) / 1000));
  return (
    <p className="speaker-timer">
      <span role="timer" aria-label="Time presenting">{clock(elapsed)}</span>{' '}
      <button type="button" onClick={() => { setStarted(Date.now()); setNow(Date.now()); }}>Reset timer</button>
    </p>
  );
}
