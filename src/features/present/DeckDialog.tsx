import { useEffect, useRef } from 'react';
import type { Deck } from '../../content/deck';
import { DeckTransfer } from './DeckTransfer';
import { SlideListEditor } from './SlideListEditor';

/** Decks: share, export and import the deck on screen, and edit My deck (reorder, text, notes). */
export function DeckDialog({ deck, onClose }: { readonly deck: Deck; readonly onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog ref={dialog} className="deck-dialog" aria-labelledby="deck-dialog-title" onClose={onClose}>
      <div className="deck-dialog-head">
        <h2 id="deck-dialog-title">Decks</h2>
        <button type="button" onClick={() => dialog.current?.close()}>Close</button>
      </div>
      <DeckTransfer deck={deck} />
      <h3>My deck</h3>
      <SlideListEditor />
    </dialog>
  );
}
