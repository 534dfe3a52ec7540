import { formatCount } from '../../engine/format';
import { Panel } from '../../ui/Panel';
import { SPEEDS } from '../../store/playbackSlice';
import { useAppStore } from '../../store/store';
import { pauseMessage, selectAtEnd } from '../../store/selectors';
import { PlaybackIcon } from './PlaybackIcon';
import { PlaybackOptions } from './PlaybackOptions';
import { useMediaQuery } from './useMediaQuery';
import { usePlaybackKeys } from './usePlaybackKeys';
import { usePlaybackTimer } from './usePlaybackTimer';
import './playback.css';

/** Where the cursor is, in words: "Start" or "Step k of N". */
export function stepText(cursor: number, steps: number): string {
  return cursor === 0 ? `Start (before step 1 of ${formatCount(steps)})` : `Step ${formatCount(cursor)} of ${formatCount(steps)}`;
}

/** Below this width the playback bar folds speed, breakpoints and shortcuts away, so the sticky bar stays short. */
const COMPACT = '(max-width: 43.6875em)';

/** First, Previous, Play/Pause, Next, Last, a scrubber, speed and breakpoints; keyboard shortcuts anywhere on the page. */
export function PlaybackBar() {
  usePlaybackKeys();
  usePlaybackTimer();
  const cursor = useAppStore((state) => state.cursor);
  const steps = useAppStore((state) => state.trace.length);
  const playing = useAppStore((state) => state.playing);
  const speed = useAppStore((state) => state.speed);
  const compact = useMediaQuery(COMPACT);
  const pausedBy = useAppStore((state) => state.pausedBy);
  const config = useAppStore((state) => state.trace.config);
  const pause = pausedBy && !playing && pausedBy.step === cursor ? pauseMessage(pausedBy, config) : '';
  const atEnd = useAppStore(selectAtEnd);
  const actions = useAppStore.getState();
  const atStart = cursor === 0;
  const speedControl = (
    <label className="playback-speed">
      Speed{' '}
      <select value={speed} onChange={(event) => actions.setSpeed(Number(event.target.value))}>
        {SPEEDS.map((s) => <option key={s} value={s}>{s}x</option>)}
      </select>
    </label>
  );
  return (
    <Panel id="playback" title="Playback" className="playback-panel">
      <div className="playback-main">
        <div className="playback-buttons" role="group" aria-label="Step controls" data-space-plays>
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
        <p className="pause-reason" role="status">{pause}</p>
        {compact ? null : speedControl}
      </div>
      {compact ? <details className="playback-more"><summary>Speed, breakpoints, shortcuts</summary>{speedControl}<PlaybackOptions /></details> : <PlaybackOptions />}
    </Panel>
  );
}
