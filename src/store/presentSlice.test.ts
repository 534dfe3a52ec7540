import { describe, expect, it } from 'vitest';
import { createAppStore } from './store';
import { selectShareHash } from './selectors';
import { formatHash, parseHash } from './urlState';
import { presentPlace } from './presentSlice';

const memory = () => {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => { data.set(k, v); }, removeItem: (k: string) => { data.delete(k); } } as unknown as Storage;
};

describe('deck links in the address', () => {
  it('reads and writes deck= only for Present', () => {
    expect(parseHash('#/present?s=abc&deck=XYZ')).toEqual({ mode: 'present', scenario: 'abc', deck: 'XYZ' });
    expect(parseHash('#/visualize?s=abc&deck=XYZ')).toEqual({ mode: 'visualize', scenario: 'abc' });
    expect(formatHash({ mode: 'present', scenario: 'abc', deck: 'XYZ' })).toBe('#/present?s=abc&deck=XYZ');
    expect(formatHash({ mode: 'visualize', scenario: 'abc', deck: 'XYZ' })).toBe('#/visualize?s=abc');
  });

  it('keeps an opened deck link in the share hash while Present shows it', () => {
    const store = createAppStore(() => memory());
    store.getState().setMode('present');
    store.getState().openDeck('link', 'XYZ');
    expect(selectShareHash(store.getState())).toMatch(/^#\/present\?s=[^&]+&deck=XYZ&slide=1$/);
    store.getState().openDeck('lesson');
    expect(selectShareHash(store.getState())).not.toContain('deck=');
  });
});

describe('deck and slide in the address', () => {
  it('reads and writes the slide for Present, and My deck by name', () => {
    expect(parseHash('#/present?deck=mine&slide=3')).toEqual({ mode: 'present', deck: 'mine', slide: '3' });
    expect(parseHash('#/quiz?slide=3')).toEqual({ mode: 'quiz' });
    expect(formatHash({ mode: 'present', deck: 'mine', slide: '3' })).toBe('#/present?deck=mine&slide=3');
  });

  it('places Present from an address; a slide that is not a number opens the first and says why', () => {
    expect(presentPlace('mine', '3')).toEqual({ source: 'mine', link: null, index: 2 });
    expect(presentPlace(undefined, undefined)).toEqual({ source: 'lesson', link: null, index: 0 });
    expect(presentPlace('XYZ', '1')).toEqual({ source: 'link', link: 'XYZ', index: 0 });
    expect(presentPlace('mine', 'two')).toMatchObject({ source: 'mine', index: 0, problem: expect.stringContaining('"two" is not a slide number') });
    expect(presentPlace('mine', '0').problem).toBeDefined();
  });

  it('the share hash carries the deck on screen and the slide, and reading it back restores them', () => {
    const store = createAppStore(() => memory());
    const s = () => store.getState();
    s().setMode('present');
    s().openDeck('mine');
    s().goToSlide(2);
    const hash = selectShareHash(s());
    expect(hash).toMatch(/deck=mine&slide=3$/);
    const other = createAppStore(() => memory());
    const route = parseHash(hash);
    other.getState().openDeckFromLink(route.deck, route.slide);
    expect([other.getState().deckSource, other.getState().slideIndex]).toEqual(['mine', 2]);
    other.getState().openDeckFromLink('mine', 'x');
    expect(other.getState().notice?.title).toMatch(/not a slide number/);
    expect([other.getState().deckSource, other.getState().slideIndex]).toEqual(['mine', 0]);
  });
});

describe('the present slice', () => {
  it('goes to slides with the answer hidden, blanks, and remembers the cursor to return to from exploring', () => {
    const store = createAppStore(() => memory());
    const s = () => store.getState();
    s().setRevealed(true);
    s().goToSlide(3);
    expect([s().slideIndex, s().revealed]).toEqual([3, false]);
    s().toggleBlank();
    expect(s().blanked).toBe(true);
    s().setCursor(4);
    s().setExploring(true);
    expect([s().exploring, s().slideCursor, s().blanked]).toEqual([true, 4, false]);
    s().setCursor(1);
    s().setExploring(false);
    expect([s().exploring, s().slideCursor]).toEqual([false, 4]);
    s().openDeck('mine');
    expect([s().deckSource, s().deckLink, s().slideIndex]).toEqual(['mine', null, 0]);
  });
});
