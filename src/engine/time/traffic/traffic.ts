/**
 * Traffic for the Lab: named scenarios as piecewise-constant profiles, the rate at a second, and the arrivals column
 * (Poisson around the rate from a seed, or exactly the rate). Pure and seeded: the same input gives the same column.
 */
import { seededRandom } from '../../lesson/presets';
import type { ArrivalMode, ScenarioName, TrafficProfile } from '../types';

export const SCENARIO_NAMES: readonly ScenarioName[] = ['steady', 'ramp', 'spike', 'flash-crowd', 'diurnal', 'idle-gaps'];

/** What each scenario is, in numbers (rates in requests per second; with the default 10 req/s per replica, 50 req/s needs 5). */
export const SCENARIOS: { readonly [K in ScenarioName]: string } = {
  steady: '50 req/s all the time',
  ramp: 'from 5 req/s to 100 req/s, evenly over the run, a new rate each minute',
  spike: '20 req/s, then 150 req/s for five minutes a third of the way in, then 20 req/s again',
  'flash-crowd': '10 req/s, then a jump to 200 req/s a quarter of the way in, decaying back over about 10 minutes (time constant)',
  diurnal: 'a day-long wave, 20 req/s at midnight to 100 req/s at midday, a new rate each minute (repeats each day)',
  'idle-gaps': 'bursts of 30 req/s for 10 minutes with 20 idle minutes between them (0 req/s): scale to zero and back',
};

export const isScenarioName = (name: string): name is ScenarioName => (SCENARIO_NAMES as readonly string[]).includes(name);

const DAY = 86_400;

/** A profile sampled from `rate(t)` once every `every` seconds over `seconds`. */
function sampled(seconds: number, every: number, rate: (t: number) => number): TrafficProfile {
  const points: { t: number; rps: number }[] = [];
  for (let t = 0; t < seconds; t += every) points.push({ t, rps: Math.max(0, Math.round(rate(t) * 1000) / 1000) });
  return { points };
}

/** The named scenario over a run of `seconds` (shapes that depend on the length scale with it; see SCENARIOS). */
export function scenarioProfile(name: ScenarioName, seconds: number): TrafficProfile {
  const n = Math.max(1, Math.floor(seconds));
  switch (name) {
    case 'steady': return { points: [{ t: 0, rps: 50 }] };
    case 'ramp': return sampled(n, 60, (t) => 5 + (95 * t) / Math.max(1, n - 60));
    case 'spike': {
      const start = Math.floor(n / 3);
      return { points: start > 0 ? [{ t: 0, rps: 20 }, { t: start, rps: 150 }, { t: start + 300, rps: 20 }] : [{ t: 0, rps: 150 }, { t: 300, rps: 20 }] };
    }
    case 'flash-crowd': {
      const start = Math.floor(n / 4);
      const surge = sampled(Math.max(60, n - start), 60, (t) => 10 + 190 * Math.exp(-t / 600)).points.map((p) => ({ t: p.t + start, rps: p.rps }));
      return { points: start > 0 ? [{ t: 0, rps: 10 }, ...surge] : surge };
    }
    case 'diurnal': return sampled(n, 60, (t) => 60 - 40 * Math.cos((2 * Math.PI * (t % DAY)) / DAY));
    case 'idle-gaps': {
      const points: { t: number; rps: number }[] = [];
      for (let t = 0; t < n; t += 1800) points.push({ t, rps: 30 }, { t: t + 600, rps: 0 });
      return { points };
    }
  }
}

/** Index of the profile point in force at second t (the last point with point.t <= t), by binary search. */
function pointIndex(profile: TrafficProfile, t: number): number {
  const { points } = profile;
  let lo = 0;
  let hi = points.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (points[mid]!.t <= t) lo = mid; else hi = mid - 1;
  }
  return lo;
}

/** Requests per second the profile asks for at second t (0 for an empty profile). */
export function rateAt(profile: TrafficProfile, t: number): number {
  return profile.points.length === 0 ? 0 : profile.points[pointIndex(profile, t)]!.rps;
}

/** The rate of each second 0 .. seconds-1, walking the profile once. */
export function rateColumn(profile: TrafficProfile, seconds: number): Float64Array {
  const rates = new Float64Array(seconds);
  const { points } = profile;
  let next = 0;
  let rate = 0;
  for (let t = 0; t < seconds; t++) {
    while (next < points.length && points[next]!.t <= t) rate = points[next++]!.rps;
    rates[t] = rate;
  }
  return rates;
}

function logFactorial(k: number): number {
  if (k < 10) {
    let product = 1;
    for (let i = 2; i <= k; i++) product *= i;
    return Math.log(product);
  }
  // Stirling's series, accurate to ~1e-10 from k = 10
  return (k + 0.5) * Math.log(k) - k + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * k) - 1 / (360 * k * k * k);
}

/**
 * A Poisson(lambda) sampler over a uniform source: multiplication of uniforms below lambda 10 (Knuth), transformed
 * rejection with squeeze above it (Hörmann 1993, "PTRS"), which stays exact and fast for rates in the thousands.
 * The constants are computed once per rate, so a profile that holds a rate for a minute pays for them once.
 */
export function poissonSampler(lambda: number): (random: () => number) => number {
  if (!(lambda > 0)) return () => 0;
  if (lambda < 10) {
    const limit = Math.exp(-lambda);
    return (random) => {
      let k = 0;
      let product = random();
      while (product > limit) { k++; product *= random(); }
      return k;
    };
  }
  const slam = Math.sqrt(lambda);
  const logLam = Math.log(lambda);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const logInvAlpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
  const vr = 0.9277 - 3.6224 / (b - 2);
  return (random) => {
    for (;;) {
      const u = random() - 0.5;
      const v = random();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
      if (us >= 0.07 && v <= vr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      if (Math.log(v) + logInvAlpha - Math.log(a / (us * us) + b) <= -lambda + k * logLam - logFactorial(k)) return k;
    }
  };
}

/** One Poisson(lambda) draw (see poissonSampler). */
export function poisson(lambda: number, random: () => number): number {
  return poissonSampler(lambda)(random);
}

/**
 * Requests arriving in each second 0 .. seconds-1: Poisson around the profile's rate from `seed`, or `exact`, where the
 * fractional part of each rate carries to the next second (2.5 req/s gives 2, 3, 2, 3 ...; an integer rate gives itself).
 */
export function arrivalsColumn(profile: TrafficProfile, seconds: number, mode: ArrivalMode, seed: number): Float64Array {
  const rates = rateColumn(profile, seconds);
  const arrivals = new Float64Array(seconds);
  if (mode === 'exact') {
    let carry = 0;
    for (let t = 0; t < seconds; t++) {
      carry += rates[t]!;
      const whole = Math.floor(carry + 1e-9);
      arrivals[t] = whole;
      carry = Math.max(0, carry - whole);
    }
    return arrivals;
  }
  const random = seededRandom(seed);
  let rate = NaN;
  let draw = poissonSampler(0);
  for (let t = 0; t < seconds; t++) {
    if (rates[t] !== rate) { rate = rates[t]!; draw = poissonSampler(rate); }
    arrivals[t] = draw(random);
  }
  return arrivals;
}
