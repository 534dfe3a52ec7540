/**
 * The `keda` block of an HPA config in the Lab's JSON: KEDA's own knobs around the HPA it creates, with the defaults of
 * kedacore/keda (`pollingInterval` 30 s, `cooldownPeriod` 300 s; each trigger's `activationThreshold` 0 sits on its metric).
 */
import type { ValidationError } from '../lesson/validate';
import { checkKeys, describeValue, isPlainObject, numberField } from './configCheck';
import type { KedaActivation } from './types';

export const KEDA_DEFAULTS: KedaActivation = { polling_interval_s: 30, cooldown_period_s: 300 };

/** Checks `keda` when present (undefined when absent or wrong; errors pushed with their paths). */
export function checkKedaActivation(errors: ValidationError[], value: unknown): KedaActivation | undefined {
  if (value === undefined) return undefined;
  if (!isPlainObject(value)) {
    errors.push({ path: 'keda', message: `keda must be an object, got ${describeValue(value)}`, hint: '{"polling_interval_s": 30, "cooldown_period_s": 300}, or {} for KEDA\'s defaults' });
    return undefined;
  }
  checkKeys(errors, value, ['polling_interval_s', 'cooldown_period_s'], 'keda');
  const polling = numberField(errors, value, 'polling_interval_s', 'keda', { integer: true, min: 1, max: 3600, what: 'whole seconds from 1 to 3600, e.g. 30' }, KEDA_DEFAULTS.polling_interval_s);
  const cooldown = numberField(errors, value, 'cooldown_period_s', 'keda', { integer: true, min: 0, max: 86400, what: 'whole seconds from 0, e.g. 300' }, KEDA_DEFAULTS.cooldown_period_s);
  return polling === undefined || cooldown === undefined ? undefined : { polling_interval_s: polling, cooldown_period_s: cooldown };
}
