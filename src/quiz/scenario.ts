/** Scenarios drawn from a seed: the lesson's, or a random threshold or target-tracking config on a preset load shape. */
import {
  LESSON_CONFIG, LESSON_LOADS, presetLoads, seededRandom, validateConfig,
  type PresetId, type ScalingConfig,
} from '../engine';
import { configText } from './build';
import type { Scenario } from './types';

export const LESSON_SCENARIO: Scenario = { config: LESSON_CONFIG, loads: LESSON_LOADS };

const SHAPES: readonly PresetId[] = ['ramp', 'spike', 'diurnal', 'flash_crowd', 'random'];
const TARGETS = [0.5, 0.6, 0.7, 0.75, 0.8];

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;
const between = (low: number, high: number, random: () => number) => low + Math.floor(random() * (high - low + 1));

/** The same seed always gives the same scenario; about one in four is the lesson's own. */
export function scenarioFromSeed(seed: number): Scenario {
  const random = seededRandom(seed ^ 0x5eed5eed);
  const roll = random();
  if (roll < 0.25) return LESSON_SCENARIO;
  const shape = pick(SHAPES, random);
  const steps = between(6, 12, random);
  const min = between(1, 2, random);
  const bounds = { min_servers: min, max_servers: min + between(2, 6, random), initial_servers: min };
  let raw: Record<string, unknown>;
  let peak: number;
  if (roll < 0.65) {
    const upper = 20 * between(3, 10, random);
    raw = {
      policy: 'threshold', ...bounds, upper_threshold: upper,
      lower_threshold: 5 * between(1, Math.floor(upper / 15), random), scale_step: random() < 0.8 ? 1 : 2,
    };
    peak = Math.round(upper * (1.3 + random() * 1.2));
  } else {
    const target = pick(TARGETS, random);
    const capacity = 10 * between(2, 10, random);
    raw = { policy: 'target_tracking', ...bounds, target_utilization: target, capacity_per_server: capacity, tolerance: pick([0, 0, 0.1], random) };
    peak = Math.round(capacity * target * (bounds.max_servers + 1) * (0.6 + random() * 0.6));
  }
  const result = validateConfig(raw);
  const config: ScalingConfig = result.ok ? result.value : LESSON_CONFIG;
  return { config, loads: presetLoads(shape, { steps, peak, seed }), configText: configText(config) };
}
