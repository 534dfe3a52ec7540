/** Load sequences to try: the lesson's, and shapes that show real behaviour. Pure and seeded. */
import { LESSON_LOADS } from './config';

export type PresetId = 'lesson' | 'steady' | 'ramp' | 'spike' | 'diurnal' | 'flash_crowd' | 'random';

export interface PresetInput {
  readonly steps: number;
  /** requests per step at the shape's peak */
  readonly peak: number;
  /** seed for the random preset */
  readonly seed?: number;
}

export const PRESETS: readonly { readonly id: PresetId; readonly label: string; readonly description: string }[] = [
  { id: 'lesson', label: 'Lesson', description: 'The lesson\'s six loads: 10, 50, 120, 80, 30, 5' },
  { id: 'steady', label: 'Steady', description: 'The same load every step' },
  { id: 'ramp', label: 'Ramp', description: 'Load climbs evenly from low to peak' },
  { id: 'spike', label: 'Spike', description: 'Quiet, one sharp spike, quiet again' },
  { id: 'diurnal', label: 'Diurnal wave', description: 'A day of traffic: low at night, high at midday' },
  { id: 'flash_crowd', label: 'Flash crowd', description: 'Sudden surge that decays slowly' },
  { id: 'random', label: 'Seeded random', description: 'Random load, the same for the same seed' },
];

/** mulberry32: a small, fast, seeded PRNG returning numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function presetLoads(id: PresetId, { steps, peak, seed = 1 }: PresetInput): number[] {
  const n = Math.max(1, Math.floor(steps));
  const at = (f: (i: number) => number) => Array.from({ length: n }, (_, i) => Math.max(0, Math.round(f(i))));
  switch (id) {
    case 'lesson': return [...LESSON_LOADS];
    case 'steady': return at(() => peak / 2);
    case 'ramp': return at((i) => (n === 1 ? peak : (peak * i) / (n - 1)));
    case 'spike': return at((i) => (i === Math.floor(n / 2) ? peak : peak * 0.1));
    case 'diurnal': return at((i) => peak * (0.55 - 0.45 * Math.cos((2 * Math.PI * i) / n)));
    case 'flash_crowd': {
      const start = Math.floor(n / 4);
      return at((i) => (i < start ? peak * 0.1 : peak * (0.1 + 0.9 * Math.exp(-(i - start) / Math.max(1, n / 6)))));
    }
    case 'random': {
      const random = seededRandom(seed);
      return at(() => random() * peak);
    }
  }
}
