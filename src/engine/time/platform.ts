/** The platform every policy in a Lab run shares, its documented defaults, and its validation at the boundary. */
import { formatNumber } from '../format';
import type { Result, ValidationError } from '../lesson/validate';
import type { PlatformSettings } from './types';

/** Most seconds one run may cover: seven days. */
export const MAX_SECONDS = 604_800;

/**
 * A GPU-backed model endpoint, roughly: each replica serves 10 requests/s at 100 ms each (a batch of one on a
 * mid-size model); a new replica needs 60 s (node already there: image pull and model load); at most 5,000 requests
 * are accepted and unfinished before new ones are dropped; a request gives up after 120 s, longer than the cold start,
 * so a request held while the first replica starts (Knative's activator, Ray's proxy) is served late rather than failed
 * (Knative's own default request timeout is 300 s; a gateway in front is often 60 s: lower it to see that fail); a
 * removed replica drains for 30 s; it costs $1.21 an hour (the order of a single-GPU cloud instance); the objective is
 * p95 under 500 ms.
 */
export const DEFAULT_PLATFORM: PlatformSettings = {
  capacity: 10,
  service_ms: 100,
  cold_start_s: 60,
  queue_limit: 5000,
  timeout_s: 120,
  drain_s: 30,
  price_per_hour: 1.21,
  slo_p95_ms: 500,
};

interface Rule {
  readonly min: number;
  readonly max: number;
  /** the lower bound is excluded (capacity must be above 0) */
  readonly above?: boolean;
  readonly integer?: boolean;
  readonly what: string;
}

const RULES: { readonly [K in keyof PlatformSettings]: Rule } = {
  capacity: { min: 0, above: true, max: 1_000_000, what: 'requests per second one replica serves, above 0, e.g. 10' },
  service_ms: { min: 0, max: 600_000, what: 'milliseconds of service per request, 0 or more, e.g. 100' },
  cold_start_s: { min: 0, max: 86_400, integer: true, what: 'whole seconds a new replica needs before it serves, e.g. 60' },
  queue_limit: { min: 0, max: 1_000_000_000, integer: true, what: 'a whole number of requests that may wait, e.g. 5000' },
  timeout_s: { min: 0, max: MAX_SECONDS, integer: true, what: 'whole seconds a request may wait, e.g. 120' },
  drain_s: { min: 0, max: 86_400, integer: true, what: 'whole seconds a removed replica drains, e.g. 30' },
  price_per_hour: { min: 0, max: 1_000_000, what: 'dollars per replica-hour, 0 or more, e.g. 1.21' },
  slo_p95_ms: { min: 0, above: true, max: 86_400_000, what: 'a p95 objective in milliseconds, e.g. 500' },
};

/** Checks one number against its rule; the error names the field path. */
function checkField(path: string, value: unknown, rule: Rule, errors: ValidationError[]): number | undefined {
  const fail = (message: string) => { errors.push({ path, message, hint: `use ${rule.what}` }); return undefined; };
  if (typeof value !== 'number' || !Number.isFinite(value)) return fail(`${path} must be a finite number, got ${JSON.stringify(value) ?? String(value)}`);
  if (rule.integer && !Number.isInteger(value)) return fail(`${path} must be a whole number, got ${formatNumber(value)}`);
  if (value < rule.min || (rule.above && value === rule.min)) return fail(`${path} must be ${rule.above ? 'above' : 'at least'} ${formatNumber(rule.min)}, got ${formatNumber(value)}`);
  if (value > rule.max) return fail(`${path} is too large (${formatNumber(value)}); the most is ${formatNumber(rule.max)}`);
  return value;
}

/** Validates platform settings; keys left out take DEFAULT_PLATFORM's values. Errors carry the key as path. */
export function validatePlatform(input: Partial<Record<keyof PlatformSettings, unknown>>): Result<PlatformSettings> {
  const errors: ValidationError[] = [];
  const out: Record<string, number> = {};
  for (const key of Object.keys(RULES) as (keyof PlatformSettings)[]) {
    const value = input[key] === undefined ? DEFAULT_PLATFORM[key] : input[key];
    const checked = checkField(key, value, RULES[key], errors);
    if (checked !== undefined) out[key] = checked;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: out as unknown as PlatformSettings };
}

/** Validates a run length: whole seconds from 1 to seven days. */
export function validateSeconds(value: unknown, path = 'seconds'): Result<number> {
  const errors: ValidationError[] = [];
  const checked = checkField(path, value, { min: 1, max: MAX_SECONDS, integer: true, what: `whole seconds from 1 to ${formatNumber(MAX_SECONDS)} (seven days), e.g. 3600` }, errors);
  return checked === undefined ? { ok: false, errors } : { ok: true, value: checked };
}
