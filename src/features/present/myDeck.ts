/** The instructor's own deck as a small store over deckStorage: every change is saved; problems become the app's notice. */
import { create } from 'zustand';
import { slideFromView, type Deck } from '../../content/deck';
import { useAppStore } from '../../store/store';
import { loadMyDeck, MY_DECK_TITLE, saveMyDeck } from './deckStorage';

interface MyDeckState {
  readonly deck: Deck;
  /** replaces the deck and saves it */
  setDeck: (deck: Deck) => void;
}

function report(problem: string | undefined): void {
  if (problem && useAppStore.getState().notice?.title !== problem) useAppStore.getState().showNotice({ title: problem, details: [] });
}

const loaded = loadMyDeck();
report(loaded.problem);

export const useMyDeck = create<MyDeckState>()((set) => ({
  deck: loaded.deck ?? { title: MY_DECK_TITLE, slides: [] },
  setDeck: (deck) => { set({ deck }); report(saveMyDeck(deck)); },
}));

/** "Add this view as a slide": the workspace's scenario, step and highlight become the last slide of My deck. */
export function addViewAsSlide(): number {
  const { config, loads, cursor, highlightTarget } = useAppStore.getState();
  const { deck, setDeck } = useMyDeck.getState();
  const slide = slideFromView({ config, loads, cursor, highlight: highlightTarget }, deck.slides.length + 1);
  setDeck({ ...deck, slides: [...deck.slides, slide] });
  return deck.slides.length + 1;
}
