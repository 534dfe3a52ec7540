import { describe, expect, it } from 'vitest';
import { createAppStore } from './store';
import { selectShareHash } from './selectors';
import { formatHash, parseHash } from './urlState';

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
    expect(selectShareHash(store.getState())).toMatch(/^#\/present\?s=[^&]+&deck=XYZ$/);
    store.getState().openDeck('lesson');
    expect(selectShareHash(store.getState())).not.toContain('deck=');
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
