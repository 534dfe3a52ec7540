/**
 * NVIDIA Dynamo's SLA planner for an aggregated deployment (one engine type doing prefill and decode).
 * Sources: ai-dynamo/dynamo `components/src/dynamo/planner/` config/defaults.py (SLAPlannerDefaults),
 * core/throughput_scaling.py (_advance_throughput, _throughput_agg), core/load_scaling.py (_advance_load_agg,
 * _agg_prefill_scaling, _agg_decode_scaling, _scale_decision), core/perf_model/agg.py (dynamoPerf.ts).
 *
 * Throughput mode, every throughput_adjustment_interval (180 s): predict the next interval's request count and mean
 * prompt/output lengths (the Lab uses the "constant" predictor: the last interval again), demand = requests / interval,
 * engines = max(ceil(demand / engine rate), min_endpoint), the engine rate from the largest batch whose predicted ITL and
 * TTFT meet the objectives (Little's law); then the GPU budget. With load scaling on, that result is only a floor.
 * Load mode, every load_adjustment_interval (5 s), unless a scaling is still in progress: per engine, estimate the next
 * TTFT (its queued prompt tokens plus one average prompt) and ITL; +1 if every engine is over the objective; -1 only if,
 * with its load spread over N-1 engines, the queue-induced TTFT stays under (TTFT - own prefill) x sensitivity (0.8),
 * the KV still fits and the ITL stays under ITL x 0.8; then the throughput floor, min_endpoint and the budget.
 */
import { formatNumber, plural } from '../format';
import { estimateTtftMs, findBestEngineAggRps, wallMs } from './dynamoPerf';
import { DYNAMO_DEFAULTS, DYNAMO_KNOBS, DYNAMO_LEAVES_OUT } from './dynamoConfig';
import type { DynamoPlannerConfig, Decision, GpuProfile, Observation, PolicyModel } from './types';

export { DYNAMO_DEFAULTS, validateDynamoPlannerConfig } from './dynamoConfig';

export const DYNAMO_REASONS = [
  'throughputScale', 'throughputFloorSet', 'noTraffic', 'noProfile', 'loadUp', 'loadDown', 'loadHold', 'loadRefused',
  'scalingInProgress', 'floorLifted', 'noEngines',
] as const;
export type DynamoReason = (typeof DYNAMO_REASONS)[number];
const CODE = Object.fromEntries(DYNAMO_REASONS.map((reason, i) => [reason, i])) as Readonly<Record<DynamoReason, number>>;

export interface DynamoState {
  /** _throughput_lower_bound_d: set by throughput mode when load scaling is on */
  readonly floor: number;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

export function dynamoPeriodS(config: DynamoPlannerConfig): number {
  if (!config.enable_load_scaling) return config.throughput_adjustment_interval_s;
  if (!config.enable_throughput_scaling) return config.load_adjustment_interval_s;
  return gcd(config.throughput_adjustment_interval_s, config.load_adjustment_interval_s);
}

function budget(config: DynamoPlannerConfig, n: number): number {
  return Math.min(n, Math.floor(config.max_gpu_budget / config.engine_num_gpu));
}

function decision(raw: number, desired: number, metric: number, reason: DynamoReason, mode: number): Decision {
  return { raw, desired, metric, reason: CODE[reason], mode };
}

/** The last interval's traffic: requests, mean prompt and output tokens (the "constant" load predictor). */
export function lastInterval(obs: Observation, seconds: number): { readonly requests: number; readonly isl: number; readonly osl: number } {
  const end = obs.t + 1;
  const start = Math.max(0, end - seconds);
  const h = obs.history;
  const requests = h.cumArrivals[end]! - h.cumArrivals[start]!;
  if (requests <= 0) return { requests: 0, isl: 0, osl: 0 };
  return { requests, isl: (h.cumPromptTokens[end]! - h.cumPromptTokens[start]!) / requests, osl: (h.cumOutputTokens[end]! - h.cumOutputTokens[start]!) / requests };
}

/** _agg_prefill_scaling + _agg_decode_scaling + the agg combine, for N identical engines (each at the fleet's mean). */
export function loadDecision(
  config: DynamoPlannerConfig, profile: GpuProfile, engines: number, perEngine: { running: number; waiting: number; kvUsage: number }, isl: number, osl: number,
): { readonly desired: number; readonly ttftMs: number; readonly itlMs: number; readonly refused: boolean } {
  const n = engines;
  const sensitivity = config.load_scaling_down_sensitivity_percent / 100;
  const consolidation = n > 1 ? n / (n - 1) : 1;
  const mnbt = config.max_num_batched_tokens;
  const queuedPrefill = perEngine.waiting * isl;
  const batch = perEngine.running;
  // prefill side (TTFT)
  const ttft = estimateTtftMs(profile, queuedPrefill, isl, mnbt, batch);
  let pDown = n > 1;
  let pRefused = false;
  if (pDown) {
    const tOwn = estimateTtftMs(profile, 0, isl, mnbt, batch * consolidation);
    const post = estimateTtftMs(profile, Math.trunc(queuedPrefill * consolidation), isl, mnbt, batch * consolidation);
    const queueBudget = (config.ttft_ms - tOwn) * sensitivity;
    if (queueBudget <= 0 || post - tOwn >= queueBudget) { pDown = false; pRefused = true; }
  }
  // decode side (ITL): the running sequences, the queued ones and one more, beside the steady prefill per pass
  const prefillPerIter = osl > 0 ? Math.min((batch * isl) / osl, mnbt) : 0;
  const itl = wallMs(profile, prefillPerIter, batch + perEngine.waiting + 1);
  let dDown = n > 1;
  let dRefused = false;
  if (dDown) {
    const kvTokens = perEngine.kvUsage * profile.kv_cache_tokens + queuedPrefill;
    if (kvTokens * consolidation >= profile.kv_cache_tokens) { dDown = false; dRefused = true; }
    else if (wallMs(profile, prefillPerIter, (batch + perEngine.waiting) * consolidation + 1) >= config.itl_ms * sensitivity) { dDown = false; dRefused = true; }
  }
  const scale = (estimate: number, sla: number, canDown: boolean, refused: boolean): number | undefined => {
    if (estimate > sla) return n + 1;
    if (n > 1 && canDown) return Math.max(n - 1, config.min_endpoint);
    return refused ? n : undefined;
  };
  const p = scale(ttft, config.ttft_ms, pDown, pRefused);
  const d = scale(itl, config.itl_ms, dDown, dRefused);
  let desired: number;
  if (p !== undefined && p > n) desired = p;
  else if (d !== undefined && d > n) desired = d;
  else if (p === undefined && d !== undefined && d < n) desired = d;
  else if (p !== undefined && p < n && d !== undefined && d < n) desired = Math.max(p, d);
  else desired = n;
  return { desired, ttftMs: ttft, itlMs: itl, refused: desired === n && (pRefused || dRefused) };
}

function decide(config: DynamoPlannerConfig, state: DynamoState, obs: Observation): { state: DynamoState; decision: Decision } {
  const { current } = obs;
  const profile = obs.profile;
  const end = obs.t + 1;
  const throughputTick = config.enable_throughput_scaling && end % config.throughput_adjustment_interval_s === 0;
  const loadTick = config.enable_load_scaling && end % config.load_adjustment_interval_s === 0;
  if (profile === undefined) return { state, decision: decision(current, current, 0, 'noProfile', 0) };
  let floor = state.floor;
  if (throughputTick) {
    const traffic = lastInterval(obs, config.throughput_adjustment_interval_s);
    const demand = traffic.requests / config.throughput_adjustment_interval_s;
    const rate = traffic.requests > 0 ? findBestEngineAggRps(profile, traffic.isl, traffic.osl, config.max_num_batched_tokens, config.ttft_ms, config.itl_ms) : undefined;
    if (rate !== undefined) {
      const wanted = Math.max(Math.ceil(demand / rate.rps), config.min_endpoint);
      if (!config.enable_load_scaling) {
        return { state, decision: decision(wanted, budget(config, wanted), demand, 'throughputScale', 0) };
      }
      floor = wanted;
      if (!loadTick) return { state: { floor }, decision: decision(wanted, current, demand, 'throughputFloorSet', 0) };
    } else if (!loadTick) {
      return { state, decision: decision(current, current, demand, 'noTraffic', 0) };
    }
  }
  const next: DynamoState = floor === state.floor ? state : { floor };
  if (!loadTick) return { state: next, decision: decision(current, current, 0, 'loadHold', 1) };
  if (current !== obs.ready) return { state: next, decision: decision(current, current, 0, 'scalingInProgress', 1) };
  if (obs.ready === 0) return { state: next, decision: decision(current, current, 0, 'noEngines', 1) };
  const h = obs.history;
  const n = obs.ready;
  const perEngine = {
    running: (h.cumRunning[end]! - h.cumRunning[end - 1]!) / n,
    waiting: (h.cumWaiting[end]! - h.cumWaiting[end - 1]!) / n,
    kvUsage: h.cumKvUsage[end]! - h.cumKvUsage[end - 1]!,
  };
  // the sticky means the regression keeps: the last throughput interval's, or the planner's isl/osl defaults (3000/150)
  const traffic = lastInterval(obs, config.throughput_adjustment_interval_s);
  const isl = traffic.requests > 0 ? traffic.isl : 3000;
  const osl = traffic.requests > 0 ? traffic.osl : 150;
  const load = loadDecision(config, profile, n, perEngine, isl, osl);
  let desired = Math.max(load.desired, config.min_endpoint);
  if (config.enable_throughput_scaling) desired = Math.max(desired, floor);
  desired = budget(config, desired);
  const reason: DynamoReason = desired > n ? (load.desired > n ? 'loadUp' : 'floorLifted')
    : desired < n ? 'loadDown' : load.desired < n ? 'floorLifted' : load.refused ? 'loadRefused' : 'loadHold';
  return { state: next, decision: decision(load.desired, desired, load.ttftMs, reason, 1) };
}

function explain(config: DynamoPlannerConfig, d: Decision, obs: Pick<Observation, 't' | 'ready' | 'current'>): string {
  const reason = DYNAMO_REASONS[d.reason] ?? 'loadHold';
  const sla = `TTFT ${formatNumber(config.ttft_ms)} ms and ITL ${formatNumber(config.itl_ms)} ms`;
  const demand = `${formatNumber(Math.round(d.metric * 100) / 100)} req/s predicted for the next ${formatNumber(config.throughput_adjustment_interval_s)} s`;
  const ttft = `estimated TTFT ${formatNumber(Math.round(d.metric))} ms`;
  switch (reason) {
    case 'noProfile': return 'Dynamo planner: no engine profile (the web-server replica), so there is no performance model to plan with; keeps the count';
    case 'noTraffic': return `Dynamo planner: no requests in the last ${formatNumber(config.throughput_adjustment_interval_s)} s, the perf model has nothing to size; keeps ${plural(d.desired, 'engine')}`;
    case 'throughputScale': return `Dynamo planner (throughput): ${demand} / the engine rate at the largest batch meeting ${sla} (Little's law) -> ${plural(d.raw, 'engine')}${d.desired < d.raw ? `, GPU budget ${formatNumber(config.max_gpu_budget)} caps it at ${d.desired}` : ''}`;
    case 'throughputFloorSet': return `Dynamo planner (throughput): ${demand} -> throughput lower bound set to ${d.raw}; load scaling applies it`;
    case 'scalingInProgress': return `Dynamo planner (load): scaling in progress (${obs.ready} -> ${obs.current}), observing only`;
    case 'noEngines': return 'Dynamo planner (load): no engine reports forward-pass metrics; no decision';
    case 'loadUp': return `Dynamo planner (load): ${ttft}; every engine is over the SLA (${sla}) -> scale up to ${d.desired}`;
    case 'loadDown': return `Dynamo planner (load): ${ttft}; with the load of ${plural(obs.ready, 'engine')} spread over one fewer the predictions stay within ${formatNumber(config.load_scaling_down_sensitivity_percent)} % of the SLA -> scale down to ${d.desired}`;
    case 'loadRefused': return `Dynamo planner (load): ${ttft}, within the SLA; scale-down refused: consolidating onto one fewer would cross ${formatNumber(config.load_scaling_down_sensitivity_percent)} % of the SLA or fill the KV cache; keeps ${d.desired}`;
    case 'floorLifted': return `Dynamo planner (load): ${ttft}; load scaling wanted ${d.raw}, the throughput lower bound (or min_endpoint) keeps ${d.desired}`;
    case 'loadHold': return `Dynamo planner (load): ${ttft}, not every engine over the SLA (${sla}) and no safe scale-down; no scaling needed (${d.desired})`;
  }
}

export const dynamoPlannerModel: PolicyModel<DynamoPlannerConfig, DynamoState> = {
  kind: 'dynamo-planner',
  title: 'NVIDIA Dynamo SLA planner (aggregated)',
  source: 'ai-dynamo/dynamo components/src/dynamo/planner/: config/defaults.py (SLAPlannerDefaults, BasePlannerDefaults), core/throughput_scaling.py (_advance_throughput, _throughput_agg), core/load_scaling.py (_advance_load_agg, _agg_prefill_scaling, _agg_decode_scaling, _scale_decision), core/perf_model/agg.py (estimate_next_ttft, estimate_next_itl, find_best_engine_agg_rps)',
  leavesOut: DYNAMO_LEAVES_OUT,
  defaults: DYNAMO_DEFAULTS,
  knobs: DYNAMO_KNOBS,
  metricUnit: (config) => (config.enable_load_scaling ? 'req/s predicted (throughput) or ms estimated TTFT (load)' : 'req/s predicted'),
  periodS: dynamoPeriodS,
  bounds: (config) => ({ min: config.min_endpoint, max: Math.floor(config.max_gpu_budget / config.engine_num_gpu), initial: config.initial_replicas }),
  zeroBehaviour: () => 'hold',
  init: (config) => ({ floor: config.min_endpoint }),
  decide,
  explain,
};
