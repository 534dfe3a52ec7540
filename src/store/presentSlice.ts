/**
 * Present: which deck is on the projector, which slide, and the presenter's switches (blank, reveal, explore).
 * The decks themselves (the lesson's, the instructor's own) live in the lazy Present chunk; the store holds only
 * the position, so the workspace's scenario and cursor stay the one source of what the views show.
 */
import type { StateCreator } from 'zustand';
import type { AppState, DeckSource, PresentSlice } from './types';

export type { DeckSource, PresentSlice } from './types';
import { MY_DECK_PARAM, parseHash } from './urlState';

/** Where an address puts Present: its deck (by name, encoded, or the lesson's) and its 0-based slide. Pure. */
export function presentPlace(deck: string | undefined, slide: string | undefined): { source: DeckSource; link: string | null; index: number; problem?: string } {
  const source: DeckSource = deck === MY_DECK_PARAM ? 'mine' : deck ? 'link' : 'lesson';
  const link = source === 'link' ? deck! : null;
  if (slide === undefined) return { source, link, index: 0 };
  const number = /^\d{1,6}$/.test(slide) ? Number(slide) : NaN;
  if (number >= 1) return { source, link, index: number - 1 };
  return { source, link, index: 0, problem: `This link's slide "${slide}" is not a slide number (1, 2, 3 …), so the deck opens at its first slide.` };
}

function placeInAddress() {
  const route = typeof window === 'undefined' ? undefined : parseHash(window.location.hash);
  return presentPlace(route?.mode === 'present' ? route.deck : undefined, route?.mode === 'present' ? route.slide : undefined);
}

export const createPresentSlice: StateCreator<AppState, [], [], PresentSlice> = (set, get) => {
  const place = placeInAddress();
  return {
    deckSource: place.source,
    deckLink: place.link,
    slideIndex: place.index,
    blanked: false,
    revealed: false,
    exploring: false,
    slideCursor: 0,
    deckLinkOpens: 0,
    openDeck: (source, deckLink = null) => set({ deckSource: source, deckLink: source === 'link' ? deckLink : null, slideIndex: 0, revealed: false, blanked: false, exploring: false }),
    openDeckFromLink: (deck, slide) => {
      const to = presentPlace(deck, slide);
      const state = get();
      if (to.source === state.deckSource && to.link === state.deckLink && to.index === state.slideIndex && !to.problem) return;
      set((now) => ({ deckSource: to.source, deckLink: to.link, slideIndex: to.index, revealed: false, blanked: false, exploring: false, deckLinkOpens: now.deckLinkOpens + 1 }));
      if (to.problem) get().showNotice({ title: to.problem, details: [] });
    },
    goToSlide: (index) => set({ slideIndex: Math.max(0, Math.round(index)), revealed: false }),
    toggleBlank: () => set((state) => ({ blanked: !state.blanked })),
    setRevealed: (revealed) => set({ revealed }),
    setExploring: (exploring) => set(exploring ? { exploring, slideCursor: get().cursor, blanked: false } : { exploring }),
  };
};
