/** Playback: the cursor into the trace, play/pause, speed and breakpoints. */
import type { StateCreator } from 'zustand';
import type { AppState } from './store';
import { breakpointHit } from './selectors';

export type Breakpoint = 'scale_up' | 'scale_down' | 'at_min' | 'at_max';
export const SPEEDS = [0.25, 0.5, 1, 2, 4] as const;

/** The breakpoint that stopped playback, and at which step (1-based). */
export interface PausedBy {
  readonly step: number;
  readonly breakpoint: Breakpoint;
}

export interface PlaybackSlice {
  /** 0 = Start (nothing run yet), k = after step k (1-based) */
  readonly cursor: number;
  readonly playing: boolean;
  /** playback speed multiplier, one of SPEEDS */
  readonly speed: number;
  readonly breakpoints: readonly Breakpoint[];
  /** set when a breakpoint stopped playback; cleared when playback starts again */
  readonly pausedBy: PausedBy | undefined;
  setCursor: (cursor: number) => void;
  stepForward: () => void;
  stepBack: () => void;
  goToStart: () => void;
  goToEnd: () => void;
  play: () => void;
  pause: () => void;
  togglePlay: () => void;
  faster: () => void;
  slower: () => void;
  setSpeed: (speed: number) => void;
  toggleBreakpoint: (breakpoint: Breakpoint) => void;
  /** one beat of the play loop: advance a step, then pause at the end or on a chosen breakpoint */
  tick: () => void;
}

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
