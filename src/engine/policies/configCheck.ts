/**
 * Small checkers the policy validators share: each reads one field of a plain object, pushes at most one error with its
 * dotted path, and returns the value (or the fallback when the key is absent). Never throws.
 */
import { formatNumber } from '../format';
import { editDistance, type ValidationError } from '../lesson/validate';

export type PlainObject = Readonly<Record<string, unknown>>;

/** The largest replica count the Lab accepts for any policy. */
export const LAB_MAX_REPLICAS = 1000;

export function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text "${value.length > 20 ? `${value.slice(0, 20)}…` : value}"`;
  if (typeof value === 'number') return formatNumber(value);
  return typeof value === 'object' ? 'an object' : String(value);
}

export function joinPath(prefix: string, key: string | number): string {
  if (typeof key === 'number') return `${prefix}[${key}]`;
  return prefix === '' ? key : `${prefix}.${key}`;
}

/** The known key a mistyped one most likely meant (case, dashes and camelCase forgiven), if any is close. */
export function nearestOf(key: string, known: readonly string[]): string | undefined {
  const normal = key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().replace(/[-\s]/g, '_');
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(normal, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= Math.max(2, Math.floor(normal.length / 3)) ? best : undefined;
}

/** Reports every key of `obj` not in `known`, with the nearest known key as the hint. */
export function checkKeys(errors: ValidationError[], obj: PlainObject, known: readonly string[], prefix: string): void {
  for (const key of Object.keys(obj)) {
    if (known.includes(key)) continue;
    const near = nearestOf(key, known);
    errors.push({
      path: joinPath(prefix, key),
      message: `Unknown key "${key}"`,
      hint: near ? `did you mean "${near}"?` : `known keys here: ${known.join(', ')}`,
    });
  }
}

export interface NumberSpec {
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
  readonly minExclusive?: boolean;
  /** what a good value looks like, for the hint: "a whole number of replicas from 1 to 1000" */
  readonly what: string;
}

/** Checks `obj[key]` as a number; absent -> fallback. */
export function numberField(errors: ValidationError[], obj: PlainObject, key: string, prefix: string, spec: NumberSpec, fallback: number): number | undefined {
  if (!(key in obj) || obj[key] === undefined) return fallback;
  return checkNumber(errors, joinPath(prefix, key), obj[key], spec);
}

export function checkNumber(errors: ValidationError[], path: string, value: unknown, spec: NumberSpec): number | undefined {
  const fail = (message: string) => { errors.push({ path, message, hint: `use ${spec.what}` }); return undefined; };
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    errors.push({ path, message: `${path} must be a number, not text`, hint: `remove the quotes: ${value.trim()}` });
    return undefined;
  }
  if (typeof value !== 'number') return fail(`${path} must be a number, got ${describeValue(value)}`);
  if (!Number.isFinite(value)) return fail(`${path} must be a finite number, got ${String(value)}`);
  if (spec.integer && !Number.isInteger(value)) return fail(`${path} must be a whole number, got ${formatNumber(value)}`);
  if (value < 0 && spec.min >= 0) return fail(`${path} cannot be negative, got ${formatNumber(value)}`);
  if (value < spec.min || (spec.minExclusive && value === spec.min)) {
    return fail(`${path} must be ${spec.minExclusive ? 'above' : 'at least'} ${formatNumber(spec.min)}, got ${formatNumber(value)}`);
  }
  if (value > spec.max) return fail(`${path} is too large (${formatNumber(value)}); the most the Lab accepts is ${formatNumber(spec.max)}`);
  return value;
}

export function booleanField(errors: ValidationError[], obj: PlainObject, key: string, prefix: string, fallback: boolean): boolean | undefined {
  if (!(key in obj) || obj[key] === undefined) return fallback;
  const value = obj[key];
  if (typeof value === 'boolean') return value;
  const path = joinPath(prefix, key);
  const asText = typeof value === 'string' ? value.trim().toLowerCase() : '';
  errors.push({
    path,
    message: `${path} must be true or false, got ${describeValue(value)}`,
    hint: asText === 'true' || asText === 'false' ? `remove the quotes: ${asText}` : 'use true or false',
  });
  return undefined;
}

/** Checks `obj[key]` against the allowed strings; a wrong case is named ("max" -> "Max"). */
export function choiceField<T extends string>(errors: ValidationError[], obj: PlainObject, key: string, prefix: string, allowed: readonly T[], fallback: T): T | undefined {
  if (!(key in obj) || obj[key] === undefined) return fallback;
  return checkChoice(errors, joinPath(prefix, key), obj[key], allowed);
}

export function checkChoice<T extends string>(errors: ValidationError[], path: string, value: unknown, allowed: readonly T[]): T | undefined {
  const found = allowed.find((choice) => choice === value);
  if (found !== undefined) return found;
  const list = allowed.map((choice) => `"${choice}"`).join(', ');
  const sameLetters = typeof value === 'string' ? allowed.find((choice) => choice.toLowerCase() === value.trim().toLowerCase()) : undefined;
  errors.push({
    path,
    message: `${path} must be one of ${list}, got ${describeValue(value)}`,
    hint: sameLetters !== undefined ? `write it as "${sameLetters}"` : `use one of ${list}`,
  });
  return undefined;
}

/** The top-level shape check every policy validator starts with; also checks `policy` when given. */
export function checkTopLevel(errors: ValidationError[], input: unknown, kind: string, example: string): PlainObject | undefined {
  if (!isPlainObject(input)) {
    errors.push({ path: '', message: `The ${kind} config must be a JSON object, got ${describeValue(input)}`, hint: `start from ${example}` });
    return undefined;
  }
  if ('policy' in input && input.policy !== kind) {
    errors.push({ path: 'policy', message: `policy must be "${kind}" here, got ${describeValue(input.policy)}`, hint: `set "policy": "${kind}", or use the validator of that policy` });
  }
  return input;
}

/** min above max (both present and valid): one error at the min's path, with the swap as the hint. */
export function checkMinMax(errors: ValidationError[], minKey: string, min: number | undefined, maxKey: string, max: number | undefined): boolean {
  if (min === undefined || max === undefined) return false;
  if (min <= max) return true;
  errors.push({ path: minKey, message: `${minKey} (${formatNumber(min)}) is greater than ${maxKey} (${formatNumber(max)})`, hint: `they look swapped: try "${minKey}": ${formatNumber(max)}, "${maxKey}": ${formatNumber(min)}` });
  return false;
}

/** initial within [min, max]. */
export function checkInitial(errors: ValidationError[], key: string, initial: number | undefined, min: number, max: number, minKey: string, maxKey: string): void {
  if (initial === undefined || (initial >= min && initial <= max)) return;
  errors.push({
    path: key,
    message: `${key} (${formatNumber(initial)}) must be between ${minKey} (${formatNumber(min)}) and ${maxKey} (${formatNumber(max)})`,
    hint: `try ${formatNumber(Math.min(Math.max(initial, min), max))}`,
  });
}
