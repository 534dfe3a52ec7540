// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { LESSON_CONFIG, LESSON_LOADS } from '../../engine';
import { slideFromView } from '../../content/deck';
import { loadMyDeck, MY_DECK_KEY, saveMyDeck } from './deckStorage';

const deck = { title: 'Mine', slides: [slideFromView({ config: LESSON_CONFIG, loads: LESSON_LOADS, cursor: 3 }, 1)] };

describe('the deck kept on the device', () => {
  beforeEach(() => localStorage.clear());

  it('saves and loads a deck, versioned', () => {
    expect(loadMyDeck()).toEqual({ deck: null });
    expect(saveMyDeck(deck)).toBeUndefined();
    expect(JSON.parse(localStorage.getItem(MY_DECK_KEY)!).v).toBe(1);
    expect(loadMyDeck()).toEqual({ deck });
  });

  it('sets bad data aside with a notice instead of failing', () => {
    localStorage.setItem(MY_DECK_KEY, '{"v":1,"title":"x","slides":[{"title":"broken"}]}');
    const loaded = loadMyDeck();
    expect(loaded.deck).toBeNull();
    expect(loaded.problem).toMatch(/set aside/);
    expect(localStorage.getItem(MY_DECK_KEY)).toBeNull();
    const kept = Object.keys(localStorage).filter((key) => key.startsWith(`${MY_DECK_KEY}:set-aside:`));
    expect(kept).toHaveLength(1);
    expect(localStorage.getItem(kept[0]!)).toContain('broken');
  });

  it('sets aside a deck from a newer version and unreadable text', () => {
    localStorage.setItem(MY_DECK_KEY, JSON.stringify({ v: 9, ...deck }));
    expect(loadMyDeck().problem).toMatch(/newer version/);
    localStorage.setItem(MY_DECK_KEY, 'not json');
    expect(loadMyDeck().problem).toMatch(/set aside/);
  });

  it('reports a full storage instead of throwing', () => {
    const full = { setItem: () => { throw new DOMException('full', 'QuotaExceededError'); }, removeItem: () => undefined } as unknown as Storage;
    expect(saveMyDeck(deck, () => full)).toMatch(/Storage is full/);
  });
});
