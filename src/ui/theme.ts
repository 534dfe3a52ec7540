/**
 * The colour theme: the learner's choice kept on the device, and the theme in effect on <html data-theme>.
 * index.html's inline script applies the same rule before the first paint (keep the two in step); this module keeps it
 * current afterwards (the system's setting changing while "System" is chosen), and themeChoice.ts applies a new choice.
 */
export type ThemeName = 'light' | 'dark' | 'contrast';
export type ThemeChoice = 'system' | ThemeName;

export const THEME_KEY = 'autoscale-lab:theme';

export const isThemeName = (value: unknown): value is ThemeName => value === 'light' || value === 'dark' || value === 'contrast';

/** The stored choice; anything else stored (or no storage at all) means "System". */
export function readThemeChoice(): ThemeChoice {
  try {
    const stored = globalThis.localStorage?.getItem(THEME_KEY);
    return isThemeName(stored) ? stored : 'system';
  } catch {
    return 'system';
  }
}

const matches = (query: string) => typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(query).matches;

/** The theme "System" means now: high contrast when the system asks for more contrast, else dark or light. */
export function systemTheme(): ThemeName {
  if (matches('(prefers-contrast: more)') || matches('(forced-colors: active)')) return 'contrast';
  return matches('(prefers-color-scheme: dark)') ? 'dark' : 'light';
}

/** Re-applies "System" when the system's colour scheme or contrast setting changes; returns the unsubscribe. */
export function followSystemTheme(): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const queries = ['(prefers-color-scheme: dark)', '(prefers-contrast: more)', '(forced-colors: active)'].map((q) => window.matchMedia(q));
  const update = () => { if (readThemeChoice() === 'system') document.documentElement.dataset.theme = systemTheme(); };
  for (const query of queries) query.addEventListener('change', update);
  return () => { for (const query of queries) query.removeEventListener('change', update); };
}
