/**
 * What the lesson's two policies share in time: the load they read (requests per second averaged over the last
 * period), the scale-out / scale-in cooldowns, and their knob docs. The rules themselves are the step engine's
 * (`thresholdDecision`, `targetTrackingDecision` in ../simulate.ts), called, not copied.
 */
import { formatNumber } from '../format';
import type { KnobDoc, Observation } from './types';
import { windowMean } from './types';

/** The lesson policies' memory: when they last scaled out and last scaled at all (seconds; -Infinity = never). */
export interface LessonTimeState {
  readonly lastOut: number;
  readonly lastChange: number;
}

export const LESSON_TIME_START: LessonTimeState = { lastOut: -Infinity, lastChange: -Infinity };

interface CooldownKnobs {
  readonly period_s: number;
  readonly scale_out_cooldown_s: number;
  readonly scale_in_cooldown_s: number;
}

/** The load the lesson's rule reads at the end of second t: mean requests per second over the last period. */
export function periodLoad(config: CooldownKnobs, obs: Observation): number {
  return windowMean(obs.history.cumArrivals, obs.t, config.period_s);
}

/** Whether a move from `current` to `next` is held back by a cooldown at second t: 'out', 'in' or null. */
export function cooldownBlock(config: CooldownKnobs, state: LessonTimeState, t: number, current: number, next: number): 'out' | 'in' | null {
  if (next > current && t - state.lastOut < config.scale_out_cooldown_s) return 'out';
  if (next < current && t - state.lastChange < config.scale_in_cooldown_s) return 'in';
  return null;
}

/** The memory after setting `desired` (from `current`) at second t. */
export function afterMove(state: LessonTimeState, t: number, current: number, desired: number): LessonTimeState {
  if (desired === current) return state;
  return { lastOut: desired > current ? t : state.lastOut, lastChange: t };
}

export function cooldownSentence(block: 'out' | 'in', config: CooldownKnobs): string {
  return block === 'out'
    ? `held by the scale-out cooldown (${formatNumber(config.scale_out_cooldown_s)} s since the last scale-out)`
    : `held by the scale-in cooldown (${formatNumber(config.scale_in_cooldown_s)} s since the last scaling)`;
}

export const LESSON_TIME_KNOBS: readonly KnobDoc[] = [
  { key: 'period_s', native: 'the loop\'s sleep between iterations', default: 15, unit: 's', min: 1, max: 3600, step: 1, doc: 'Seconds between decisions: the lesson\'s "step"; the load is averaged over it.' },
  { key: 'scale_out_cooldown_s', native: 'scale-out cooldown', default: 0, unit: 's', min: 0, max: 3600, step: 1, doc: 'After a scale-out, no further scale-out until this many seconds have passed.' },
  { key: 'scale_in_cooldown_s', native: 'scale-in cooldown', default: 0, unit: 's', min: 0, max: 3600, step: 1, doc: 'After any scaling, no scale-in until this many seconds have passed.' },
];

export const BOUND_KNOBS: readonly KnobDoc[] = [
  { key: 'min_servers', native: 'min_servers', default: 1, unit: 'servers', min: 0, max: 1000, step: 1, doc: 'Fewest servers the loop keeps.' },
  { key: 'max_servers', native: 'max_servers', default: 10, unit: 'servers', min: 1, max: 1000, step: 1, doc: 'Most servers the loop starts.' },
  { key: 'initial_servers', native: 'initial_servers', default: 1, unit: 'servers', min: 0, max: 1000, step: 1, doc: 'Servers running (and ready) at t = 0.' },
];

export const LESSON_LEAVES_OUT =
  'The lesson\'s loop reads total requests per second, not a per-server metric; it knows nothing of replicas still ' +
  'starting (it counts the servers it asked for), and it has no stabilization window or rate limit beyond its cooldowns.';

/** What the lesson's two policies share in time: the lesson's bounds, a period, no scale to zero, the cooldown memory. */
export const LESSON_TIME_MODEL = {
  periodS: (config: CooldownKnobs & { readonly period_s: number }) => config.period_s,
  bounds: (config: { readonly min_servers: number; readonly max_servers: number; readonly initial_servers: number }) =>
    ({ min: config.min_servers, max: config.max_servers, initial: config.initial_servers }),
  zeroBehaviour: () => 'hold' as const,
  init: () => LESSON_TIME_START,
};
