/**
 * The one place the Lab's views and worker take the time engine from (engine/time, engine/policies, engine/formats),
 * so what the Lab uses of the engine is listed once.
 */
export {
  checkTimeRun, DEFAULT_PLATFORM, LATENCY_METHOD, isScenarioName, MAX_CSV_BYTES, MAX_SECONDS, parseTrafficCsv, profileLength, rateAt, rateColumn, SCENARIO_NAMES, SCENARIOS, scenarioProfile,
  simulateTime, tickAt, validatePlatform, validateSeconds,
  type ArrivalMode, type PlatformSettings, type ScenarioName, type TimeRunInput, type TimeSummary, type TimeTick, type TimeTrace, type TrafficProfile,
} from '../../engine/time';
export {
  fittedPolicy, knobDefaultNote, LAB_POLICY_KINDS, misfitReason, modelFor, POLICY_MODELS, targetFits,
  type AnyPolicyModel, type TargetFit, type KnobDoc, type LabPolicyConfig, type LabPolicyKind, type NamedPolicy,
} from '../../engine/policies';
export { validateLabConfig } from '../../engine/formats/validators';
export { exportPolicy, importWithNotes } from '../../engine/formats';
export { readLabTarget } from '../../engine/formats/target';
export { FORMAT_LABELS, FORMAT_SYNTAX, formatInSentence, POLICY_FORMATS, type PolicyFormat } from '../../engine/formats/types';
