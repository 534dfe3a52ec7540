/**
 * Where the learner was on the page, kept through a reload. The browser's own restoration runs before a mode's lazy
 * chunk (and the Lab's run) has laid the page out, so on a phone a reload mid-task landed at the top. This keeps, for
 * this tab, the panel at the top of the screen and how far into it the screen was, saved when the page is hidden;
 * after a reload it scrolls back there as soon as that panel is on the page (and again for a few seconds while the
 * page fills in), unless the learner scrolls, taps or types first.
 */
import { useEffect } from 'react';

const KEY = 'autoscale-lab:scroll';
const KEEP_TRYING_MS = 6000;

interface Place {
  /** the mode it was in: a reload into another mode (a changed address) does not scroll */
  readonly mode: string;
  /** the id of the panel at the top of the screen, and how many px of it were above the screen's top */
  readonly anchor: string | null;
  readonly offset: number;
  readonly y: number;
}

const modeOfHash = (hash: string) => hash.replace(/^#\/?/, '').split('?')[0] || 'visualize';

/** The panel at the top of the screen (the first whose bottom is below the top) and the screen's offset into it. */
function placeNow(): Place {
  const mode = modeOfHash(window.location.hash);
  for (const panel of document.querySelectorAll<HTMLElement>('main section.panel[id]')) {
    const box = panel.getBoundingClientRect();
    if (box.bottom > 0) return { mode, anchor: panel.id, offset: Math.round(-box.top), y: Math.round(window.scrollY) };
  }
  return { mode, anchor: null, offset: 0, y: Math.round(window.scrollY) };
}

function readPlace(): Place | null {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const place = value as Record<string, unknown>;
    const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
    if (typeof place.mode !== 'string' || !finite(place.offset) || !finite(place.y)) return null;
    const anchor = typeof place.anchor === 'string' && /^[\w-]{1,80}$/.test(place.anchor) ? place.anchor : null;
    return { mode: place.mode, anchor, offset: place.offset, y: place.y };
  } catch {
    return null; // storage blocked or a broken entry: nothing to restore
  }
}

/**
 * Scrolls back to `place` as the page fills in: tries every 100 ms until the panel is on the page, then keeps it there
 * while the page still grows, and stops once its height has held for a moment, after a few seconds, or when anything
 * else scrolls the page or the learner scrolls, taps or types. Returns the function that stops it.
 */
function restore(place: Place): () => void {
  const INPUT = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const;
  let timer = 0;
  let placedAt: number | null = null;
  let height = -1;
  let steadySince = 0;
  const started = performance.now();
  const stop = () => {
    window.clearTimeout(timer);
    for (const type of INPUT) window.removeEventListener(type, stop);
    window.removeEventListener('scroll', onScroll);
  };
  // a scroll that is not ours (the learner, a link to a panel, the browser's scroll anchoring): that place wins; but not
  // the page growing too short for where we put it (a view loading again for a moment), which moves nobody's place
  function onScroll() {
    if (placedAt === null || document.documentElement.scrollHeight - window.innerHeight < placedAt - 2) return;
    if (Math.abs(window.scrollY - placedAt) > 2) stop();
  }
  for (const type of INPUT) window.addEventListener(type, stop, { passive: true });
  window.addEventListener('scroll', onScroll, { passive: true });
  const attempt = () => {
    const now = performance.now();
    const panel = place.anchor ? document.getElementById(place.anchor) : null;
    if (!place.anchor || panel) {
      const target = panel ? panel.getBoundingClientRect().top + window.scrollY + place.offset : place.y;
      const y = Math.max(0, Math.round(Math.min(target, document.documentElement.scrollHeight - window.innerHeight)));
      if (Math.abs(window.scrollY - y) > 1) window.scrollTo({ top: y, behavior: 'instant' });
      placedAt = window.scrollY;
      const grown = document.documentElement.scrollHeight;
      if (grown !== height) { height = grown; steadySince = now; }
      if (window.scrollY >= target - 1 && now - steadySince > 600) { stop(); return; }
    }
    if (now - started < KEEP_TRYING_MS) timer = window.setTimeout(attempt, 100);
    else stop();
  };
  attempt();
  return stop;
}

export function useKeepScrollOnReload(): void {
  useEffect(() => {
    const save = () => {
      try { sessionStorage.setItem(KEY, JSON.stringify(placeNow())); } catch { /* storage blocked: nothing kept */ }
    };
    window.addEventListener('pagehide', save);
    const navigation = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
    const place = navigation?.type === 'reload' ? readPlace() : null;
    const stop = place && place.y > 0 && place.mode === modeOfHash(window.location.hash) ? restore(place) : undefined;
    return () => { window.removeEventListener('pagehide', save); stop?.(); };
  }, []);
}
