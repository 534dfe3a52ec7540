/**
 * The colour theme: the learner's choice kept on the device, and the theme in effect on <html data-theme>.
 * index.html's inline script applies the same rule before the first paint (keep the two in step); this module keeps it
 * current afterwards (a new choice, or the system's setting changing while "System" is chosen).
 */
import { useSyncExternalStore } from 'react';

export type ThemeName = 'light' | 'dark' | 'contrast';
export type ThemeChoice = 'system' | ThemeName;

export const THEME_KEY = 'autoscale-lab:theme';
export const THEME_CHOICES: readonly { readonly value: ThemeChoice; readonly label: string }[] = [
  { value: 'system', label: 'System' }, { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' }, { value: 'contrast', label: 'High contrast' },
];

const isThemeName = (value: unknown): value is ThemeName => value === 'light' || value === 'dark' || value === 'contrast';

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

export function resolveTheme(choice: ThemeChoice): ThemeName {
  return choice === 'system' ? systemTheme() : choice;
}

/** Keeps the choice (a bad or blocked storage only loses the keeping) and applies it. */
export function chooseTheme(choice: ThemeChoice): void {
  try {
    if (choice === 'system') globalThis.localStorage?.removeItem(THEME_KEY);
    else globalThis.localStorage?.setItem(THEME_KEY, choice);
  } catch { /* private mode: the choice lasts until the page closes */ }
  document.documentElement.dataset.theme = resolveTheme(choice);
}

/** Re-applies "System" when the system's colour scheme or contrast setting changes; returns the unsubscribe. */
export function followSystemTheme(): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const queries = ['(prefers-color-scheme: dark)', '(prefers-contrast: more)', '(forced-colors: active)'].map((q) => window.matchMedia(q));
  const update = () => { if (readThemeChoice() === 'system') document.documentElement.dataset.theme = systemTheme(); };
  for (const query of queries) query.addEventListener('change', update);
  return () => { for (const query of queries) query.removeEventListener('change', update); };
}

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
