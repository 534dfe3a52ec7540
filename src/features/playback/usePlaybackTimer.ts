import { useEffect } from 'react';
import { useAppStore, type AppStore } from '../../store/store';

/** While playing, advances one step every 1000/speed ms; the store's tick pauses at the end and on breakpoints. */
export function usePlaybackTimer(store: AppStore = useAppStore): void {
  const playing = store((state) => state.playing);
  const speed = store((state) => state.speed);
  const cursor = store((state) => state.cursor);
  useEffect(() => {
    if (!playing) return undefined;
    const timer = window.setTimeout(() => store.getState().tick(), 1000 / speed);
    return () => window.clearTimeout(timer);
  }, [store, playing, speed, cursor]);
}
