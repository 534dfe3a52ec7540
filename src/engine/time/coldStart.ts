/**
 * A GPU replica's cold start in stages, its defaults with their sources, and the mitigations people use as switches.
 * A new replica needs a GPU node, then pulls its image, loads the weights and warms up. The node stage is skipped on
 * a warm node: while fewer than `warm_nodes` nodes are in use (a warm pool, or min replicas on spare nodes), or when a
 * node released by scale-down in the last `node_keep_warm_s` seconds is free (cluster-autoscaler removes an unneeded
 * node after `--scale-down-unneeded-time`, 10 minutes by default).
 */
import { formatNumber } from '../format';
import type { Result, ValidationError } from '../lesson/validate';
import type { ColdStartSettings, ColdStartStage, ColdStartStages } from './types';

export const COLD_START_STAGES: readonly ColdStartStage[] = ['node', 'image', 'weights', 'warmup'];

/**
 * The Lab's defaults for an 8B model (LLM-SERVING.md): node 150 s (a new GPU node takes more than 2 minutes,
 * kserve/kserve#1247, + ~30 s driver install, ai-on-gke best-practices/startup-latency.md); image 190 s (a naive pull
 * and start of a Triton image took 191 s in ai-on-gke's measurement; a Llama-3.1-8B serving image is ~20 GB); weights
 * 60 s (Gemma-7B loaded in 29 s from a fast disk, 213 s from NFS, ai-on-gke); warm-up 15 s (server start, CUDA graphs).
 */
export const DEFAULT_COLD_START_STAGES: ColdStartStages = { node_s: 150, image_s: 190, weights_s: 60, warmup_s: 15 };

/** cluster-autoscaler's `--scale-down-unneeded-time` default: 10 minutes before an unneeded node is removed. */
export const NODE_KEEP_WARM_S = 600;

export const DEFAULT_COLD_START: ColdStartSettings = { stages: DEFAULT_COLD_START_STAGES, warm_nodes: 0, node_keep_warm_s: NODE_KEEP_WARM_S };

export type ColdStartMitigation = 'image_streaming' | 'weight_streaming' | 'hot_start' | 'warm_pool';

/** The mitigations as switches: what each changes, and where the number comes from. */
export const COLD_START_MITIGATIONS: { readonly [K in ColdStartMitigation]: { readonly title: string; readonly effect: string; readonly source: string } } = {
  image_streaming: { title: 'Image streaming', effect: 'image stage 30 s', source: 'GKE image streaming cut a 5.4 GB Triton start from 191 s to 30 s (ai-on-gke)' },
  weight_streaming: { title: 'Weight streaming', effect: 'weights stage 10 s', source: 'the Run:ai model streamer loads up to ~6x faster than Safetensors (NVIDIA)' },
  hot_start: { title: 'Hot start', effect: 'weights stage 4 s', source: "llm-d's hot start: a Qwen3-32B pod from 85.3 s to 4.0 s (llm-d/llm-d#2492)" },
  warm_pool: { title: 'Warm node pool', effect: 'node stage skipped for the first N nodes (N = the pool size, default 2)', source: 'spare GPU nodes kept by a placeholder deployment or a node pool minimum' },
};

/** The settings with the chosen mitigations applied (hot start wins over weight streaming; the pool holds `pool` nodes). */
export function withMitigations(settings: ColdStartSettings, on: readonly ColdStartMitigation[], pool = 2): ColdStartSettings {
  const stages = { ...settings.stages };
  if (on.includes('image_streaming')) stages.image_s = Math.min(stages.image_s, 30);
  if (on.includes('weight_streaming')) stages.weights_s = Math.min(stages.weights_s, 10);
  if (on.includes('hot_start')) stages.weights_s = Math.min(stages.weights_s, 4);
  return { ...settings, stages, warm_nodes: on.includes('warm_pool') ? Math.max(settings.warm_nodes, pool) : settings.warm_nodes };
}

/** Total seconds of a cold start on a cold node. */
export const coldStartTotal = (stages: ColdStartStages): number => stages.node_s + stages.image_s + stages.weights_s + stages.warmup_s;

const STAGE_TEXT = /^\s*(node|image|weights|warmup)\s*=\s*([^,]*)\s*$/;

/**
 * Parses `node=150,image=190,weights=60,warmup=15` (any subset; the rest keep `base`'s values). Whole seconds, 0 or
 * more; errors name the stage.
 */
export function parseColdStartStages(text: string, base: ColdStartStages = DEFAULT_COLD_START_STAGES, path = '--cold-start-stages'): Result<ColdStartStages> {
  const errors: ValidationError[] = [];
  const out: Record<string, number> = { ...base };
  for (const part of text.split(',')) {
    const match = STAGE_TEXT.exec(part);
    if (match === null) {
      errors.push({ path, message: `cannot read "${part.trim()}"`, hint: 'write stage=seconds for node, image, weights, warmup, e.g. node=150,image=30' });
      continue;
    }
    const value = Number(match[2]);
    if (match[2]!.trim() === '' || !Number.isInteger(value) || value < 0 || value > 86_400) {
      errors.push({ path: `${path} ${match[1]}`, message: `${match[1]} must be whole seconds from 0 to 86,400, got "${match[2]!.trim()}"`, hint: `e.g. ${match[1]}=${formatNumber(base[`${match[1]}_s` as keyof ColdStartStages])}` });
      continue;
    }
    out[`${match[1]}_s`] = value;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: out as unknown as ColdStartStages };
}
