/**
 * Present: which deck is on the projector, which slide, and the presenter's switches (blank, reveal, explore).
 * The decks themselves (the lesson's, the instructor's own) live in the lazy Present chunk; the store holds only
 * the position, so the workspace's scenario and cursor stay the one source of what the views show.
 */
import type { StateCreator } from 'zustand';
import type { AppState } from './store';
import { parseHash } from './urlState';

export type DeckSource = 'lesson' | 'mine' | 'link';

export interface PresentSlice {
  readonly deckSource: DeckSource;
  /** the encoded deck of an opened deck link; it stays in the address while that deck is shown */
  readonly deckLink: string | null;
  /** 0-based slide */
  readonly slideIndex: number;
  readonly blanked: boolean;
  /** the answer of the question on this slide is shown */
  readonly revealed: boolean;
  /** free exploration of the slide's scenario (Esc), with the slide kept to return to */
  readonly exploring: boolean;
  /** the cursor the slide was at when exploration began */
  readonly slideCursor: number;
  openDeck: (source: DeckSource, link?: string | null) => void;
  /** goes to a slide (answer hidden again); the caller loads its scenario */
  goToSlide: (index: number) => void;
  toggleBlank: () => void;
  setRevealed: (revealed: boolean) => void;
  /** starts exploring (remembering the cursor) or stops */
  setExploring: (exploring: boolean) => void;
}

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
