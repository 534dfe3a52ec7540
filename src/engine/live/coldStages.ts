/**
 * A Live replica's cold start, measured in parts, as the Lab's staged cold start (engine/time/coldStart.ts), so the
 * simulated replicas go through the same stages. There is no GPU node to get: the node stage is 0 and no node is kept
 * warm. The worker's spawn and start (up to its weight fetch) is the image stage (the serving image pulled and started),
 * the weight fetch and the emulated large-model load are the weights stage, the warm-up pass is the warm-up stage.
 * The Lab counts whole seconds: the stages take the mean total rounded up (as the one-stage cold start did), shared out
 * by largest remainder, so no stage is rounded up on its own. Pure.
 */
import type { ColdStartSettings, ColdStartStage, ColdStartStages } from '../time/types';

/** One replica's cold start in its measured parts, milliseconds (features/live/protocol's ColdStart). */
export interface ColdStartParts {
  /** from the dispatcher's request to the replica's first line of script (worker spawn and module load) */
  readonly spawnMs: number;
  /** fetching the float32 weights from the app's own origin */
  readonly fetchMs: number;
  /** one forward pass on a request's worth of digits, so the first real request does not pay for the JIT */
  readonly warmupMs: number;
  /** the optional extra load delay that emulates a large model: a wait, not work (0 when off) */
  readonly extraMs: number;
  /** from the request to ready: the parts, and the wait between the script's start and its first message */
  readonly totalMs: number;
}

export type LivePart = 'start' | 'fetch' | 'extra' | 'warmup';

/** Each measured part in words, and the simulator's stage it is. */
export const LIVE_PARTS: { readonly [P in LivePart]: { readonly label: string; readonly stage: ColdStartStage } } = {
  start: { label: 'worker spawn and start', stage: 'image' },
  fetch: { label: 'weight fetch', stage: 'weights' },
  extra: { label: 'emulated large-model load', stage: 'weights' },
  warmup: { label: 'warm-up pass', stage: 'warmup' },
};

export interface MeasuredStage {
  readonly stage: Exclude<ColdStartStage, 'node'>;
  /** the parts measured in this stage, with their mean milliseconds */
  readonly parts: readonly { readonly part: LivePart; readonly label: string; readonly ms: number }[];
  /** mean milliseconds measured */
  readonly ms: number;
  /** whole seconds the simulation gives it */
  readonly s: number;
}

export interface MeasuredColdStart {
  /** what the simulation is given (absent before any replica was ready) */
  readonly settings: ColdStartSettings;
  readonly stages: readonly MeasuredStage[];
  readonly totalMs: number;
  /** the whole seconds of all stages: the mean total rounded up */
  readonly totalS: number;
}

const mean = (values: readonly number[]): number => (values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : 0);

/** Whole seconds for each value, summing to `total`, the largest remainders rounded up first (ties: the earlier). */
export function shareWholeSeconds(values: readonly number[], total: number): number[] {
  const floors = values.map((v) => Math.floor(Math.max(0, v)));
  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = values.map((v, i) => ({ i, rest: Math.max(0, v) - floors[i]! })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]!++;
    left--;
  }
  return floors;
}

/** The measured cold starts (their mean parts) as the simulation's stages. */
export function measuredColdStart(coldStarts: readonly ColdStartParts[]): MeasuredColdStart {
  const part = (key: LivePart): number => mean(coldStarts.map((c) => {
    switch (key) {
      case 'start': return Math.max(c.spawnMs, c.totalMs - c.fetchMs - c.warmupMs - c.extraMs);
      case 'fetch': return c.fetchMs;
      case 'extra': return c.extraMs;
      case 'warmup': return c.warmupMs;
    }
  }));
  const measured = (['start', 'fetch', 'extra', 'warmup'] as const).map((key) => ({ part: key, label: LIVE_PARTS[key].label, ms: part(key) }));
  const order = ['image', 'weights', 'warmup'] as const;
  const grouped = order.map((stage) => {
    const parts = measured.filter((m) => LIVE_PARTS[m.part].stage === stage && (m.part !== 'extra' || m.ms > 0));
    return { stage, parts, ms: parts.reduce((a, m) => a + m.ms, 0) };
  });
  const totalMs = grouped.reduce((a, g) => a + g.ms, 0);
  const totalS = Math.ceil(totalMs / 1000);
  const whole = shareWholeSeconds(grouped.map((g) => g.ms / 1000), totalS);
  const stages = grouped.map((g, i) => ({ ...g, s: whole[i]! }));
  const seconds: ColdStartStages = { node_s: 0, image_s: stages[0]!.s, weights_s: stages[1]!.s, warmup_s: stages[2]!.s };
  return { settings: { stages: seconds, warm_nodes: 0, node_keep_warm_s: 0 }, stages, totalMs, totalS };
}
