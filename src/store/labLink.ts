/**
 * The Lab's state in its link: traffic (a scenario or points), the policies' configs, the platform, the run's length,
 * seed and arrivals, and the cursor second. Encoding only (pure, types only, so the first screen carries no Lab
 * engine code); the Lab view decodes and validates a link with the engine's validators (features/lab/decodeLab.ts).
 */
import type { NamedPolicy } from '../engine/policies/types';
import type { ArrivalMode, ColdStartStages, GpuProfile, PlatformSettings, ReplicaKind, ScenarioName, TrafficProfile } from '../engine/time/types';
import type { ColdStartMitigation } from '../engine/time/coldStart';
import type { LlmTraceName } from '../engine/time/traffic/traces';
import { toBase64Url } from './urlState';

/** Where the Lab's traffic comes from: a named scenario (shaped to the run's length) or the learner's own points. */
export type LabTraffic =
  | { readonly kind: 'scenario'; readonly name: ScenarioName }
  | { readonly kind: 'points'; readonly profile: TrafficProfile };

/** The Azure LLM inference traces (2023, CC BY 4.0) the Lab replays under the LLM replica. */
export type AzureTraceName = LlmTraceName;

/**
 * The LLM replica's settings in the Lab (kept while the web server is chosen, so switching back loses nothing): the GPU
 * profile, the objectives, the cold start in stages with the mitigations switched on, and an Azure trace to replay in
 * place of the traffic profile.
 */
export interface LabLlm {
  readonly profile: GpuProfile;
  readonly slo_ttft_ms: number;
  readonly slo_itl_ms: number;
  /** the cold start before mitigations */
  readonly stages: ColdStartStages;
  readonly mitigations: readonly ColdStartMitigation[];
  /** GPU nodes the warm pool keeps when its switch is on */
  readonly warm_pool: number;
  /** replay this trace (each request with its own time and token counts) instead of the traffic profile */
  readonly trace?: { readonly name: AzureTraceName; readonly rate_scale: number };
}

/** Everything a Lab run is made from: the store's inputs. The traces are derived from them (by the worker). */
export interface LabInputs {
  readonly traffic: LabTraffic;
  /** 1 to MAX_LAB_POLICIES policies, every one seeing the same arrivals */
  readonly policies: readonly NamedPolicy[];
  readonly platform: PlatformSettings;
  /** ticks (seconds) to run */
  readonly seconds: number;
  readonly seed: number;
  readonly arrivals: ArrivalMode;
  /** the learner chose the run's length; until then it follows the traffic (a CSV's end, a day for diurnal) */
  readonly lengthSet?: boolean;
  /** the replica model; absent: the web server */
  readonly replica?: ReplicaKind;
  /** the LLM replica's settings (absent until the learner first picks the LLM server) */
  readonly llm?: LabLlm;
}

export interface LabShared {
  readonly inputs: LabInputs;
  /** the second the views show, 0 .. seconds-1 */
  readonly cursor: number;
}

export const MAX_LAB_POLICIES = 5;
export const LAB_LINK_VERSION = 1;

/** The link payload: short keys, base64url JSON (the same wrapping as the workspace's link). */
export function encodeLab({ inputs, cursor }: LabShared): string {
  const { traffic, policies, platform, seconds, seed, arrivals, lengthSet, replica, llm } = inputs;
  const tr = traffic.kind === 'scenario' ? { sc: traffic.name } : { pts: traffic.profile.points.map((p) => [p.t, p.rps]) };
  return toBase64Url(JSON.stringify({ v: LAB_LINK_VERSION, tr, p: policies, pl: platform, n: seconds, seed, a: arrivals, ...(lengthSet ? { ls: 1 } : {}),
    ...(replica === 'llm' ? { r: 'llm' } : {}), ...(llm ? { llm } : {}), k: cursor }));
}
