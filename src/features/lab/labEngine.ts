/**
 * The one place the Lab's views and worker take the time engine from (engine/time, engine/policies, engine/formats),
 * so what the Lab uses of the engine is listed once.
 */
export type { ArrivalMode, PlatformSettings, ScenarioName, TimeRunInput, TimeSummary, TimeTrace, TrafficProfile } from '../../engine/time/types';
export type { KnobDoc, LabPolicyConfig, LabPolicyKind, NamedPolicy } from '../../engine/policies/types';
export { LAB_POLICY_KINDS } from '../../engine/policies/types';
export { DEFAULT_PLATFORM, MAX_SECONDS, validatePlatform, validateSeconds } from '../../engine/time/platform';
export { parseTrafficCsv } from '../../engine/time/csv';
export { isScenarioName, SCENARIO_NAMES, SCENARIOS, scenarioProfile, rateColumn } from '../../engine/time/traffic';
export { POLICY_MODELS, modelFor, type AnyPolicyModel } from '../../engine/policies/registry';
export { validateLabConfig } from '../../engine/formats/validators';
export { simulateTime } from '../../engine/time/simulateTime';
export { exportPolicy, importPolicies } from '../../engine/formats';
export { FORMAT_LABELS, FORMAT_SYNTAX, POLICY_FORMATS, type PolicyFormat } from '../../engine/formats/types';
