import { useEffect } from 'react';
import { openSharedScenario, useAppStore } from '../store/store';
import { selectShareHash } from '../store/selectors';
import { parseHash } from '../store/urlState';

/**
 * Reads the mode and scenario from the URL hash on load and on hashchange (Back and Forward included); keeps the hash
 * current as state changes, adding a history entry when the mode changes.
 */
export function useHashSync(): void {
  useEffect(() => {
    const read = () => {
      const route = parseHash(window.location.hash);
      // the seed first: Test mode must never render without knowing a linked seed was refused
      if (route.seed !== undefined) useAppStore.getState().setTestSeed(route.seed);
      if (route.refusedSeed) useAppStore.getState().refuseTestSeed(route.refusedSeed);
      useAppStore.getState().setMode(route.mode);
      // after the mode: a mode change clears the previous mode's view state
      useAppStore.getState().setModeView(route.view ?? '');
      useAppStore.getState().setEmbed(route.embed === true || new URLSearchParams(window.location.search).get('embed') === '1');
      if (route.scenario && route.scenario !== currentScenarioParam()) openSharedScenario(useAppStore, route.scenario);
      if (route.lab && route.lab !== parseHash(selectShareHash(useAppStore.getState())).lab) useAppStore.getState().setLabLink(route.lab);
      // Present's deck and slide, when the address names them (the mode bar's plain #/present keeps the deck on screen)
      if (route.mode === 'present' && (route.deck !== undefined || route.slide !== undefined)) useAppStore.getState().openDeckFromLink(route.deck, route.slide);
    };
    read();
    const opened = selectShareHash(useAppStore.getState());
    if (opened !== window.location.hash) window.history.replaceState(null, '', opened);
    window.addEventListener('hashchange', read);
    let pending = 0;
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (state.configText === previous.configText && state.loads === previous.loads && state.cursor === previous.cursor && state.mode === previous.mode && state.config === previous.config && state.testSeed === previous.testSeed && state.refusedTestSeed === previous.refusedTestSeed
        && state.modeView === previous.modeView && state.embed === previous.embed
        && state.lab === previous.lab && state.labCursor === previous.labCursor && state.labLink === previous.labLink && state.deckLink === previous.deckLink
        && state.deckSource === previous.deckSource && state.slideIndex === previous.slideIndex) return;
      window.clearTimeout(pending);
      pending = window.setTimeout(() => {
        const state = useAppStore.getState();
        const hash = selectShareHash(state);
        if (hash === window.location.hash) return;
        // a new mode is a new page to the learner: Back returns to the previous mode; other changes replace the entry
        if (parseHash(window.location.hash).mode !== state.mode && window.location.hash !== '') window.history.pushState(null, '', hash);
        else window.history.replaceState(null, '', hash);
      }, 150);
    });
    return () => { window.removeEventListener('hashchange', read); unsubscribe(); window.clearTimeout(pending); };
  }, []);
}

function currentScenarioParam(): string | undefined {
  return parseHash(selectShareHash(useAppStore.getState())).scenario;
}
