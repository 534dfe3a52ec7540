import { useAppStore } from '../store/store';
import type { Mode } from '../store/urlState';

const MODE_LABELS: readonly { mode: Mode; label: string }[] = [
  { mode: 'visualize', label: 'Visualize' },
];

/** The mode switcher: one link per mode, each with its own URL. */
export function ModeNav() {
  const current = useAppStore((state) => state.mode);
  const setMode = useAppStore((state) => state.setMode);
  return (
    <nav aria-label="Learning modes" className="mode-nav">
      <ul>
        {MODE_LABELS.map(({ mode, label }) => (
          <li key={mode}>
            <a href={`#/${mode}`} aria-current={mode === current ? 'page' : undefined}
              onClick={(event) => { event.preventDefault(); setMode(mode); }}>{label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
