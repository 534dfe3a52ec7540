/**
 * Present: which deck is on the projector, which slide, and the presenter's switches (blank, reveal, explore).
 * The decks themselves (the lesson's, the instructor's own) live in the lazy Present chunk; the store holds only
 * the position, so the workspace's scenario and cursor stay the one source of what the views show.
 */
import type { StateCreator } from 'zustand';
import type { AppState, PresentSlice } from './types';
import { parseHash } from './urlState';

export type { DeckSource, PresentSlice } from './types';

function linkInAddress(): string | null {
  return typeof window === 'undefined' ? null : parseHash(window.location.hash).deck ?? null;
}

export const createPresentSlice: StateCreator<AppState, [], [], PresentSlice> = (set, get) => {
  const link = linkInAddress();
  return {
    deckSource: link ? 'link' : 'lesson',
    deckLink: link,
    slideIndex: 0,
    blanked: false,
    revealed: false,
    exploring: false,
    slideCursor: 0,
    openDeck: (source, deckLink = null) => set({ deckSource: source, deckLink: source === 'link' ? deckLink : null, slideIndex: 0, revealed: false, blanked: false, exploring: false }),
    goToSlide: (index) => set({ slideIndex: Math.max(0, Math.round(index)), revealed: false }),
    toggleBlank: () => set((state) => ({ blanked: !state.blanked })),
    setRevealed: (revealed) => set({ revealed }),
    setExploring: (exploring) => set(exploring ? { exploring, slideCursor: get().cursor, blanked: false } : { exploring }),
  };
};
