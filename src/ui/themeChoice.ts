/**
 * Choosing a theme (Help's theme picker, a lazy chunk): the choices, and keeping and applying one. Apart from theme.ts,
 * which the first screen carries to follow the system's setting.
 */
import { systemTheme, THEME_KEY, type ThemeChoice, type ThemeName } from './theme';

export const THEME_CHOICES: readonly { readonly value: ThemeChoice; readonly label: string }[] = [
  { value: 'system', label: 'System' }, { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' }, { value: 'contrast', label: 'High contrast' },
];

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
