import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readThemeChoice, THEME_KEY, type ThemeName } from './theme';
import { chooseTheme, resolveTheme } from './themeChoice';

/** A device: what is stored and which media queries match. */
function device(stored: string | null, matching: readonly string[], throwing = false) {
  const items = new Map<string, string>(stored === null ? [] : [[THEME_KEY, stored]]);
  const storage = {
    getItem: (key: string) => { if (throwing) throw new Error('blocked'); return items.get(key) ?? null; },
    setItem: (key: string, value: string) => { if (throwing) throw new Error('blocked'); items.set(key, value); },
    removeItem: (key: string) => { items.delete(key); },
  };
  const matchMedia = (query: string) => ({ matches: matching.includes(query) });
  const root = { dataset: {} as Record<string, string> };
  vi.stubGlobal('localStorage', storage);
  vi.stubGlobal('window', { matchMedia });
  vi.stubGlobal('matchMedia', matchMedia);
  vi.stubGlobal('document', { documentElement: root });
  return { items, root };
}

/** index.html's inline script, run on the same device: it must pick what theme.ts picks. */
function inlineScriptTheme(): string | undefined {
  const html = readFileSync(join(__dirname, '../../index.html'), 'utf8');
  const script = /<script>(\(function\(\)\{var c,r=document\.documentElement[\s\S]*?)<\/script>/.exec(html)?.[1];
  expect(script).toBeDefined();
  new Function(script!)();
  return (globalThis.document.documentElement as unknown as { dataset: Record<string, string> }).dataset.theme;
}

afterEach(() => { vi.unstubAllGlobals(); });

const DARK = '(prefers-color-scheme: dark)';
const MORE = '(prefers-contrast: more)';

describe('the theme choice', () => {
  const cases: readonly [stored: string | null, matching: readonly string[], expected: ThemeName][] = [
    [null, [], 'light'],
    [null, [DARK], 'dark'],
    [null, [DARK, MORE], 'contrast'],
    ['dark', [], 'dark'],
    ['light', [DARK], 'light'],
    ['contrast', [], 'contrast'],
    ['purple', [DARK], 'dark'],
    ['', [], 'light'],
  ];
  for (const [stored, matching, expected] of cases) {
    it(`stored ${JSON.stringify(stored)} with ${matching.join(' and ') || 'no media query'} matching: ${expected}, in theme.ts and index.html alike`, () => {
      device(stored, matching);
      expect(resolveTheme(readThemeChoice())).toBe(expected);
      expect(inlineScriptTheme()).toBe(expected);
    });
  }

  it('a bad stored value reads as System', () => {
    device('{"theme":"dark"}', []);
    expect(readThemeChoice()).toBe('system');
  });

  it('storage that throws (private mode) means System, and a choice still applies for the page', () => {
    const { root } = device(null, [DARK], true);
    expect(readThemeChoice()).toBe('system');
    expect(inlineScriptTheme()).toBe('dark');
    chooseTheme('contrast');
    expect(root.dataset.theme).toBe('contrast');
  });

  it('choosing keeps the choice on the device; System forgets it and follows the device again', () => {
    const { items, root } = device(null, [DARK]);
    chooseTheme('light');
    expect(items.get(THEME_KEY)).toBe('light');
    expect(root.dataset.theme).toBe('light');
    chooseTheme('system');
    expect(items.has(THEME_KEY)).toBe(false);
    expect(root.dataset.theme).toBe('dark');
  });
});
