/**
 * `lab decide`: one controller fed observations instead of simulated replicas. Each JSON line is one second
 * (`{"t": 0, "ready": 3, "starting": 0, "metrics": {"<name>": value}}`); the metrics are written into a MetricHistory
 * through metricInputs (the columns the tick loop fills), so the policy reads a fed second exactly as a simulated one.
 * The controller wakes on the first line and then every period after it (HPA 15 s, KPA 2 s, Ray 1 s, SageMaker 60 s),
 * keeps its memory (windows, cooldowns, panic mode) from line to line, and sets a count clamped to its bounds, as the
 * tick loop does; `current` (spec.replicas) starts as the first line's ready + starting and then follows its decisions.
 * Pure: text in, lines or the first bad line's error out (nothing is decided from a file with a bad line).
 */
import type { Result, ValidationError } from '../lesson/validate';
import { metricInputs, type HistoryColumn, type MetricColumn } from '../policies/metricColumns';
import type { LabPolicyConfig, MetricHistory, Observation } from '../policies/types';
import { DEFAULT_PLATFORM } from './platform';
import { requireModel } from './simulateTime';

/** One output line. */
export interface DecideLine {
  readonly t: number;
  /** the controller acted in this second */
  readonly decided: boolean;
  /** the recommendation before stabilization, rate limits and bounds (null in a second it did not act) */
  readonly raw: number | null;
  /** the replica count set (the last one when it did not act) */
  readonly desired: number;
  readonly reason: string;
}

/** One parsed observation. */
interface Parsed {
  readonly t: number;
  readonly ready: number;
  readonly starting: number;
  /** column -> value this second */
  readonly values: ReadonlyMap<HistoryColumn, number>;
}

const EXAMPLE = '{"t": 0, "ready": 3, "starting": 0, "metrics": {"cpu": 240}}';
const LINE_KEYS = ['t', 'ready', 'starting', 'metrics'];

const fail = (line: number, message: string, hint: string): { ok: false; errors: ValidationError[] } =>
  ({ ok: false, errors: [{ path: `stdin:${line}`, message, hint }] });

function count(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** One metric's value as its column entry: a total (number) or one value per ready replica (array). */
function columnValue(raw: unknown, input: MetricColumn, ready: number): number | string {
  let total: number;
  let n: number;
  if (typeof raw === 'number' && Number.isFinite(raw) && raw >= 0) {
    total = raw;
    n = ready;
  } else if (Array.isArray(raw) && raw.every((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0)) {
    if (raw.length !== ready) return `has ${raw.length} per-replica values for ${ready} ready replicas`;
    total = (raw as number[]).reduce((sum, v) => sum + v, 0);
    n = raw.length;
  } else return `must be a number of 0 or more, or a list of one per ready replica, got ${JSON.stringify(raw) ?? String(raw)}`;
  const value = input.per === 'mean' ? (n > 0 ? total / n : 0) : total;
  return value * input.scale;
}

function parseLine(text: string, line: number, config: LabPolicyConfig, expectedT: number | undefined): Result<Parsed> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(line, `not JSON: ${error instanceof Error ? error.message : String(error)}`, `write one object per line, e.g. ${EXAMPLE}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(line, 'an observation must be an object', `e.g. ${EXAMPLE}`);
  const obs = value as Record<string, unknown>;
  const unknown = Object.keys(obs).find((key) => !LINE_KEYS.includes(key));
  if (unknown !== undefined) return fail(line, `unknown key "${unknown}"`, `a line has ${LINE_KEYS.join(', ')}`);
  if (typeof obs.t !== 'number' || !Number.isInteger(obs.t)) return fail(line, `t must be a whole number of seconds, got ${JSON.stringify(obs.t) ?? 'nothing'}`, 'give the second, e.g. "t": 0');
  if (expectedT !== undefined && obs.t !== expectedT) return fail(line, `t must be ${expectedT} (one more than the line before), got ${obs.t}`, 'give one line per second, in order, with no gap');
  if (!count(obs.ready)) return fail(line, `ready must be a whole number of replicas, 0 or more, got ${JSON.stringify(obs.ready) ?? 'nothing'}`, 'e.g. "ready": 3');
  const starting = obs.starting ?? 0;
  if (!count(starting)) return fail(line, `starting must be a whole number of replicas, 0 or more, got ${JSON.stringify(starting)}`, 'e.g. "starting": 0 (pods not ready yet)');
  const metrics = obs.metrics ?? {};
  if (typeof metrics !== 'object' || metrics === null || Array.isArray(metrics)) return fail(line, 'metrics must be an object of name: value', `e.g. ${EXAMPLE}`);
  const given = metrics as Record<string, unknown>;
  const values = new Map<HistoryColumn, number>();
  const from = new Map<HistoryColumn, string>();
  for (const { name, input } of metricInputs(config)) {
    if (!(name in given)) return fail(line, `metric "${name}" is missing`, `this config reads "${name}": ${input.unit}, e.g. "metrics": {"${name}": 12}`);
    const entry = columnValue(given[name], input, obs.ready);
    if (typeof entry === 'string') return fail(line, `metric "${name}" ${entry}`, `give ${input.unit}, or a list with one value per ready replica`);
    const earlier = values.get(input.column);
    if (earlier !== undefined && Math.abs(earlier - entry) > 1e-9 * Math.max(1, earlier)) {
      return fail(line, `metrics "${from.get(input.column)}" and "${name}" differ, and the Lab reads both as the same signal (the request rate)`, 'give them the same value, or decide one metric at a time');
    }
    values.set(input.column, entry);
    from.set(input.column, name);
  }
  return { ok: true, value: { t: obs.t, ready: obs.ready, starting, values } };
}

function emptyHistory(seconds: number): MetricHistory {
  const column = () => new Float64Array(seconds + 1);
  return {
    cumArrivals: column(), cumServed: column(), cumOngoing: column(), cumInService: column(), cumBusy: column(), cumReady: column(),
    cumWaiting: column(), cumRunning: column(), cumKvUsage: column(), cumGpuUtil: column(), cumGatewayQueue: column(),
    cumPromptTokens: column(), cumOutputTokens: column(), kvUsageMax: column(), waitingMax: column(),
  };
}

/**
 * Every observation line of `text` decided by the controller `config`, in order; blank lines are skipped. A bad line
 * is an error at `stdin:LINE` (1-based), and then no line is decided.
 */
export function decideLines(config: LabPolicyConfig, text: string): Result<readonly DecideLine[]> {
  const model = requireModel(config);
  const rows: { line: number; text: string }[] = [];
  text.split(/\r?\n/).forEach((line, i) => { if (line.trim() !== '') rows.push({ line: i + 1, text: line }); });
  const parsed: Parsed[] = [];
  for (const row of rows) {
    const previous = parsed[parsed.length - 1];
    const result = parseLine(row.text, row.line, config, previous === undefined ? undefined : previous.t + 1);
    if (!result.ok) return result;
    parsed.push(result.value);
  }
  const history = emptyHistory(parsed.length);
  const bounds = model.bounds(config);
  const period = Math.max(1, Math.round(model.periodS(config)));
  const obs: { -readonly [K in keyof Observation]: Observation[K] } = { t: 0, ready: 0, provisioning: 0, current: 0, capacity: DEFAULT_PLATFORM.capacity, history };
  let state = model.init(config);
  let desired = parsed.length > 0 ? parsed[0]!.ready + parsed[0]!.starting : bounds.initial;
  const out: DecideLine[] = [];
  parsed.forEach((second, i) => {
    for (const key of Object.keys(history) as (keyof MetricHistory)[]) {
      if (!key.startsWith('cum')) continue;
      const column = history[key];
      const value = key === 'cumReady' ? second.ready : second.values.get(key as HistoryColumn) ?? 0;
      column[i + 1] = column[i]! + value;
    }
    if (i % period !== 0) {
      out.push({ t: second.t, decided: false, raw: null, desired, reason: `${model.title}: no decision in this second (it decides every ${period} s; next at t = ${second.t + period - (i % period)}); keeps ${desired}` });
      return;
    }
    obs.t = i; obs.ready = second.ready; obs.provisioning = second.starting; obs.current = desired;
    const step = model.decide(config, state, obs);
    state = step.state;
    const before = desired;
    desired = Math.min(bounds.max, Math.max(bounds.min, Math.round(step.decision.desired)));
    const reason = model.explain(config, { ...step.decision, desired }, { t: i, ready: second.ready, current: before });
    out.push({ t: second.t, decided: true, raw: step.decision.raw, desired, reason });
  });
  return { ok: true, value: out };
}
