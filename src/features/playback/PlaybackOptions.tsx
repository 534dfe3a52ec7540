import type { Breakpoint } from '../../store/playbackSlice';
import { useAppStore } from '../../store/store';
import { SHORTCUTS } from './playbackKeys';

const BREAKPOINTS: readonly { readonly id: Breakpoint; readonly label: string }[] = [
  { id: 'scale_up', label: 'Pause on scale up' },
  { id: 'scale_down', label: 'Pause on scale down' },
  { id: 'at_min', label: 'Pause at min' },
  { id: 'at_max', label: 'Pause at max' },
];

/** Breakpoints and the keyboard shortcuts: the playback bar's second row (folded away on a phone). */
export function PlaybackOptions() {
  const breakpoints = useAppStore((state) => state.breakpoints);
  const toggleBreakpoint = useAppStore((state) => state.toggleBreakpoint);
  return (
    <div className="playback-extras">
      <fieldset className="breakpoints">
        <legend>Breakpoints</legend>
        {BREAKPOINTS.map(({ id, label }) => (
          <label key={id} className="toggle">
            <input type="checkbox" checked={breakpoints.includes(id)} onChange={() => toggleBreakpoint(id)} /> {label}
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
  );
}
