/**
 * Dynamo's SLA planner in the Lab's JSON: defaults from ai-dynamo/dynamo
 * `components/src/dynamo/planner/config/defaults.py` (SLAPlannerDefaults), knob docs and the validator.
 */
import type { Result, ValidationError } from '../lesson/validate';
import { LAB_MAX_REPLICAS, booleanField, checkKeys, checkTopLevel, numberField } from './configCheck';
import type { DynamoPlannerConfig, KnobDoc } from './types';

export const DYNAMO_DEFAULTS: DynamoPlannerConfig = {
  policy: 'dynamo-planner',
  min_endpoint: 1,
  max_gpu_budget: 8,
  engine_num_gpu: 1,
  initial_replicas: 1,
  ttft_ms: 500,
  itl_ms: 50,
  throughput_adjustment_interval_s: 180,
  load_adjustment_interval_s: 5,
  enable_throughput_scaling: true,
  enable_load_scaling: false,
  load_scaling_down_sensitivity_percent: 80,
  max_num_batched_tokens: 2048,
};

export const DYNAMO_KNOBS: readonly KnobDoc[] = [
  { key: 'min_endpoint', native: 'min_endpoint', default: 1, min: 1, max: LAB_MAX_REPLICAS, step: 1, doc: 'The fewest engines.' },
  { key: 'max_gpu_budget', native: 'max_gpu_budget', default: 8, min: 1, max: LAB_MAX_REPLICAS, step: 1, doc: 'GPUs the planner may use in all: at most max_gpu_budget / engine_num_gpu engines.' },
  { key: 'engine_num_gpu', native: 'decode_engine_num_gpu', default: 1, min: 1, max: 64, step: 1, doc: 'GPUs per engine.' },
  { key: 'initial_replicas', native: 'the DynamoGraphDeployment\'s replicas', default: 1, min: 1, max: LAB_MAX_REPLICAS, step: 1, doc: 'Engines at the start.' },
  { key: 'ttft_ms', native: 'ttft', default: 500, unit: 'ms', min: 1, max: 600000, step: 10, doc: 'The time-to-first-token objective.' },
  { key: 'itl_ms', native: 'itl', default: 50, unit: 'ms', min: 1, max: 10000, step: 1, doc: 'The inter-token-latency objective.' },
  { key: 'throughput_adjustment_interval_s', native: 'throughput_adjustment_interval', default: 180, unit: 's', min: 1, max: 3600, step: 1, doc: 'Seconds between throughput (predictive) decisions.' },
  { key: 'load_adjustment_interval_s', native: 'load_adjustment_interval', default: 5, unit: 's', min: 1, max: 3600, step: 1, doc: 'Seconds between load (reactive) decisions.' },
  { key: 'enable_throughput_scaling', native: 'enable_throughput_scaling', default: true, doc: 'Size the fleet from predicted demand and the perf model (with load scaling on: a floor).' },
  { key: 'enable_load_scaling', native: 'enable_load_scaling', default: false, doc: 'Step +1/-1 from each engine\'s estimated TTFT and ITL (off by default in the source).' },
  { key: 'load_scaling_down_sensitivity_percent', native: 'load_scaling_down_sensitivity', default: 80, unit: '%', min: 1, max: 100, step: 1, doc: 'A scale-down must keep the estimates under this share of the objectives.' },
  { key: 'max_num_batched_tokens', native: 'the engine\'s max_num_batched_tokens', default: 2048, min: 16, max: 1000000, step: 1, doc: 'Prompt tokens one forward pass takes (vLLM\'s default 2048).' },
];

export const DYNAMO_LEAVES_OUT = 'This model leaves out disaggregated prefill and decode workers (the Lab\'s engine does both: Dynamo\'s agg mode), the ARIMA/Kalman/Prophet load predictors (the Lab predicts the last interval again: the "constant" predictor), fitting its regression from forward-pass metrics (the Lab\'s GPU profile is the perf model, per sequence rather than per KV token, and always ready), the KV-cache hit rate discount, the easy (non-SLA) optimization targets, advisory mode and power budgets; engines are taken as identical (each at the fleet\'s mean), so "every engine over the SLA" is the mean engine over it.';

export function validateDynamoPlannerConfig(input: unknown): Result<DynamoPlannerConfig> {
  const errors: ValidationError[] = [];
  const raw = checkTopLevel(errors, input, 'dynamo-planner', '{"policy": "dynamo-planner", "ttft_ms": 500, "itl_ms": 50, "max_gpu_budget": 8}');
  if (raw === undefined) return { ok: false, errors };
  checkKeys(errors, raw, ['policy', ...DYNAMO_KNOBS.map((knob) => knob.key)], '');
  const d = DYNAMO_DEFAULTS;
  const whole = (min: number, max: number, example: number) => ({ integer: true, min, max, what: `a whole number from ${min} to ${max}, e.g. ${example}` });
  const min = numberField(errors, raw, 'min_endpoint', '', whole(1, LAB_MAX_REPLICAS, 1), d.min_endpoint);
  const budget = numberField(errors, raw, 'max_gpu_budget', '', whole(1, LAB_MAX_REPLICAS, 8), d.max_gpu_budget);
  const gpus = numberField(errors, raw, 'engine_num_gpu', '', whole(1, 64, 1), d.engine_num_gpu);
  const initial = numberField(errors, raw, 'initial_replicas', '', whole(1, LAB_MAX_REPLICAS, 1), min ?? d.initial_replicas);
  const ttft = numberField(errors, raw, 'ttft_ms', '', { min: 0, minExclusive: true, max: 600000, what: 'milliseconds above 0, e.g. 500' }, d.ttft_ms);
  const itl = numberField(errors, raw, 'itl_ms', '', { min: 0, minExclusive: true, max: 10000, what: 'milliseconds above 0, e.g. 50' }, d.itl_ms);
  const throughput = numberField(errors, raw, 'throughput_adjustment_interval_s', '', whole(1, 3600, 180), d.throughput_adjustment_interval_s);
  const load = numberField(errors, raw, 'load_adjustment_interval_s', '', whole(1, 3600, 5), d.load_adjustment_interval_s);
  const useThroughput = booleanField(errors, raw, 'enable_throughput_scaling', '', d.enable_throughput_scaling);
  const useLoad = booleanField(errors, raw, 'enable_load_scaling', '', d.enable_load_scaling);
  const sensitivity = numberField(errors, raw, 'load_scaling_down_sensitivity_percent', '', { min: 1, max: 100, what: 'a percent from 1 to 100, e.g. 80' }, d.load_scaling_down_sensitivity_percent);
  const mnbt = numberField(errors, raw, 'max_num_batched_tokens', '', whole(16, 1000000, 2048), d.max_num_batched_tokens);
  if (useThroughput === false && useLoad === false) {
    errors.push({ path: 'enable_load_scaling', message: 'Both enable_throughput_scaling and enable_load_scaling are false: the planner would never scale', hint: 'turn one of them on' });
  }
  if (min !== undefined && budget !== undefined && gpus !== undefined && min * gpus > budget) {
    errors.push({ path: 'min_endpoint', message: `min_endpoint ${min} engines of ${gpus} GPU(s) need more than max_gpu_budget ${budget}`, hint: `raise max_gpu_budget to ${min * gpus} or lower min_endpoint` });
  }
  if (initial !== undefined && min !== undefined && budget !== undefined && gpus !== undefined && (initial < min || initial > Math.floor(budget / gpus))) {
    errors.push({ path: 'initial_replicas', message: `initial_replicas (${initial}) must be between min_endpoint (${min}) and the budget's ${Math.floor(budget / gpus)} engines`, hint: `try ${min}` });
  }
  if (errors.length > 0 || min === undefined || budget === undefined || gpus === undefined || initial === undefined || ttft === undefined || itl === undefined
    || throughput === undefined || load === undefined || useThroughput === undefined || useLoad === undefined || sensitivity === undefined || mnbt === undefined) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    value: {
      policy: 'dynamo-planner', min_endpoint: min, max_gpu_budget: budget, engine_num_gpu: gpus, initial_replicas: initial, ttft_ms: ttft, itl_ms: itl,
      throughput_adjustment_interval_s: throughput, load_adjustment_interval_s: load, enable_throughput_scaling: useThroughput,
      enable_load_scaling: useLoad, load_scaling_down_sensitivity_percent: sensitivity, max_num_batched_tokens: mnbt,
    },
  };
}
