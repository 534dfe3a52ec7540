/**
 * The Lab's LLM settings: their defaults (the engine's), their check (a link or a saved setup may hold anything; each
 * error names its field), and what the engine's run input takes from them (the replica, the cold start in stages).
 * Pure: the views, the link decoder and the worker share it.
 */
import { formatNumber } from '../../../engine/format';
import type { Result, ValidationError } from '../../../engine/lesson/validate';
import {
  COLD_START_MITIGATIONS, DEFAULT_COLD_START, DEFAULT_LLM_SETTINGS, LLM_TRACE_NAMES, LLM_TRACES, TRACE_CREDIT, validateGpuProfile, withMitigations,
  type ColdStartMitigation, type ColdStartSettings, type ColdStartStages, type ReplicaSettings,
} from '../../../engine/time';
import type { AzureTraceName, LabInputs, LabLlm } from '../../../store/labLink';

/** The traces the engine ships, with what each is (engine/time/traffic/traces.ts). */
export const AZURE_TRACES: { readonly [K in AzureTraceName]: { readonly title: string; readonly describe: string } } = {
  'azure-conv': { title: 'Azure chat trace', describe: LLM_TRACES['azure-conv'] },
  'azure-code': { title: 'Azure code trace', describe: LLM_TRACES['azure-code'] },
};
export const AZURE_TRACE_NAMES: readonly AzureTraceName[] = LLM_TRACE_NAMES;
/** The credit the trace's licence (CC BY 4.0) asks for, wherever the app offers it: words only, the app makes no external requests. */
export const AZURE_CREDIT = TRACE_CREDIT;

export const MITIGATION_NAMES = Object.keys(COLD_START_MITIGATIONS) as ColdStartMitigation[];
export const MAX_RATE_SCALE = 100;
export const MAX_WARM_POOL = 50;
const MAX_STAGE_S = 86_400;

export const DEFAULT_LAB_LLM: LabLlm = {
  profile: DEFAULT_LLM_SETTINGS.profile,
  slo_ttft_ms: DEFAULT_LLM_SETTINGS.slo_ttft_ms,
  slo_itl_ms: DEFAULT_LLM_SETTINGS.slo_itl_ms,
  stages: DEFAULT_COLD_START.stages,
  mitigations: [],
  warm_pool: 2,
};

/** The LLM settings in force (the defaults until the learner changes one). */
export const llmOf = (inputs: LabInputs): LabLlm => inputs.llm ?? DEFAULT_LAB_LLM;
export const isLlm = (inputs: LabInputs): boolean => inputs.replica === 'llm';

/** The cold start the run uses: the stages with the switched-on mitigations applied. */
export function coldStartOf(llm: LabLlm): ColdStartSettings {
  return withMitigations({ ...DEFAULT_COLD_START, stages: llm.stages }, llm.mitigations, llm.warm_pool);
}

/** The engine's replica settings for some Lab inputs (the web server unless the LLM server is chosen). */
export function replicaOf(inputs: LabInputs): ReplicaSettings {
  if (!isLlm(inputs)) return { kind: 'simple' };
  const llm = llmOf(inputs);
  return { kind: 'llm', llm: { ...DEFAULT_LLM_SETTINGS, profile: llm.profile, slo_ttft_ms: llm.slo_ttft_ms, slo_itl_ms: llm.slo_itl_ms } };
}

const STAGE_KEYS: readonly (keyof ColdStartStages)[] = ['node_s', 'image_s', 'weights_s', 'warmup_s'];

/** Checks one objective, ms: a number above 0 and at most a minute. */
export function checkObjective(value: unknown, key: 'slo_ttft_ms' | 'slo_itl_ms'): ValidationError | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= 60_000 ? null
    : { path: key, message: `${key} must be milliseconds above 0 and at most 60,000, got ${JSON.stringify(value)}`, hint: `e.g. ${key === 'slo_ttft_ms' ? 500 : 50} (Dynamo's planner default)` };
}

/** Checks one stage's seconds: whole, 0 to a day. */
export function checkStage(value: unknown, key: keyof ColdStartStages): ValidationError | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_STAGE_S ? null
    : { path: `stages.${key}`, message: `${key} must be whole seconds from 0 to ${formatNumber(MAX_STAGE_S)}, got ${JSON.stringify(value)}`, hint: `e.g. ${DEFAULT_COLD_START.stages[key]}` };
}

export function checkRateScale(value: unknown): ValidationError | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= MAX_RATE_SCALE ? null
    : { path: 'trace.rate_scale', message: `the rate scale must be above 0 and at most ${MAX_RATE_SCALE}, got ${JSON.stringify(value)}`, hint: '1 replays the trace as recorded, 4 four times as fast' };
}

/** A LabLlm from anything (a link's or a saved setup's payload); every problem is named by its field. */
export function validateLabLlm(input: unknown): Result<LabLlm> {
  const errors: ValidationError[] = [];
  const raw = (typeof input === 'object' && input !== null && !Array.isArray(input) ? input : {}) as Record<string, unknown>;
  const profile = validateGpuProfile(raw.profile, 'profile');
  if (!profile.ok) errors.push(...profile.errors);
  for (const key of ['slo_ttft_ms', 'slo_itl_ms'] as const) { const e = checkObjective(raw[key], key); if (e) errors.push(e); }
  const stages = (typeof raw.stages === 'object' && raw.stages !== null ? raw.stages : {}) as Record<string, unknown>;
  for (const key of STAGE_KEYS) { const e = checkStage(stages[key], key); if (e) errors.push(e); }
  const mitigations = Array.isArray(raw.mitigations) ? raw.mitigations : [];
  const unknown = mitigations.filter((m) => !(MITIGATION_NAMES as unknown[]).includes(m));
  if (!Array.isArray(raw.mitigations) || unknown.length > 0) {
    errors.push({ path: 'mitigations', message: `unknown mitigation ${JSON.stringify(unknown[0] ?? raw.mitigations)}`, hint: `use any of ${MITIGATION_NAMES.join(', ')}` });
  }
  const pool = raw.warm_pool;
  if (typeof pool !== 'number' || !Number.isInteger(pool) || pool < 0 || pool > MAX_WARM_POOL) {
    errors.push({ path: 'warm_pool', message: `the warm pool must be a whole number of nodes from 0 to ${MAX_WARM_POOL}, got ${JSON.stringify(pool)}`, hint: 'e.g. 2' });
  }
  let trace: LabLlm['trace'];
  if (raw.trace !== undefined) {
    const { name, rate_scale: scale } = (typeof raw.trace === 'object' && raw.trace !== null ? raw.trace : {}) as Record<string, unknown>;
    if (!(AZURE_TRACE_NAMES as unknown[]).includes(name)) errors.push({ path: 'trace.name', message: `"${String(name)}" is not a trace the Lab ships`, hint: `use ${AZURE_TRACE_NAMES.join(' or ')}` });
    const e = checkRateScale(scale);
    if (e) errors.push(e);
    else trace = { name: name as AzureTraceName, rate_scale: scale as number };
  }
  if (errors.length > 0 || !profile.ok) return { ok: false, errors };
  return {
    ok: true,
    value: {
      profile: profile.value, slo_ttft_ms: raw.slo_ttft_ms as number, slo_itl_ms: raw.slo_itl_ms as number,
      stages: Object.fromEntries(STAGE_KEYS.map((k) => [k, stages[k]])) as unknown as ColdStartStages,
      mitigations: [...new Set(mitigations as ColdStartMitigation[])], warm_pool: pool as number, ...(trace ? { trace } : {}),
    },
  };
}
