import { Panel } from '../../ui/Panel';
import { SPEEDS, type Breakpoint } from '../../store/playbackSlice';
import { useAppStore } from '../../store/store';
import { selectAtEnd } from '../../store/selectors';
import { PlaybackIcon } from './PlaybackIcon';
import { SHORTCUTS } from './playbackKeys';
import { usePlaybackKeys } from './usePlaybackKeys';
import { usePlaybackTimer } from './usePlaybackTimer';
import './playback.css';

const BREAKPOINTS: readonly { readonly id: Breakpoint; readonly label: string }[] = [
  { id: 'scale_up', label: 'Pause on scale up' },
  { id: 'scale_down', label: 'Pause on scale down' },
  { id: 'at_min', label: 'Pause at min' },
  { id: 'at_max', label: 'Pause at max' },
];

/** Where the cursor is, in words: "Start" or "Step k of N". */
export function stepText(cursor: number, steps: number): string {
  return cursor === 0 ? `Start (before step 1 of ${steps.toLocaleString('en-US')})` : `Step ${cursor.toLocaleString('en-US')} of ${steps.toLocaleString('en-US')}`;
}

/** First, Previous, Play/Pause, Next, Last, a scrubber, speed and breakpoints; keyboard shortcuts anywhere on the page. */
export function PlaybackBar() {
  usePlaybackKeys();
  usePlaybackTimer();
  const cursor = useAppStore((state) => state.cursor);
  const steps = useAppStore((state) => state.trace.length);
  const playing = useAppStore((state) => state.playing);
  const speed = useAppStore((state) => state.speed);
  const breakpoints = useAppStore((state) => state.breakpoints);
  const atEnd = useAppStore(selectAtEnd);
  const actions = useAppStore.getState();
  const atStart = cursor === 0;
  return (
    <Panel id="playback" title="Playback" className="playback-panel">
      <div className="playback-main">
        <div className="playback-buttons" role="group" aria-label="Step controls">
          <button type="button" aria-label="First step" title="First step (Home)" aria-disabled={atStart} onClick={() => actions.goToStart()}><PlaybackIcon name="first" /></button>
          <button type="button" aria-label="Previous step" title="Previous step (←)" aria-disabled={atStart} onClick={() => { if (!atStart) actions.stepBack(); }}><PlaybackIcon name="previous" /></button>
          <button type="button" className="primary play-button" title={`${playing ? 'Pause' : 'Play'} (Space)`} onClick={() => actions.togglePlay()}>
            <PlaybackIcon name={playing ? 'pause' : 'play'} /> {playing ? 'Pause' : 'Play'}
          </button>
          <button type="button" aria-label="Next step" title="Next step (→)" aria-disabled={atEnd} onClick={() => { if (!atEnd) actions.stepForward(); }}><PlaybackIcon name="next" /></button>
          <button type="button" aria-label="Last step" title="Last step (End)" aria-disabled={atEnd} onClick={() => actions.goToEnd()}><PlaybackIcon name="last" /></button>
        </div>
        <div className="playback-scrubber">
          <input type="range" aria-label="Step" min={0} max={steps} step={1} value={cursor}
            aria-valuetext={stepText(cursor, steps)} onChange={(event) => actions.setCursor(Number(event.target.value))} />
          <span className="step-text">{stepText(cursor, steps)}</span>
        </div>
        <label className="playback-speed">
          Speed{' '}
          <select value={speed} onChange={(event) => actions.setSpeed(Number(event.target.value))}>
            {SPEEDS.map((s) => <option key={s} value={s}>{s}x</option>)}
          </select>
        </label>
      </div>
      <div className="playback-extras">
        <fieldset className="breakpoints">
          <legend>Breakpoints</legend>
          {BREAKPOINTS.map(({ id, label }) => (
            <label key={id} className="toggle">
              <input type="checkbox" checked={breakpoints.includes(id)} onChange={() => actions.toggleBreakpoint(id)} /> {label}
            </label>
          ))}
        </fieldset>
        <details className="shortcuts">
          <summary>Keyboard shortcuts</summary>
          <dl>
            {SHORTCUTS.map(({ keys, does }) => (
              <div key={does}>
                <dt>{keys.map((key, i) => <span key={key}>{i > 0 ? ' / ' : ''}<kbd>{key}</kbd></span>)}</dt>
                <dd>{does}</dd>
              </div>
            ))}
          </dl>
          <p className="muted">Shortcuts work anywhere except while typing in a field or the config editor.</p>
        </details>
      </div>
    </Panel>
  );
}
