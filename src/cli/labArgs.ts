/** Command-line arguments of `npm run lab`, parsed into options or explained errors. Pure: no process access. */
import { lastValue, readFlags } from './flags';
import { isScenarioName, MAX_SECONDS, SCENARIO_NAMES, type ArrivalMode, type Result, type ScenarioName, type ValidationError } from '../engine/lab';

export const LAB_FORMATS = ['json', 'csv', 'summary'] as const;
export type LabOutputFormat = (typeof LAB_FORMATS)[number];
export const EMIT_FORMATS = ['hpa', 'keda', 'knative', 'ray', 'sagemaker', 'aibrix', 'lab'] as const;
export type EmitFormat = (typeof EMIT_FORMATS)[number];

export interface LabOptions {
  /** config files, in order; each may hold one or several policies */
  readonly configPaths: readonly string[];
  readonly trafficPath: string | undefined;
  readonly scenario: ScenarioName | undefined;
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

export const LAB_USAGE = `Usage: npm run lab -- --config FILE [--config FILE2 ...] [--traffic FILE.csv | --scenario NAME]
       [--seconds N] [--seed S] [--arrivals poisson|exact] [--capacity R] [--service-ms M] [--cold-start S]
       [--format json|csv|summary] [--emit hpa|keda|knative|ray|sagemaker|aibrix|lab]

Runs autoscaling policies second by second on the same traffic (the Lab's time engine) and prints what happened.

Options:
  --config FILE    a policy: the Lab's JSON, or a Kubernetes HPA, Knative Service, Ray Serve or SageMaker config
                   (YAML or JSON); repeat to compare several on the same arrivals
  --traffic FILE   a CSV of seconds,requests_per_second (header allowed; each rate holds until the next line)
  --scenario NAME  ${SCENARIO_NAMES.join(', ')} (default steady)
  --seconds N      seconds to simulate, 1 to ${MAX_SECONDS} (seven days); default 3600
  --seed S         seed of the Poisson arrivals (default 1)
  --arrivals MODE  poisson (default) or exact (fractional rates accumulate)
  --capacity R     requests per second one ready replica serves (default 10)
  --service-ms M   service time per request, ms (default 100)
  --cold-start S   seconds a new replica needs before it serves (default 60)
  --format NAME    summary (a table, the default), json ({policy, seconds, ticks, summary}; an array with
                   several --config) or csv (one row per policy and second)
  --emit FORMAT    print the config(s) in that format instead of running them
  -h, --help       show this help

Exit status: 0 on success; 2 for a bad argument, file, config or traffic line, with one
"where: what (what to do)" line per problem on stderr and nothing on stdout.
`;

type ValueFlag = '--config' | '--traffic' | '--scenario' | '--seconds' | '--seed' | '--arrivals' | '--capacity' | '--service-ms' | '--cold-start' | '--format' | '--emit';

const EXAMPLES: Record<ValueFlag, string> = {
  '--config': '--config hpa.yaml', '--traffic': '--traffic load.csv', '--scenario': '--scenario diurnal', '--seconds': '--seconds 86400',
  '--seed': '--seed 7', '--arrivals': '--arrivals exact', '--capacity': '--capacity 10', '--service-ms': '--service-ms 100',
  '--cold-start': '--cold-start 60', '--format': '--format json', '--emit': '--emit hpa',
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
  let scenario: ScenarioName | undefined;
  if (scenarioText !== undefined) {
    if (isScenarioName(scenarioText)) scenario = scenarioText;
    else errors.push({ path: '--scenario', message: `unknown scenario "${scenarioText}"`, hint: `use one of ${SCENARIO_NAMES.join(', ')}` });
  }
  if (scenarioText !== undefined && values['--traffic'] !== undefined) {
    errors.push({ path: '--scenario', message: '--traffic and --scenario both give the traffic', hint: 'keep one of them' });
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
      capacity, serviceMs, coldStart, format: format ?? 'summary', emit, help,
    },
  };
}
