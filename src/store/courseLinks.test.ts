import { describe, expect, it } from 'vitest';
import { createAppStore } from './store';
import { selectShareHash } from './selectors';
import { formatHash, MODES, parseHash } from './urlState';

describe('links of the course modes', () => {
  it('every new mode has its own link', () => {
    for (const mode of ['why', 'deep-dive', 'transcript', 'review'] as const) {
      expect(MODES).toContain(mode);
      expect(parseHash(`#/${mode}`)).toEqual({ mode });
      expect(formatHash({ mode })).toBe(`#/${mode}`);
    }
  });

  it('carries a mode\'s view state and the embed flag, and refuses view text that is not plain', () => {
    expect(parseHash('#/why?s=abc&v=fleet=3,cap=100&embed=1')).toEqual({ mode: 'why', scenario: 'abc', view: 'fleet=3,cap=100', embed: true });
    expect(formatHash({ mode: 'why', scenario: 'abc', view: 'fleet=3,cap=100', embed: true })).toBe('#/why?s=abc&v=fleet=3,cap=100&embed=1');
    expect(parseHash('#/why?v=<script>')).toEqual({ mode: 'why' });
    expect(parseHash('#/review?embed=0')).toEqual({ mode: 'review' });
  });

  it('the share link keeps the embed flag and the view; changing mode clears the view', () => {
    const store = createAppStore(() => undefined);
    store.getState().setMode('why');
    store.getState().setModeView('fleet=4');
    store.getState().setEmbed(true);
    const route = parseHash(selectShareHash(store.getState()));
    expect(route).toMatchObject({ mode: 'why', view: 'fleet=4', embed: true });
    store.getState().setMode('review');
    expect(parseHash(selectShareHash(store.getState())).view).toBeUndefined();
  });

  it('the Lab\'s address keeps the embed flag too (a course page can embed the Lab)', () => {
    const store = createAppStore(() => undefined);
    store.getState().setEmbed(true);
    store.getState().setMode('lab');
    expect(parseHash(selectShareHash(store.getState()))).toMatchObject({ mode: 'lab', embed: true });
  });
});

describe('view params', () => {
  it('read and write numbers only', async () => {
    const { formatViewParams, parseViewParams } = await import('./viewParams');
    expect(parseViewParams('fleet=3,cap=100.5,bad=x,=2')).toEqual({ fleet: 3, cap: 100.5 });
    expect(formatViewParams({ fleet: 3, cap: 100 })).toBe('fleet=3,cap=100');
    expect(formatViewParams({ 'a b': 1, ok: Number.NaN })).toBe('');
  });
});
