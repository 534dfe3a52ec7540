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
    /** the address as this hook last read or wrote it: when the address differs, the learner moved it (Back, a link)
     * and its hashchange is on its way, so a pending write must not put the old page back over it */
    let synced = window.location.hash;
    /** true while the address is being applied: the state then follows the address, not the other way round */
    let reading = false;
    const read = () => {
      synced = window.location.hash;
      reading = true;
      try { apply(parseHash(window.location.hash)); } finally { reading = false; }
    };
    const apply = (route: ReturnType<typeof parseHash>) => {
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
    synced = window.location.hash;
    window.addEventListener('hashchange', read);
    let pending = 0;
    /** Brings the address up to `state` (the store's now, unless given): a new mode is a new history entry. */
    const write = (state = useAppStore.getState()) => {
      const hash = selectShareHash(state);
      if (hash === window.location.hash || window.location.hash !== synced) return;
      // a new mode is a new page to the learner: Back returns to the previous mode; other changes replace the entry
      if (parseHash(window.location.hash).mode !== state.mode && window.location.hash !== '') window.history.pushState(null, '', hash);
      else window.history.replaceState(null, '', hash);
      synced = window.location.hash;
    };
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (state.configText === previous.configText && state.loads === previous.loads && state.cursor === previous.cursor && state.mode === previous.mode && state.config === previous.config && state.testSeed === previous.testSeed && state.refusedTestSeed === previous.refusedTestSeed
        && state.modeView === previous.modeView && state.embed === previous.embed
        && state.lab === previous.lab && state.labCursor === previous.labCursor && state.labLink === previous.labLink && state.deckLink === previous.deckLink
        && state.deckSource === previous.deckSource && state.slideIndex === previous.slideIndex) return;
      window.clearTimeout(pending);
      // a new mode is written at once, so a Back pressed right after lands on the previous mode, not the one before it;
      // first the previous mode's entry gets its last state (an edit still waiting for its write), so Back finds it there
      if (state.mode !== previous.mode && !reading) { write(previous); write(); }
      else pending = window.setTimeout(write, 150);
    });
    return () => { window.removeEventListener('hashchange', read); unsubscribe(); window.clearTimeout(pending); };
  }, []);
}

function currentScenarioParam(): string | undefined {
  return parseHash(selectShareHash(useAppStore.getState())).scenario;
}
