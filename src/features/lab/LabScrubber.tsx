/**
 * Playback over seconds: a scrubber, Start / End, a second back and forward, the previous and next decision, and
 * play at a chosen pace. Moving it only moves the cursor: each view reads the one second it shows.
 */
import { formatCount } from '../../engine/format';
import { useEffect, useRef, useState } from 'react';
import { Panel } from '../../ui/Panel';
import { useAppStore } from '../../store/store';
import { PlaybackIcon } from '../playback/PlaybackIcon';
import '../playback/playback.css';
import type { TimeTrace } from './labEngine';
import { neighbours, selectDecisionSeconds } from './labSelectors';
import { clockTime } from './labFormat';

/** Simulated seconds per real second. */
const PACES = [1, 10, 60, 300, 1800] as const;

export function cursorText(cursor: number, seconds: number): string {
  return `Second ${formatCount(cursor)} (${clockTime(cursor)}) of ${formatCount(seconds)}`;
}

function usePlay(playing: boolean, pace: number, seconds: number, stop: () => void) {
  const last = useRef(0);
  const carry = useRef(0);
  useEffect(() => {
    if (!playing) return undefined;
    let frame = 0;
    last.current = performance.now();
    carry.current = 0;
    const step = (now: number) => {
      carry.current += ((now - last.current) / 1000) * pace;
      last.current = now;
      const whole = Math.floor(carry.current);
      if (whole > 0) {
        carry.current -= whole;
        const { labCursor, setLabCursor } = useAppStore.getState();
        if (labCursor >= seconds - 1) { stop(); return; }
        setLabCursor(labCursor + whole);
      }
      frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [playing, pace, seconds, stop]);
}

export function LabScrubber({ trace }: { readonly trace: TimeTrace | undefined }) {
  const cursor = useAppStore((state) => state.labCursor);
  const setCursor = useAppStore((state) => state.setLabCursor);
  const [playing, setPlaying] = useState(false);
  const [pace, setPace] = useState<number>(60);
  const seconds = trace?.seconds ?? 1;
  const stopRef = useRef(() => setPlaying(false));
  usePlay(playing, pace, seconds, stopRef.current);
  const decisions = trace ? selectDecisionSeconds(trace) : new Int32Array();
  const { previous, next } = neighbours(decisions, cursor);
  const atStart = cursor <= 0;
  const atEnd = cursor >= seconds - 1;
  return (
    <Panel id="lab-playback" title="Playback over time" className="playback-panel">
      <div className="playback-main">
        <div className="playback-buttons" role="group" aria-label="Time controls">
          <button type="button" aria-label="Start" title="Start" aria-disabled={atStart} onClick={() => setCursor(0)}><PlaybackIcon name="first" /></button>
          <button type="button" aria-label="Previous decision" title="Previous decision" aria-disabled={previous === null} onClick={() => { if (previous !== null) setCursor(previous); }}><span aria-hidden="true">◀◆</span></button>
          <button type="button" aria-label="One second back" title="One second back" aria-disabled={atStart} onClick={() => setCursor(cursor - 1)}><PlaybackIcon name="previous" /></button>
          <button type="button" className="primary play-button" onClick={() => { if (atEnd && !playing) setCursor(0); setPlaying(!playing); }}>
            <PlaybackIcon name={playing ? 'pause' : 'play'} /> {playing ? 'Pause' : 'Play'}
          </button>
          <button type="button" aria-label="One second forward" title="One second forward" aria-disabled={atEnd} onClick={() => setCursor(cursor + 1)}><PlaybackIcon name="next" /></button>
          <button type="button" aria-label="Next decision" title="Next decision" aria-disabled={next === null} onClick={() => { if (next !== null) setCursor(next); }}><span aria-hidden="true">◆▶</span></button>
          <button type="button" aria-label="End" title="End" aria-disabled={atEnd} onClick={() => setCursor(seconds - 1)}><PlaybackIcon name="last" /></button>
        </div>
        <div className="playback-scrubber">
          <input type="range" aria-label="Second" min={0} max={seconds - 1} step={1} value={Math.min(cursor, seconds - 1)}
            aria-valuetext={cursorText(cursor, seconds)} onChange={(event) => setCursor(Number(event.target.value))} />
          <span className="step-text">{cursorText(cursor, seconds)}</span>
        </div>
        <label className="playback-speed">
          Pace{' '}
          <select value={pace} onChange={(event) => setPace(Number(event.target.value))}>
            {PACES.map((p) => <option key={p} value={p}>{p} s per second</option>)}
          </select>
        </label>
      </div>
    </Panel>
  );
}
