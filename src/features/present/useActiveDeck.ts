import { useEffect, useMemo } from 'react';
import { decodeDeck, type Deck } from '../../content/deck';
import { buildLessonDeck } from '../../content/lessonDeck';
import { useAppStore } from '../../store/store';
import { useMyDeck } from './myDeck';

const LESSON_DECK = buildLessonDeck();
export const BROKEN_DECK_LINK = 'This deck link could not be opened, so the lesson deck is shown instead.';
export const NO_DECK_HERE = 'This link opens My deck, but My deck on this device has no slides (it is kept on the device that made it), so the lesson deck is shown. To share a deck, send its own link from Decks….';

/**
 * The deck on the projector: the lesson's, the instructor's own, or one opened from a link. A deck link that does not
 * decode or validate is refused with the reasons, and the lesson's deck is shown.
 */
export function useActiveDeck(): Deck {
  const source = useAppStore((state) => state.deckSource);
  const link = useAppStore((state) => state.deckLink);
  const mine = useMyDeck((state) => state.deck);
  const linked = useMemo(() => (link ? decodeDeck(link) : undefined), [link]);

  const emptyMine = source === 'mine' && mine.slides.length === 0;
  useEffect(() => {
    if (!emptyMine) return;
    useAppStore.getState().showNotice({ title: NO_DECK_HERE, details: [] });
    useAppStore.getState().openDeck('lesson');
  }, [emptyMine]);

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
