import { useEffect } from 'react';
import type { Deck } from '../../content/deck';
import { useAppStore } from '../../store/store';
import type { PresentCommand } from './presentKeys';
import { openChannel, type PresentSnapshot } from './speakerChannel';

function snapshot(deck: Deck): PresentSnapshot {
  const { slideIndex, cursor, blanked, revealed, exploring } = useAppStore.getState();
  return { deckTitle: deck.title, slides: deck.slides, slideIndex, cursor, blanked, revealed, exploring };
}

/** The audience window tells any speaker window where it is, and takes the speaker window's commands. */
export function useSpeakerSync(deck: Deck, run: (command: PresentCommand) => void): void {
  useEffect(() => {
    const channel = openChannel((message) => {
      if (message.type === 'hello') channel?.post({ type: 'state', state: snapshot(deck) });
      if (message.type === 'command') run(message.command);
    });
    if (!channel) return undefined;
    channel.post({ type: 'state', state: snapshot(deck) });
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (state.slideIndex === previous.slideIndex && state.cursor === previous.cursor && state.blanked === previous.blanked
        && state.revealed === previous.revealed && state.exploring === previous.exploring) return;
      channel.post({ type: 'state', state: snapshot(deck) });
    });
    return () => { unsubscribe(); channel.close(); };
  }, [deck, run]);
}
