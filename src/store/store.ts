/** One store made of slices. Inputs live here; everything else comes from selectors. */
import { create } from 'zustand';
import { createPlaybackSlice, type PlaybackSlice } from './playbackSlice';
import { createScenarioSlice, type ScenarioSlice } from './scenarioSlice';
import { createUiSlice, type UiSlice } from './uiSlice';
import { decodeShared, type SharedState } from './urlState';
import { parseConfigText, simulate } from '../engine';

export type AppState = ScenarioSlice & PlaybackSlice & UiSlice;

export const createAppStore = () => create<AppState>()((...args) => ({
  ...createScenarioSlice(...args),
  ...createPlaybackSlice(...args),
  ...createUiSlice(...args),
}));

export const useAppStore = createAppStore();
export type AppStore = typeof useAppStore;

/** Opens a shared scenario; a link that does not decode or validate keeps the current state and says why. */
export function openSharedScenario(store: AppStore, encoded: string): boolean {
  const decoded = decodeShared(encoded);
  if (!decoded.ok) {
    store.getState().showNotice({ title: 'This link could not be opened, so the lesson\'s example is shown instead.', details: decoded.errors });
    return false;
  }
  loadShared(store, decoded.value);
  return true;
}

function loadShared(store: AppStore, shared: SharedState): void {
  const parsed = parseConfigText(shared.configText);
  if (!parsed.ok) return;
  store.setState({
    configText: shared.configText, configErrors: [], config: parsed.value, loads: shared.loads,
    trace: simulate({ config: parsed.value, loads: shared.loads }), cursor: shared.cursor, playing: false,
  });
}
