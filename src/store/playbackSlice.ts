/** Playback: the cursor into the trace, play/pause, speed and breakpoints. */
import type { StateCreator } from 'zustand';
import { breakpointHit } from './selectors';
import type { AppState, PlaybackSlice } from './types';

export type { Breakpoint, PausedBy, PlaybackSlice } from './types';

export const SPEEDS = [0.25, 0.5, 1, 2, 4] as const;

export const createPlaybackSlice: StateCreator<AppState, [], [], PlaybackSlice> = (set, get) => {
  const clamp = (cursor: number) => Math.min(Math.max(Math.round(cursor), 0), get().trace.length);
  const shiftSpeed = (delta: number) => {
    const index = SPEEDS.indexOf(get().speed as (typeof SPEEDS)[number]);
    const next = SPEEDS[Math.min(Math.max((index < 0 ? 2 : index) + delta, 0), SPEEDS.length - 1)]!;
    set({ speed: next });
  };
  return {
    cursor: 1,
    playing: false,
    speed: 1,
    breakpoints: [],
    pausedBy: undefined,
    setCursor: (cursor) => set({ cursor: clamp(cursor) }),
    stepForward: () => set({ cursor: clamp(get().cursor + 1) }),
    stepBack: () => set({ cursor: clamp(get().cursor - 1), playing: false }),
    goToStart: () => set({ cursor: 0, playing: false }),
    goToEnd: () => set({ cursor: get().trace.length, playing: false }),
    play: () => set((state) => ({ playing: true, pausedBy: undefined, cursor: state.cursor >= state.trace.length ? 0 : state.cursor })),
    pause: () => set({ playing: false }),
    togglePlay: () => (get().playing ? get().pause() : get().play()),
    faster: () => shiftSpeed(1),
    slower: () => shiftSpeed(-1),
    setSpeed: (speed) => set({ speed: SPEEDS.includes(speed as (typeof SPEEDS)[number]) ? speed : 1 }),
    toggleBreakpoint: (breakpoint) => set((state) => ({
      breakpoints: state.breakpoints.includes(breakpoint)
        ? state.breakpoints.filter((b) => b !== breakpoint)
        : [...state.breakpoints, breakpoint],
    })),
    tick: () => {
      const { playing, cursor, trace, breakpoints } = get();
      if (!playing) return;
      const next = Math.min(cursor + 1, trace.length);
      const hit = breakpointHit(trace, next, breakpoints);
      set({ cursor: next, playing: next < trace.length && hit === undefined, pausedBy: hit === undefined ? undefined : { step: next, breakpoint: hit } });
    },
  };
};
