/**
 * The theme in effect, for what CSS cannot reach (Monaco's theme): only the editors, lazy chunks, need it, so it is
 * apart from theme.ts, which the first screen carries.
 */
import { useSyncExternalStore } from 'react';
import { isThemeName, type ThemeName } from './theme';

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class'] });
  return () => observer.disconnect();
}

/** The theme in effect; Present's projector theme (html.presenting) is light whatever the choice. */
function currentTheme(): ThemeName {
  const root = document.documentElement;
  if (root.classList.contains('presenting')) return 'light';
  const value = root.dataset.theme;
  return isThemeName(value) ? value : 'light';
}

/** Re-renders when the theme in effect changes (for what CSS cannot reach: Monaco's theme). */
export function useThemeName(): ThemeName {
  return useSyncExternalStore(subscribe, currentTheme, () => 'light');
}

/** Monaco's built-in theme for each of ours. */
export const MONACO_THEMES: Readonly<Record<ThemeName, string>> = { light: 'light', dark: 'vs-dark', contrast: 'hc-black' };
