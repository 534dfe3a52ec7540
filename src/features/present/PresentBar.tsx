import type { DeckSource } from '../../store/presentSlice';
import { useAppStore } from '../../store/store';
import { useMyDeck } from './myDeck';
import type { PresentCommand } from './presentKeys';

interface PresentBarProps {
  readonly run: (command: PresentCommand) => void;
  readonly onEditDeck: () => void;
}

/** The presenter's controls (the keys do the same): deck, previous / next, explore, speaker view, fullscreen, exit. */
export function PresentBar({ run, onEditDeck }: PresentBarProps) {
  const chosen = useAppStore((state) => state.deckSource);
  const link = useAppStore((state) => state.deckLink);
  const exploring = useAppStore((state) => state.exploring);
  const mine = useMyDeck((state) => state.deck.slides.length);
  // an empty "My deck" or a refused link shows the lesson's deck: the picker says so
  const source = (chosen === 'mine' && mine === 0) || (chosen === 'link' && !link) ? 'lesson' : chosen;
  const openDeck = useAppStore((state) => state.openDeck);
  return (
    <nav className="present-bar" aria-label="Presenter controls">
      <label className="present-deck">
        Deck{' '}
        <select value={source} onChange={(event) => openDeck(event.target.value as DeckSource, link)}>
          <option value="lesson">The lesson</option>
          <option value="mine" disabled={mine === 0}>My deck ({mine} {mine === 1 ? 'slide' : 'slides'})</option>
          {link ? <option value="link">Deck from the link</option> : null}
        </select>
      </label>
      {exploring ? (
        <button type="button" className="primary" onClick={() => run('explore')}>Back to the slide <kbd>Esc</kbd></button>
      ) : (
        <>
          <button type="button" onClick={() => run('previous')} aria-label="Previous (PageUp)">◀ Previous</button>
          <button type="button" onClick={() => run('next')} aria-label="Next (PageDown)">Next ▶</button>
          <button type="button" onClick={() => run('explore')}>Explore <kbd>Esc</kbd></button>
        </>
      )}
      <button type="button" onClick={() => run('speaker')}>Speaker view <kbd>S</kbd></button>
      <button type="button" onClick={() => run('fullscreen')}>Fullscreen <kbd>F</kbd></button>
      <button type="button" onClick={onEditDeck}>Decks…</button>
      <a className="present-exit" href="#/visualize">Exit</a>
    </nav>
  );
}
