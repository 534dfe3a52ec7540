import { useEffect, useMemo } from 'react';
import { decodeDeck, type Deck } from '../../content/deck';
import { buildLessonDeck } from '../../content/lessonDeck';
import { useAppStore } from '../../store/store';
import { parseHash } from '../../store/urlState';
import { useMyDeck } from './myDeck';

const LESSON_DECK = buildLessonDeck();
export const BROKEN_DECK_LINK = 'This deck link could not be opened, so the lesson deck is shown instead.';

/**
 * The deck on the projector: the lesson's, the instructor's own, or one opened from a link. A deck link that does not
 * decode or validate is refused with the reasons, and the lesson's deck is shown.
 */
export function useActiveDeck(): Deck {
  const source = useAppStore((state) => state.deckSource);
  const link = useAppStore((state) => state.deckLink);
  const mine = useMyDeck((state) => state.deck);
  const linked = useMemo(() => (link ? decodeDeck(link) : undefined), [link]);

  useEffect(() => {
    // a deck link pasted over the running app: read it before the address is rewritten
    const read = () => {
      const deck = parseHash(window.location.hash).deck;
      if (deck && deck !== useAppStore.getState().deckLink) useAppStore.getState().openDeck('link', deck);
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

  useEffect(() => {
    if (!linked || linked.ok) return;
    useAppStore.getState().showNotice({ title: BROKEN_DECK_LINK, details: linked.errors.slice(0, 5) });
    useAppStore.getState().openDeck('lesson');
  }, [linked]);

  if (source === 'mine' && mine.slides.length > 0) return mine;
  if (source === 'link' && linked?.ok) return linked.value;
  return LESSON_DECK;
}

export function lessonDeck(): Deck {
  return LESSON_DECK;
}
