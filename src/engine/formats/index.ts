/** Manifest import and export for the Lab: the Lab's JSON and real autoscaler configs, in and out. Pure TypeScript. */
export { importPolicies, importWithNotes, detectFormat } from './import';
export { exportPolicy } from './export';
export { errorLine } from './document';
export { rateTracking, type RateTracking, type Correspondence } from './correspond';
export { validateLabConfig, validateSageMakerLabConfig } from './validators';
export { parseQuantity, formatQuantity, parseDuration, formatDuration as formatGoDuration } from './units';
export {
  FORMAT_LABELS, FORMAT_SYNTAX, POLICY_FORMATS, LAB_ANNOTATION, formatInSentence,
  type PolicyFormat, type ExportedPolicy, type ImportedPolicies,
} from './types';
