/**
 * Decodes and validates a Lab link (store/labLink.ts writes it) with the engine's validators: traffic points through
 * the CSV rules, each policy through its validator, the platform and run length through theirs. Never throws.
 */
import type { Result, ValidationError } from '../../engine/lesson/validate';
import { MAX_LAB_POLICIES, type LabShared, type LabTraffic } from '../../store/labLink';
import { fromBase64Url } from '../../store/urlState';
import { isScenarioName, parseTrafficCsv, readLabTarget, SCENARIO_NAMES, validateLabConfig, validatePlatform, validateSeconds, type NamedPolicy } from './labEngine';
import { profileToCsv } from './trafficText';
import { validateLabLlm } from './llm/llmSettings';

const at = (path: string, e: ValidationError): ValidationError => ({ ...e, path: `lab link ${path}${e.path ? ` ${e.path}` : ''}` });
const problem = (path: string, message: string, hint = 'the link may be cut short or edited; ask for a fresh one'): Result<never> =>
  ({ ok: false, errors: [{ path: `lab link${path ? ` ${path}` : ''}`, message, hint }] });

function decodeTraffic(tr: unknown): Result<LabTraffic> {
  const { sc, pts } = (typeof tr === 'object' && tr !== null ? tr : {}) as Record<string, unknown>;
  if (typeof sc === 'string') {
    return isScenarioName(sc) ? { ok: true, value: { kind: 'scenario', name: sc } } : problem('traffic', `"${sc}" is not a scenario`, `use one of ${SCENARIO_NAMES.join(', ')}`);
  }
  if (!Array.isArray(pts) || !pts.every((p) => Array.isArray(p) && p.length === 2 && p.every((x) => typeof x === 'number'))) {
    return problem('traffic', 'the traffic is neither a scenario nor [seconds, requests per second] points');
  }
  const parsed = parseTrafficCsv(profileToCsv({ points: (pts as [number, number][]).map(([t, rps]) => ({ t, rps })) }), 'traffic point');
  return parsed.ok ? { ok: true, value: { kind: 'points', profile: parsed.value } } : { ok: false, errors: parsed.errors.map((e) => at('', e)) };
}

export function decodeLab(encoded: string): Result<LabShared> {
  let payload: unknown;
  try {
    payload = JSON.parse(fromBase64Url(encoded));
  } catch {
    return problem('', 'The Lab link could not be decoded');
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return problem('', 'The Lab link holds no Lab state');
  const { tr, p, pl, n, seed, a, ls, k, r, llm } = payload as Record<string, unknown>;
  const traffic = decodeTraffic(tr);
  if (!traffic.ok) return traffic;
  if (!Array.isArray(p) || p.length < 1 || p.length > MAX_LAB_POLICIES) return problem('policies', `the link must hold 1 to ${MAX_LAB_POLICIES} policies`);
  const policies: NamedPolicy[] = [];
  for (const [i, entry] of p.entries()) {
    const { name, config, target: rawTarget } = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    if (typeof name !== 'string' || name.trim() === '' || name.length > 80) return problem(`policies[${i}].name`, 'a policy has no usable name');
    const checked = validateLabConfig(config);
    if (!checked.ok) return { ok: false, errors: checked.errors.map((e) => at(`policies[${i}]`, e)) };
    const targetErrors: ValidationError[] = [];
    const target = readLabTarget(rawTarget, `policies[${i}].target`, targetErrors);
    if (targetErrors.length > 0) return { ok: false, errors: targetErrors.map((e) => at('', e)) };
    policies.push(target === undefined ? { name, config: checked.value } : { name, config: checked.value, target });
  }
  const platform = validatePlatform(typeof pl === 'object' && pl !== null ? pl : {});
  if (!platform.ok) return { ok: false, errors: platform.errors.map((e) => at('platform', e)) };
  const seconds = validateSeconds(n);
  if (!seconds.ok) return { ok: false, errors: seconds.errors.map((e) => at('', e)) };
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 2 ** 32 - 1) return problem('seed', 'the seed must be a whole number from 0 to 4294967295');
  if (a !== 'poisson' && a !== 'exact') return problem('arrivals', 'arrivals must be "poisson" or "exact"');
  if (r !== undefined && r !== 'llm') return problem('replica', `"${String(r)}" is not a replica model`, 'use "llm" (the LLM server) or leave it out (the web server)');
  const llmChecked = llm === undefined ? undefined : validateLabLlm(llm);
  if (llmChecked && !llmChecked.ok) return { ok: false, errors: llmChecked.errors.map((e) => at('llm', e)) };
  const replica = r === 'llm' ? { replica: 'llm' as const } : {};
  const cursor = typeof k === 'number' && Number.isInteger(k) ? Math.min(Math.max(k, 0), seconds.value - 1) : 0;
  return { ok: true, value: { inputs: { traffic: traffic.value, policies, platform: platform.value, seconds: seconds.value, seed, arrivals: a, ...(ls === 1 ? { lengthSet: true } : {}),
    ...replica, ...(llmChecked?.ok ? { llm: llmChecked.value } : {}) }, cursor } };
}
