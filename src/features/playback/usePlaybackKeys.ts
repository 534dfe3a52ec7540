import { useEffect } from 'react';
import { useAppStore, type AppStore } from '../../store/store';
import { playbackCommandFor } from './playbackKeys';

/** Left/Right, Space, Home/End and -/+ drive playback from anywhere on the page, except while typing or in an editor. */
export function usePlaybackKeys(store: AppStore = useAppStore): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = playbackCommandFor(event);
      if (!command) return;
      event.preventDefault();
      store.getState()[command]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
