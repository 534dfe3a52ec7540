/**
 * The lab command's LLM-era inputs, from options to engine settings: the replica model and its GPU profile, the cold
 * start in stages, and request traces (Azure's, shipped in the engine, or a --trace CSV). Pure but for the file reader.
 */
import {
  DEFAULT_COLD_START, DEFAULT_LLM_SETTINGS, decodeTrace, GPU_PROFILES, GPU_PROFILE_NAMES, isLlmTraceName,
  parseColdStartStages, parseRequestCsv, replayTrace, validateGpuProfile,
  type ColdStartSettings, type GpuProfile, type ReplicaSettings, type RequestList, type ValidationError,
} from '../engine/lab';
import { AZURE_CODE } from '../engine/time/traffic/data/azureCode';
import { AZURE_CONV } from '../engine/time/traffic/data/azureConv';
import type { LabOptions } from './labArgs';
import type { ReadTextFile } from './runTrace';

export interface LabLlmInputs {
  readonly replica: ReplicaSettings;
  readonly coldStart: ColdStartSettings | undefined;
  readonly requests: RequestList | undefined;
}

function readProfile(name: string, readFile: ReadTextFile, errors: ValidationError[]): GpuProfile | undefined {
  const known = GPU_PROFILES[name];
  if (known !== undefined) return known;
  let text: string;
  try { text = readFile(name); } catch (error) {
    errors.push({ path: '--gpu-profile', message: `"${name}" is neither a profile (${GPU_PROFILE_NAMES.join(', ')}) nor a readable file: ${error instanceof Error ? error.message : String(error)}`, hint: 'give a profile name or a JSON file' });
    return undefined;
  }
  let parsed: unknown;
  try { parsed = JSON.parse(text); } catch (error) {
    errors.push({ path: name, message: `not JSON: ${error instanceof Error ? error.message : String(error)}`, hint: 'a GPU profile is one JSON object, e.g. {"itl_base_ms": 9.7, ...}' });
    return undefined;
  }
  const checked = validateGpuProfile(parsed, name);
  if (!checked.ok) { errors.push(...checked.errors); return undefined; }
  return checked.value;
}

/** The replica, cold start and requests the options ask for; problems go to `errors` at their flag or file:line. */
export function labLlmInputs(options: LabOptions, seconds: number, readFile: ReadTextFile, errors: ValidationError[]): LabLlmInputs {
  let replica: ReplicaSettings = { kind: 'simple' };
  if (options.replica === 'measured') errors.push({ path: '--replica', message: 'the measured replica takes its batch line and cores from a Live run; the command line has none', hint: 'use --replica simple or llm, or Live in the app' });
  if (options.replica === 'llm') {
    const profile = options.gpuProfile === undefined ? DEFAULT_LLM_SETTINGS.profile : readProfile(options.gpuProfile, readFile, errors);
    replica = {
      kind: 'llm',
      llm: {
        ...DEFAULT_LLM_SETTINGS, profile: profile ?? DEFAULT_LLM_SETTINGS.profile,
        slo_ttft_ms: options.sloTtftMs ?? DEFAULT_LLM_SETTINGS.slo_ttft_ms, slo_itl_ms: options.sloItlMs ?? DEFAULT_LLM_SETTINGS.slo_itl_ms,
      },
    };
  } else {
    for (const [flag, given] of [['--gpu-profile', options.gpuProfile], ['--slo-ttft-ms', options.sloTtftMs], ['--slo-itl-ms', options.sloItlMs]] as const) {
      if (given !== undefined) errors.push({ path: flag, message: `${flag} applies to the LLM replica`, hint: 'add --replica llm' });
    }
  }

  // stages when asked for, or by default under the LLM replica unless --cold-start gives one stage
  let coldStart: ColdStartSettings | undefined;
  const staged = options.coldStartStages !== undefined || (options.replica === 'llm' && options.coldStart === undefined);
  if (options.coldStartStages !== undefined && options.coldStart !== undefined) {
    errors.push({ path: '--cold-start-stages', message: '--cold-start and --cold-start-stages both give the cold start', hint: 'keep one of them' });
  } else if (staged) {
    const stages = options.coldStartStages === undefined ? { ok: true as const, value: DEFAULT_COLD_START.stages } : parseColdStartStages(options.coldStartStages);
    if (stages.ok) coldStart = { ...DEFAULT_COLD_START, stages: stages.value, warm_nodes: options.warmNodes ?? 0 };
    else errors.push(...stages.errors);
  } else if (options.warmNodes !== undefined) {
    errors.push({ path: '--warm-nodes', message: '--warm-nodes needs a cold start in stages (a node stage to skip)', hint: 'add --cold-start-stages node=150,image=190,weights=60,warmup=15' });
  }

  let requests: RequestList | undefined;
  const scale = options.rateScale ?? 1;
  if (options.scenario !== undefined && isLlmTraceName(options.scenario)) {
    requests = replayTrace(decodeTrace(options.scenario === 'azure-conv' ? AZURE_CONV : AZURE_CODE), seconds, scale);
  } else if (options.tracePath !== undefined) {
    let text: string | undefined;
    try { text = readFile(options.tracePath); } catch (error) {
      errors.push({ path: '--trace', message: `cannot read ${options.tracePath}: ${error instanceof Error ? error.message : String(error)}`, hint: 'check the file name and path' });
    }
    const parsed = text === undefined ? undefined : parseRequestCsv(text, options.tracePath);
    if (parsed?.ok) requests = replayTrace(parsed.value, seconds, scale);
    else if (parsed) errors.push(...parsed.errors);
  }
  return { replica, coldStart, requests };
}
