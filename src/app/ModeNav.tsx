import { useLayoutEffect, useRef } from 'react';
import { useAppStore } from '../store/store';
import { MODE_ENTRIES } from './modes';

/** The mode switcher: one link per mode, each with its own URL. */
export function ModeNav() {
  const current = useAppStore((state) => state.mode);
  const setMode = useAppStore((state) => state.setMode);
  const nav = useRef<HTMLElement>(null);
  // where the modes scroll sideways (a phone), the current one is brought into view, centred; only the bar scrolls, never the page
  useLayoutEffect(() => {
    const bar = nav.current;
    const link = bar?.querySelector('[aria-current="page"]');
    if (!bar || !link || bar.scrollWidth <= bar.clientWidth) return;
    const barBox = bar.getBoundingClientRect();
    const linkBox = link.getBoundingClientRect();
    bar.scrollLeft += linkBox.left + linkBox.width / 2 - (barBox.left + barBox.width / 2);
  }, [current]);
  return (
    <nav aria-label="Learning modes" className="mode-nav" ref={nav}>
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
