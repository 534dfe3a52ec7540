import { useAppStore } from '../store/store';
import { MODE_ENTRIES } from './modes';

/** The mode switcher: one link per mode, each with its own URL. */
export function ModeNav() {
  const current = useAppStore((state) => state.mode);
  const setMode = useAppStore((state) => state.setMode);
  return (
    <nav aria-label="Learning modes" className="mode-nav">
      <ul>
        {MODE_ENTRIES.map(({ mode, label, description }) => (
          <li key={mode}>
            <a href={`#/${mode}`} title={description} aria-current={mode === current ? 'page' : undefined}
              onClick={(event) => { event.preventDefault(); setMode(mode); }}>{label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
