/** Command-line arguments of `npm run lab`, parsed into options or explained errors. Pure: no process access. */
import { lastValue, readFlags } from './flags';
import {
  GPU_PROFILE_NAMES, isLlmTraceName, isReplicaKind, isScenarioName, LLM_TRACE_NAMES, MAX_SECONDS, REPLICA_KINDS, SCENARIO_NAMES,
  type ArrivalMode, type LlmTraceName, type ReplicaKind, type Result, type ScenarioName, type ValidationError,
} from '../engine/lab';

export const LAB_FORMATS = ['json', 'csv', 'summary'] as const;
export type LabOutputFormat = (typeof LAB_FORMATS)[number];
export const EMIT_FORMATS = ['hpa', 'keda', 'knative', 'ray', 'sagemaker', 'aibrix', 'lab'] as const;
export type EmitFormat = (typeof EMIT_FORMATS)[number];

export interface LabOptions {
  /** config files, in order; each may hold one or several policies */
  readonly configPaths: readonly string[];
  readonly trafficPath: string | undefined;
  /** a rate scenario, or a named request trace (azure-conv, azure-code) */
  readonly scenario: ScenarioName | LlmTraceName | undefined;
  /** a request trace CSV (--trace) */
  readonly tracePath: string | undefined;
  /** divides a trace's inter-arrival gaps (--rate-scale) */
  readonly rateScale: number | undefined;
  readonly replica: ReplicaKind;
  /** a profile name or a JSON file (--gpu-profile) */
  readonly gpuProfile: string | undefined;
  /** --cold-start-stages text, e.g. node=150,image=30 */
  readonly coldStartStages: string | undefined;
  readonly warmNodes: number | undefined;
  readonly drainS: number | undefined;
  readonly sloTtftMs: number | undefined;
  readonly sloItlMs: number | undefined;
  /** run length; undefined = the default (one hour) */
  readonly seconds: number | undefined;
  readonly seed: number;
  readonly arrivals: ArrivalMode;
  readonly capacity: number | undefined;
  readonly serviceMs: number | undefined;
  readonly coldStart: number | undefined;
  readonly format: LabOutputFormat;
  readonly emit: EmitFormat | undefined;
  readonly help: boolean;
}

export const LAB_USAGE = `Usage: npm run lab -- --config FILE [--config FILE2 ...] [--traffic FILE.csv | --scenario NAME | --trace FILE.csv]
       [--seconds N] [--seed S] [--arrivals poisson|exact] [--capacity R] [--service-ms M] [--cold-start S]
       [--replica simple|llm] [--gpu-profile NAME|FILE.json] [--cold-start-stages node=S,image=S,weights=S,warmup=S]
       [--warm-nodes N] [--drain-s S] [--rate-scale X] [--slo-ttft-ms M] [--slo-itl-ms M]
       [--format json|csv|summary] [--emit hpa|keda|knative|ray|sagemaker|aibrix|lab]
       npm run lab -- decide --config FILE < observations.jsonl

Runs autoscaling policies second by second on the same traffic (the Lab's time engine) and prints what happened.
With decide, one controller reads observations (JSON lines on stdin) instead and prints its decision for each
second (npm run lab -- decide --help).

Options:
  --config FILE    a policy: the Lab's JSON, or a Kubernetes HPA, Knative Service, Ray Serve or SageMaker config
                   (YAML or JSON); repeat to compare several on the same arrivals
  --traffic FILE   a CSV of seconds,requests_per_second (header allowed; each rate holds until the next line)
  --scenario NAME  ${SCENARIO_NAMES.join(', ')} (default steady), or a real trace: ${LLM_TRACE_NAMES.join(', ')}
                   (the Azure LLM inference trace 2023, Microsoft's AzurePublicDataset, CC BY 4.0; Patel et al.,
                   "Splitwise", ISCA 2024): each request at its own time with its own prompt and output tokens
  --trace FILE     a request trace CSV: seconds,prompt_tokens,output_tokens (header allowed, times not decreasing),
                   or the Azure schema TIMESTAMP,ContextTokens,GeneratedTokens as published
  --rate-scale X   a trace's gaps divided by X (2 = twice the rate); the trace loops to fill --seconds (default 1)
  --seconds N      seconds to simulate, 1 to ${MAX_SECONDS} (seven days); default 3600
  --seed S         seed of the Poisson arrivals (default 1)
  --arrivals MODE  poisson (default) or exact (fractional rates accumulate)
  --capacity R     requests per second one ready replica serves (default 10)
  --service-ms M   service time per request, ms (default 100)
  --cold-start S   seconds a new replica needs before it serves, one stage (default 60; under --replica llm
                   the default is the staged cold start below)
  --replica KIND   simple (default: each replica serves --capacity requests/s) or llm (an LLM server batching
                   tokens: continuous batching, iteration time itl_base_ms + itl_per_seq_ms x running +
                   prefill_ms_per_token x prefill tokens, at most max_num_seqs sequences and kv_cache_tokens of KV cache)
  --gpu-profile P  ${GPU_PROFILE_NAMES.join(' (default), ')} (8B model on one 80 GB GPU; Vidur's A100 tables,
                   llm-d's H100 fit), or a JSON file with exactly itl_base_ms, itl_per_seq_ms, prefill_ms_per_token,
                   max_num_seqs, kv_cache_tokens (each above 0) and an optional name
  --cold-start-stages node=S,image=S,weights=S,warmup=S
                   a cold start in stages (defaults node 150, image 190, weights 60, warmup 15; a subset keeps the
                   rest); mitigations: image streaming image=30, weight streaming weights=10, hot start weights=4
  --warm-nodes N   GPU nodes kept warm (a warm pool): the node stage is skipped while fewer nodes are in use; a node
                   released by scale-down stays warm for 600 s (cluster-autoscaler's scale-down-unneeded-time)
  --drain-s S      seconds a removed replica drains (default 30); LLM streams still running then are cut (failed)
  --slo-ttft-ms M  time-to-first-token objective for goodput (default 500, Dynamo planner's)
  --slo-itl-ms M   inter-token latency objective for goodput (default 50)
  --format NAME    summary (a table, the default), json ({policy, seconds, ticks, summary}; an array with
                   several --config) or csv (one row per policy and second)
  --emit FORMAT    print the config(s) in that format instead of running them
  -h, --help       show this help

Exit status: 0 on success; 2 for a bad argument, file, config or traffic line, with one
"where: what (what to do)" line per problem on stderr and nothing on stdout.
`;

type ValueFlag = '--config' | '--traffic' | '--scenario' | '--seconds' | '--seed' | '--arrivals' | '--capacity' | '--service-ms' | '--cold-start' | '--format' | '--emit'
  | '--trace' | '--rate-scale' | '--replica' | '--gpu-profile' | '--cold-start-stages' | '--warm-nodes' | '--drain-s' | '--slo-ttft-ms' | '--slo-itl-ms';

const EXAMPLES: Record<ValueFlag, string> = {
  '--config': '--config hpa.yaml', '--traffic': '--traffic load.csv', '--scenario': '--scenario diurnal', '--seconds': '--seconds 86400',
  '--seed': '--seed 7', '--arrivals': '--arrivals exact', '--capacity': '--capacity 10', '--service-ms': '--service-ms 100',
  '--cold-start': '--cold-start 60', '--format': '--format json', '--emit': '--emit hpa', '--trace': '--trace requests.csv',
  '--rate-scale': '--rate-scale 2', '--replica': '--replica llm', '--gpu-profile': '--gpu-profile h100',
  '--cold-start-stages': '--cold-start-stages node=150,image=30', '--warm-nodes': '--warm-nodes 2', '--drain-s': '--drain-s 60',
  '--slo-ttft-ms': '--slo-ttft-ms 500', '--slo-itl-ms': '--slo-itl-ms 50',
};

function choice<T extends string>(errors: ValidationError[], flag: string, value: string | undefined, choices: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if ((choices as readonly string[]).includes(value)) return value as T;
  errors.push({ path: flag, message: `${flag} must be one of ${choices.join(', ')}, got "${value}"`, hint: `e.g. ${flag} ${choices[0]}` });
  return undefined;
}

function numberArg(errors: ValidationError[], flag: string, value: string | undefined, what: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed)) {
    errors.push({ path: flag, message: `${flag} must be a number, got "${value}"`, hint: `use ${what}` });
    return undefined;
  }
  return parsed;
}

/** Parses the arguments after `npm run lab --`. `--flag value` and `--flag=value`; --config repeats, other repeats: the last wins. */
export function parseLabArgs(argv: readonly string[]): Result<LabOptions> {
  const read = readFlags(argv, EXAMPLES, '--config hpa.yaml');
  const errors = [...read.errors];
  const { help } = read;
  const configPaths = read.values['--config'] ?? [];
  const values = Object.fromEntries(Object.entries(read.values).map(([flag, given]) => [flag, lastValue(given as readonly string[])])) as Partial<Record<ValueFlag, string>>;

  const scenarioText = values['--scenario'];
  let scenario: ScenarioName | LlmTraceName | undefined;
  if (scenarioText !== undefined) {
    if (isScenarioName(scenarioText) || isLlmTraceName(scenarioText)) scenario = scenarioText;
    else errors.push({ path: '--scenario', message: `unknown scenario "${scenarioText}"`, hint: `use one of ${[...SCENARIO_NAMES, ...LLM_TRACE_NAMES].join(', ')}` });
  }
  const sources = (['--traffic', '--scenario', '--trace'] as const).filter((flag) => values[flag] !== undefined);
  if (sources.length > 1) {
    errors.push({ path: sources[1]!, message: `${sources.join(' and ')} both give the traffic`, hint: 'keep one of them' });
  }
  const replicaText = values['--replica'];
  if (replicaText !== undefined && !isReplicaKind(replicaText)) errors.push({ path: '--replica', message: `--replica must be one of ${REPLICA_KINDS.join(', ')}, got "${replicaText}"`, hint: 'e.g. --replica llm' });
  const rateScale = numberArg(errors, '--rate-scale', values['--rate-scale'], 'a factor above 0, e.g. 2');
  if (rateScale !== undefined && !(rateScale > 0)) errors.push({ path: '--rate-scale', message: `--rate-scale must be above 0, got ${values['--rate-scale']}`, hint: 'e.g. --rate-scale 2 for twice the rate' });
  if (rateScale !== undefined && values['--trace'] === undefined && !(scenarioText !== undefined && isLlmTraceName(scenarioText))) {
    errors.push({ path: '--rate-scale', message: '--rate-scale applies to a request trace', hint: `use it with --trace FILE.csv or --scenario ${LLM_TRACE_NAMES[0]}` });
  }
  const warmNodes = numberArg(errors, '--warm-nodes', values['--warm-nodes'], 'a whole number of nodes, 0 or more');
  if (warmNodes !== undefined && !(Number.isInteger(warmNodes) && warmNodes >= 0)) errors.push({ path: '--warm-nodes', message: `--warm-nodes must be a whole number 0 or more, got ${values['--warm-nodes']}`, hint: 'e.g. --warm-nodes 2' });
  const drainS = numberArg(errors, '--drain-s', values['--drain-s'], 'whole seconds, 0 or more');
  const sloTtftMs = numberArg(errors, '--slo-ttft-ms', values['--slo-ttft-ms'], 'milliseconds above 0, e.g. 500');
  const sloItlMs = numberArg(errors, '--slo-itl-ms', values['--slo-itl-ms'], 'milliseconds above 0, e.g. 50');
  for (const [flag, value] of [['--slo-ttft-ms', sloTtftMs], ['--slo-itl-ms', sloItlMs]] as const) {
    if (value !== undefined && !(value > 0)) errors.push({ path: flag, message: `${flag} must be above 0, got ${values[flag]}`, hint: `e.g. ${EXAMPLES[flag]}` });
  }
  const seconds = numberArg(errors, '--seconds', values['--seconds'], `whole seconds from 1 to ${MAX_SECONDS}`);
  const seed = numberArg(errors, '--seed', values['--seed'], 'a whole number, e.g. 7');
  if (seed !== undefined && !Number.isInteger(seed)) errors.push({ path: '--seed', message: `--seed must be a whole number, got ${values['--seed']}`, hint: 'e.g. --seed 7' });
  const arrivals = choice(errors, '--arrivals', values['--arrivals'], ['poisson', 'exact'] as const);
  const capacity = numberArg(errors, '--capacity', values['--capacity'], 'requests per second per replica, above 0');
  const serviceMs = numberArg(errors, '--service-ms', values['--service-ms'], 'milliseconds, 0 or more');
  const coldStart = numberArg(errors, '--cold-start', values['--cold-start'], 'whole seconds, 0 or more');
  const format = choice(errors, '--format', values['--format'], LAB_FORMATS);
  const emit = choice(errors, '--emit', values['--emit'], EMIT_FORMATS);
  if (!help && configPaths.length === 0 && errors.length === 0) {
    errors.push({ path: '--config', message: 'no policy given', hint: 'add --config FILE (the Lab\'s JSON or a real HPA, Knative, Ray or SageMaker config); run with --help' });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      configPaths, trafficPath: values['--traffic'], scenario, seconds, seed: seed ?? 1, arrivals: arrivals ?? 'poisson',
      capacity, serviceMs, coldStart, format: format ?? 'summary', emit, help, tracePath: values['--trace'], rateScale,
      replica: replicaText !== undefined && isReplicaKind(replicaText) ? replicaText : 'simple', gpuProfile: values['--gpu-profile'],
      coldStartStages: values['--cold-start-stages'], warmNodes, drainS, sloTtftMs, sloItlMs,
    },
  };
}
