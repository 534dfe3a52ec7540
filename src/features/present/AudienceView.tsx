import { useState } from 'react';
import { useAppStore } from '../../store/store';
import { DeckDialog } from './DeckDialog';
import { ExploreView } from './ExploreView';
import { PresentBar } from './PresentBar';
import { SlideStage } from './SlideStage';
import { useActiveDeck } from './useActiveDeck';
import { usePresenter } from './usePresenter';
import { usePresentKeys } from './usePresentKeys';
import { useSpeakerSync } from './useSpeakerSync';

/** The projector window: the slide (or free exploration of its scenario, or a blank screen) and the presenter's bar. */
export function AudienceView() {
  const deck = useActiveDeck();
  const run = usePresenter(deck);
  usePresentKeys(run);
  useSpeakerSync(deck, run);
  const [editing, setEditing] = useState(false);
  const slideIndex = useAppStore((state) => state.slideIndex);
  const cursor = useAppStore((state) => state.cursor);
  const blanked = useAppStore((state) => state.blanked);
  const revealed = useAppStore((state) => state.revealed);
  const exploring = useAppStore((state) => state.exploring);
  const index = Math.min(slideIndex, deck.slides.length - 1);
  const slide = deck.slides[index]!;
  return (
    <div className="present" data-exploring={exploring || undefined}>
      {blanked ? (
        <div className="present-blank" role="status" aria-live="polite">
          <h1 className="present-blank-note">Screen blanked: press B to return</h1>
        </div>
      ) : exploring ? (
        <ExploreView slideTitle={slide.title} />
      ) : (
        <SlideStage slide={slide} index={index} count={deck.slides.length} cursor={cursor} revealed={revealed} onReveal={() => run('reveal')} />
      )}
      {blanked ? null : <PresentBar run={run} onEditDeck={() => setEditing(true)} />}
      {editing ? <DeckDialog deck={deck} onClose={() => setEditing(false)} /> : null}
    </div>
  );
}
