/** Validation at the boundary: any JSON value in, a result out, never a throw. */
import { scanJsonText } from '../jsonText';
import {
  KNOWN_KEYS, LESSON_CONFIG, LIMITS, TARGET_TRACKING_DEFAULTS, TARGET_TRACKING_KEYS, THRESHOLD_KEYS,
  type PolicyKind, type ScalingConfig,
} from './config';
import { formatNumber } from '../format';

export interface ValidationError {
  /** dotted path of the offending value, '' for the whole document, e.g. "min_servers" or "loads[3]" */
  readonly path: string;
  readonly message: string;
  readonly hint: string;
}

export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly ValidationError[] };

/** Names people reach for, mapped to the key this app uses. */
const SYNONYMS: Readonly<Record<string, string>> = {
  scale_up_threshold: 'upper_threshold',
  scale_down_threshold: 'lower_threshold',
  high_threshold: 'upper_threshold',
  low_threshold: 'lower_threshold',
  min_instances: 'min_servers',
  max_instances: 'max_servers',
  min_replicas: 'min_servers',
  max_replicas: 'max_servers',
  initial_instances: 'initial_servers',
  target_cpu: 'target_utilization',
  capacity: 'capacity_per_server',
  step: 'scale_step',
};

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The known key a mistyped or foreign key most likely meant, if any is close. */
export function nearestKey(key: string): string | undefined {
  const lower = key.toLowerCase().replace(/[-\s]/g, '_');
  if (Object.hasOwn(SYNONYMS, lower)) return SYNONYMS[lower];
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const known of KNOWN_KEYS) {
    const distance = editDistance(lower, known);
    if (distance < bestDistance) [best, bestDistance] = [known, distance];
  }
  return bestDistance <= Math.max(2, Math.floor(lower.length / 3)) ? best : undefined;
}

/** A value as an error message names it: null, a list, the text "…", a number, an object. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text "${value.length > 20 ? `${value.slice(0, 20)}…` : value}"`;
  if (typeof value === 'number') return formatNumber(value);
  return typeof value === 'object' ? 'an object' : String(value);
}

interface NumberRule {
  readonly integer?: boolean;
  readonly min: number;
  readonly max: number;
  readonly minExclusive?: boolean;
  readonly what: string;
}

/** Checks one numeric field; pushes at most one error and returns the number when it passed. */
function checkNumber(errors: ValidationError[], path: string, value: unknown, rule: NumberRule): number | undefined {
  const fail = (message: string, hint: string) => { errors.push({ path, message, hint }); return undefined; };
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    return fail(`${path} must be a number, not text`, `remove the quotes: ${value.trim()}`);
  }
  if (typeof value !== 'number') return fail(`${path} must be a number, got ${describeValue(value)}`, `use ${rule.what}`);
  if (!Number.isFinite(value)) return fail(`${path} must be a finite number, got ${String(value)}`, `use ${rule.what}`);
  if (rule.integer && !Number.isInteger(value)) {
    return fail(`${path} must be a whole number, got ${formatNumber(value)}`, `servers come whole: try ${Math.max(rule.min, Math.round(value))}`);
  }
  if (value < 0 && rule.min >= 0) return fail(`${path} cannot be negative, got ${formatNumber(value)}`, `use ${rule.what}`);
  if (value < rule.min || (rule.minExclusive && value === rule.min)) {
    return fail(`${path} must be ${rule.minExclusive ? 'above' : 'at least'} ${formatNumber(rule.min)}, got ${formatNumber(value)}`, `use ${rule.what}`);
  }
  if (value > rule.max) return fail(`${path} is too large (${formatNumber(value)}); the most this app accepts is ${formatNumber(rule.max)}`, `use ${rule.what}`);
  return value;
}

const SERVERS: NumberRule = { integer: true, min: 1, max: LIMITS.maxServers, what: `a whole number of servers from 1 to ${LIMITS.maxServers}` };
const REQUESTS: NumberRule = { min: 0, max: LIMITS.maxLoad, what: 'requests per step, a number 0 or more' };

function inferPolicy(input: Record<string, unknown>): PolicyKind {
  return TARGET_TRACKING_KEYS.some((key) => key in input) && !THRESHOLD_KEYS.some((key) => key in input)
    ? 'target_tracking' : 'threshold';
}

/**
 * Validates any value as a scaling config. Keys left out take the lesson's defaults
 * (or the target-tracking defaults), so `{"upper_threshold": 150}` is a complete config.
 */
export function validateConfig(input: unknown): Result<ScalingConfig> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ path: '', message: `The config must be a JSON object, got ${describeValue(input)}`, hint: 'start from {"upper_threshold": 100, "lower_threshold": 20}' }] };
  }
  const raw = input as Record<string, unknown>;
  const errors: ValidationError[] = [];

  for (const key of Object.keys(raw)) {
    if (KNOWN_KEYS.includes(key)) continue;
    const near = nearestKey(key);
    errors.push({ path: key, message: `Unknown key "${key}"`, hint: near ? `did you mean "${near}"?` : `known keys: ${KNOWN_KEYS.join(', ')}` });
  }

  let policy: PolicyKind = inferPolicy(raw);
  if ('policy' in raw) {
    if (raw.policy === 'threshold' || raw.policy === 'target_tracking') policy = raw.policy;
    else errors.push({ path: 'policy', message: `policy must be "threshold" or "target_tracking", got ${describeValue(raw.policy)}`, hint: 'use "threshold" for the lesson\'s loop' });
  }
  const otherKeys = policy === 'threshold' ? TARGET_TRACKING_KEYS : THRESHOLD_KEYS;
  for (const key of otherKeys) {
    if (key in raw) errors.push({ path: key, message: `${key} belongs to the ${policy === 'threshold' ? 'target_tracking' : 'threshold'} policy, but policy is "${policy}"`, hint: `remove ${key}, or set "policy" to "${policy === 'threshold' ? 'target_tracking' : 'threshold'}"` });
  }

  const defaults = policy === 'threshold' ? LESSON_CONFIG : TARGET_TRACKING_DEFAULTS;
  const field = (key: string, rule: NumberRule, fallback: number) =>
    key in raw ? checkNumber(errors, key, raw[key], rule) : fallback;

  const min = field('min_servers', SERVERS, defaults.min_servers);
  const max = field('max_servers', SERVERS, Math.max(defaults.max_servers, min ?? 1));
  if (min !== undefined && max !== undefined && min > max) {
    errors.push({ path: 'min_servers', message: `min_servers (${min}) is greater than max_servers (${max})`, hint: `they look swapped: try "min_servers": ${max}, "max_servers": ${min}` });
  }
  const initial = field('initial_servers', SERVERS, min ?? defaults.min_servers);
  if (initial !== undefined && min !== undefined && max !== undefined && min <= max && (initial < min || initial > max)) {
    errors.push({ path: 'initial_servers', message: `initial_servers (${initial}) must be between min_servers (${min}) and max_servers (${max})`, hint: `try ${Math.min(Math.max(initial, min), max)}` });
  }

  if (policy === 'threshold') {
    const upper = field('upper_threshold', REQUESTS, LESSON_CONFIG.upper_threshold);
    const lower = field('lower_threshold', REQUESTS, LESSON_CONFIG.lower_threshold);
    const step = field('scale_step', { ...SERVERS, what: 'a whole number of servers per decision, 1 or more' }, 1);
    if (upper !== undefined && lower !== undefined && lower >= upper) {
      errors.push({ path: 'lower_threshold', message: `lower_threshold (${formatNumber(lower)}) must be below upper_threshold (${formatNumber(upper)})`, hint: lower > upper ? 'they look swapped: the lower threshold is where servers are removed' : 'leave a gap between them, or the endpoint flaps up and down' });
    }
    if (errors.length > 0 || min === undefined || max === undefined || initial === undefined || upper === undefined || lower === undefined || step === undefined) return { ok: false, errors };
    return { ok: true, value: { policy, min_servers: min, max_servers: max, initial_servers: initial, upper_threshold: upper, lower_threshold: lower, scale_step: step } };
  }

  let target: number | undefined = TARGET_TRACKING_DEFAULTS.target_utilization;
  if ('target_utilization' in raw) {
    const value = raw.target_utilization;
    if (typeof value === 'number' && Number.isFinite(value) && value > 1 && value <= 100) {
      errors.push({ path: 'target_utilization', message: `target_utilization must be a decimal between 0 and 1, got ${formatNumber(value)}`, hint: `it looks like a percentage: did you mean ${formatNumber(value / 100)}?` });
      target = undefined;
    } else {
      target = checkNumber(errors, 'target_utilization', value, { min: 0, minExclusive: true, max: 1, what: 'a decimal in (0, 1], e.g. 0.6 for 60 %' });
    }
  }
  const capacity = field('capacity_per_server', { min: 0, minExclusive: true, max: LIMITS.maxLoad, what: 'requests one server handles per step, above 0' }, TARGET_TRACKING_DEFAULTS.capacity_per_server);
  const tolerance = field('tolerance', { min: 0, max: 0.99, what: 'a decimal from 0 to 0.99, e.g. 0.1 for 10 %' }, 0);
  if (errors.length > 0 || min === undefined || max === undefined || initial === undefined || target === undefined || capacity === undefined || tolerance === undefined) return { ok: false, errors };
  return { ok: true, value: { policy, min_servers: min, max_servers: max, initial_servers: initial, target_utilization: target, capacity_per_server: capacity, tolerance } };
}

/** Most errors one load sequence reports, so a long bad list stays readable. */
export const MAX_REPORTED = 20;

/** Validates a load sequence: a list of non-negative finite numbers, at most LIMITS.maxSteps long. */
export function validateLoads(input: unknown): Result<readonly number[]> {
  if (!Array.isArray(input)) return { ok: false, errors: [{ path: 'loads', message: `loads must be a list of numbers, got ${describeValue(input)}`, hint: 'e.g. [10, 50, 120, 80, 30, 5]' }] };
  if (input.length === 0) return { ok: false, errors: [{ path: 'loads', message: 'loads is empty', hint: 'give at least one step, e.g. [10, 50, 120]' }] };
  if (input.length > LIMITS.maxSteps) return { ok: false, errors: [{ path: 'loads', message: `loads has ${input.length} steps; the most is ${LIMITS.maxSteps}`, hint: 'shorten the sequence' }] };
  const errors: ValidationError[] = [];
  for (let i = 0; i < input.length && errors.length < MAX_REPORTED; i++) checkNumber(errors, `loads[${i}]`, input[i], REQUESTS);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: input as number[] };
}

/** Parses config text (JSON) and validates it; a syntax error names its line and column. */
export function parseConfigText(text: string): Result<ScalingConfig> {
  let parsed: unknown;
  const facts = scanJsonText(text);
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    if (facts.trailingComma !== undefined) {
      const at = lineAndColumn(text, facts.trailingComma);
      return { ok: false, errors: [{ path: '', message: `The config is not valid JSON: a comma after the last entry (line ${at.line}, column ${at.column})`, hint: 'remove the comma after the last entry: JSON allows none there' }] };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: '', message: `The config is not valid JSON: ${message}${locate(text, message)}`, hint: 'check for a missing comma, quote or brace' }] };
  }
  if (facts.duplicates.length > 0) {
    return {
      ok: false,
      errors: facts.duplicates.slice(0, MAX_REPORTED).map(({ path, lines }) => ({
        path, message: `${path} is written twice (lines ${lines[0]} and ${lines[1]}); JSON would silently keep only the last one`, hint: 'keep one of them',
      })),
    };
  }
  return validateConfig(parsed);
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}

function locate(text: string, message: string): string {
  const match = /position (\d+)/.exec(message);
  if (!match || /line \d+/.test(message)) return '';
  const { line, column } = lineAndColumn(text, Number(match[1]));
  return ` (line ${line}, column ${column})`;
}
