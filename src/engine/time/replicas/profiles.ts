/**
 * GPU profiles for the LLM replica: the five numbers of LLM-SERVING.md's iteration model (one iteration = one decode
 * token for every running sequence + up to max_num_batched_tokens of prompt prefill, taking
 * `itl_base_ms + itl_per_seq_ms x running + prefill_ms_per_token x prefill tokens`), with their sources; and the
 * check of a user's profile file (`--gpu-profile FILE.json`): exactly those keys (+ optional `name`), each above 0.
 */
import { formatNumber } from '../../format';
import type { Result, ValidationError } from '../../lesson/validate';
import type { GpuProfile, LlmSettings } from '../types';

/**
 * An 8B model (Llama-3-8B) on one A100 80 GB, from Vidur's profiled tables (microsoft/vidur, MIT; non-attention time
 * per forward pass x 32 layers, derived): 9.7 ms at 1 token per step, 11.2 ms at 64 -> per sequence (11.2 - 9.7) / 64;
 * prefill (145.6 - 34.6) ms / (2048 - 512) tokens. max_num_seqs: vLLM's default 256 (vllm/engine/arg_utils.py).
 * KV cache: 128 KiB per token (32 layers x 8 KV heads x 128 dims x 2 x 2 bytes); 80 GB x 0.9 - 16 GB weights leaves
 * ~50 GB, about 400,000 tokens.
 */
export const A100_8B: GpuProfile = {
  name: 'a100-80gb-llama3-8b',
  itl_base_ms: 9.7,
  itl_per_seq_ms: 0.023,
  prefill_ms_per_token: 0.072,
  max_num_seqs: 256,
  kv_cache_tokens: 400_000,
};

/**
 * An 8B model on one H100 80 GB: ITL = 7.0 + 0.027 x batch, llm-d's workload-variant-autoscaler fit for
 * Llama-3.1-8B (docs/tutorials/parameter-estimation.md: a = 6.973 ms, b = 0.027 ms); prefill from Vidur's Llama-2-7B
 * H100 table, (40.3 - 12.0) ms / (2048 - 512) tokens; max_num_seqs 256 (vLLM's older default; 1024 is its default on
 * H100-class GPUs now: raise it in a profile file to see the difference); KV cache as the A100's (same 80 GB).
 */
export const H100_8B: GpuProfile = {
  name: 'h100-80gb-llama3-8b',
  itl_base_ms: 7.0,
  itl_per_seq_ms: 0.027,
  prefill_ms_per_token: 0.018,
  max_num_seqs: 256,
  kv_cache_tokens: 400_000,
};

/** Profiles by the name `--gpu-profile` takes; the first is the default. */
export const GPU_PROFILES: { readonly [name: string]: GpuProfile } = { a100: A100_8B, h100: H100_8B };
export const GPU_PROFILE_NAMES: readonly string[] = Object.keys(GPU_PROFILES);

/** vLLM's default chunked-prefill budget per iteration (max_num_batched_tokens). */
export const DEFAULT_MAX_BATCHED_TOKENS = 2048;

/** The LLM replica's defaults: the A100 profile, vLLM's 2,048-token prefill chunks, Dynamo planner's objectives. */
export const DEFAULT_LLM_SETTINGS: LlmSettings = {
  profile: A100_8B,
  max_num_batched_tokens: DEFAULT_MAX_BATCHED_TOKENS,
  slo_ttft_ms: 500,
  slo_itl_ms: 50,
};

const PROFILE_KEYS = ['itl_base_ms', 'itl_per_seq_ms', 'prefill_ms_per_token', 'max_num_seqs', 'kv_cache_tokens'] as const;
const WHOLE: ReadonlySet<string> = new Set(['max_num_seqs', 'kv_cache_tokens']);

/** Decode ITL of one iteration with `running` sequences and no prefill, ms. */
export const itlMs = (profile: GpuProfile, running: number): number => profile.itl_base_ms + profile.itl_per_seq_ms * running;

/**
 * Checks a profile object (parsed JSON): exactly the five keys (+ optional string `name`), each a finite number above
 * 0 (`max_num_seqs` and `kv_cache_tokens` whole). Each error names its key.
 */
export function validateGpuProfile(input: unknown, source = 'profile'): Result<GpuProfile> {
  const errors: ValidationError[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ path: source, message: 'a GPU profile must be a JSON object', hint: `give the keys ${PROFILE_KEYS.join(', ')}` }] };
  }
  const record = input as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key === 'name') {
      if (typeof record.name !== 'string') errors.push({ path: `${source}: name`, message: 'name must be a string', hint: 'e.g. "name": "a100-8b"' });
    } else if (!(PROFILE_KEYS as readonly string[]).includes(key)) {
      errors.push({ path: `${source}: ${key}`, message: `unknown key "${key}"`, hint: `the keys are ${PROFILE_KEYS.join(', ')} and an optional name` });
    }
  }
  const out: Record<string, number | string> = {};
  for (const key of PROFILE_KEYS) {
    const value = record[key];
    if (value === undefined) { errors.push({ path: `${source}: ${key}`, message: `missing key "${key}"`, hint: `add it, e.g. "${key}": ${String(A100_8B[key])}` }); continue; }
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      errors.push({ path: `${source}: ${key}`, message: `${key} must be a number above 0, got ${JSON.stringify(value)}`, hint: `e.g. "${key}": ${String(A100_8B[key])}` });
      continue;
    }
    if (WHOLE.has(key) && !Number.isInteger(value)) {
      errors.push({ path: `${source}: ${key}`, message: `${key} must be a whole number, got ${formatNumber(value)}`, hint: `e.g. "${key}": ${String(A100_8B[key])}` });
      continue;
    }
    out[key] = value;
  }
  if (typeof record.name === 'string') out.name = record.name;
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: out as unknown as GpuProfile };
}
