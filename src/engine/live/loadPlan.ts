/**
 * Live's open-loop load: the intended send time of every request, drawn ahead of time from a seeded Poisson process
 * whose rate follows a traffic profile. Each request keeps its intended time; latency is measured from it, so a
 * generator that falls behind (or a queue that fills) shows up as latency instead of hiding it (no coordinated omission).
 * Pure: it is asked for the times due before a given moment of the run's clock.
 */
import { seededRandom } from '../lesson/presets';
import { rateAt } from '../time/traffic';
import type { TrafficProfile } from '../time/types';

export type LiveShape = 'spike' | 'steady' | 'ramp';

export const LIVE_SHAPES: { readonly [K in LiveShape]: string } = {
  spike: 'base rate, then the peak for a third of the run from a sixth in, then the base rate again',
  steady: 'the peak rate all the time',
  ramp: 'from the base rate up to the peak at the middle of the run and back down, a new rate every 5 s',
};

/** A Live traffic profile over `seconds`, in requests per second. */
export function liveProfile(shape: LiveShape, baseRps: number, peakRps: number, seconds: number): TrafficProfile {
  const n = Math.max(6, Math.floor(seconds));
  switch (shape) {
    case 'steady': return { points: [{ t: 0, rps: peakRps }] };
    case 'spike': return { points: [{ t: 0, rps: baseRps }, { t: Math.round(n / 6), rps: peakRps }, { t: Math.round(n / 2), rps: baseRps }] };
    case 'ramp': {
      const points: { t: number; rps: number }[] = [];
      for (let t = 0; t < n; t += 5) {
        const up = 1 - Math.abs(t - n / 2) / (n / 2);
        points.push({ t, rps: Math.round((baseRps + (peakRps - baseRps) * up) * 10) / 10 });
      }
      return { points };
    }
  }
}

export interface LoadPlan {
  readonly profile: TrafficProfile;
  readonly seconds: number;
  readonly random: () => number;
  /** the next intended send time, ms of run clock (Infinity when the run is over) */
  nextMs: number;
}

/** Draws the gap after `fromMs` at the rate in force then; a zero rate waits for the next profile point. */
function advance(plan: LoadPlan, fromMs: number): number {
  let at = fromMs;
  for (;;) {
    const second = Math.floor(at / 1000);
    if (second >= plan.seconds) return Number.POSITIVE_INFINITY;
    const rate = rateAt(plan.profile, second);
    if (rate > 0) {
      const gap = (-Math.log(1 - plan.random()) / rate) * 1000;
      // a gap that crosses into a second with another rate restarts there (memoryless, so this stays Poisson)
      const boundary = (second + 1) * 1000;
      if (at + gap < boundary || rateAt(plan.profile, second + 1) === rate) return at + gap;
      at = boundary;
    } else {
      at = (second + 1) * 1000;
    }
  }
}

export function createLoadPlan(profile: TrafficProfile, seconds: number, seed: number): LoadPlan {
  const plan: LoadPlan = { profile, seconds, random: seededRandom(seed), nextMs: 0 };
  plan.nextMs = advance(plan, 0);
  return plan;
}

/** Intended send times (ms of run clock) due at or before `nowMs`, in order; the plan moves past them. */
export function dueBefore(plan: LoadPlan, nowMs: number, out: number[] = []): number[] {
  while (plan.nextMs <= nowMs) {
    out.push(plan.nextMs);
    plan.nextMs = advance(plan, plan.nextMs);
  }
  return out;
}
