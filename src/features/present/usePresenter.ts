import { useCallback, useEffect } from 'react';
import type { Deck } from '../../content/deck';
import { useAppStore } from '../../store/store';
import { navigate } from './deckNav';
import type { PresentCommand } from './presentKeys';
import { speakerUrl } from './speakerChannel';

/** Puts slide `index` on the workspace: its scenario, at `cursor`. */
function showSlide(deck: Deck, index: number, cursor?: number): void {
  const slide = deck.slides[index];
  if (!slide) return;
  useAppStore.getState().loadScenario({ config: slide.config, loads: slide.loads, cursor: cursor ?? slide.cursor });
  useAppStore.getState().goToSlide(index);
}

export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/**
 * Drives the live workspace from the deck: returns the handler for every Present command (keys, buttons and the
 * speaker window use the same one), and keeps the slide's highlight on the views (a question's only once revealed).
 */
export function usePresenter(deck: Deck): (command: PresentCommand) => void {
  const slideIndex = useAppStore((state) => state.slideIndex);
  const revealed = useAppStore((state) => state.revealed);
  const deckLinkOpens = useAppStore((state) => state.deckLinkOpens);
  const slide = deck.slides[Math.min(slideIndex, deck.slides.length - 1)];

  // a new deck (or coming back to Present, or an address naming a slide) opens the current slide at its start; a
  // slide past the deck's end says so and opens the first
  useEffect(() => {
    const { slideIndex: at, exploring, showNotice } = useAppStore.getState();
    if (at >= deck.slides.length) {
      showNotice({ title: `This link asks for slide ${at + 1}, but “${deck.title}” has ${deck.slides.length}, so it opens at slide 1.`, details: [] });
      showSlide(deck, 0);
    } else if (!exploring) showSlide(deck, at);
  }, [deck, deckLinkOpens]);

  useEffect(() => {
    const hidden = slide?.question !== undefined && !revealed;
    useAppStore.getState().setHighlight(hidden ? null : slide?.highlight ?? null);
  }, [slide, revealed]);

  // leaving Present: the workspace gets its views back unmarked, and the next visit starts unblanked
  useEffect(() => () => {
    const state = useAppStore.getState();
    state.setHighlight(null);
    state.setExploring(false);
    if (state.blanked) state.toggleBlank();
  }, []);

  return useCallback((command: PresentCommand) => {
    const state = useAppStore.getState();
    switch (command) {
      case 'blank': state.toggleBlank(); return;
      case 'fullscreen': toggleFullscreen(); return;
      case 'speaker': window.open(speakerUrl(), 'autoscale-lab-speaker', 'popup,width=960,height=720'); return;
      case 'reveal':
        if (!state.exploring && deck.slides[state.slideIndex]?.question) state.setRevealed(!state.revealed);
        return;
      case 'explore':
        if (state.exploring) { state.setExploring(false); showSlide(deck, state.slideIndex, state.slideCursor); } else state.setExploring(true);
        return;
      default: {
        if (state.blanked) { state.toggleBlank(); return; }
        if (state.exploring) return;
        const to = navigate(deck.slides, { slide: state.slideIndex, cursor: state.cursor }, command);
        if (to.slide !== state.slideIndex) showSlide(deck, to.slide, to.cursor);
        else state.setCursor(to.cursor);
      }
    }
  }, [deck]);
}
