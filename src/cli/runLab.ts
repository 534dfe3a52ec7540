/** The lab command as a function: arguments, a file reader and the config formats in; exit code and output text out. */
import {
  checkTimeRun, distinctNames, formatNumber, parseTrafficCsv, scenarioProfile, simulateTime, validatePlatform, validateSeconds,
  type NamedPolicy, type Result, type TrafficProfile, type ValidationError,
} from '../engine/lab';
import { formatErrors } from './format';
import { LAB_USAGE, parseLabArgs, type EmitFormat } from './labArgs';
import { renderLab } from './labFormat';
import { EXIT_INVALID, type CliResult, type ReadTextFile } from './runTrace';

/** Reading and writing policy configs (src/engine/formats): the Lab's JSON and the real systems' manifests. */
export interface LabConfigFormats {
  importPolicies(text: string, source?: string): Result<readonly NamedPolicy[]>;
  exportPolicy(policy: NamedPolicy, format: EmitFormat): Result<{ readonly text: string; readonly notes: readonly string[] }>;
}

/** Default run length, seconds. */
export const DEFAULT_LAB_SECONDS = 3600;

const invalid = (errors: readonly ValidationError[], root: string): CliResult => ({ exitCode: EXIT_INVALID, stdout: '', stderr: formatErrors(errors, root) });

function readText(path: string, flag: string, readFile: ReadTextFile, errors: ValidationError[]): string | undefined {
  try {
    return readFile(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    errors.push({ path: flag, message: `cannot read ${path}: ${reason}`, hint: 'check the file name and path' });
    return undefined;
  }
}

/** Errors of one config file, each named by the file and its field path. */
const inFile = (file: string, errors: readonly ValidationError[]): ValidationError[] =>
  errors.map((error) => ({ ...error, path: error.path.startsWith(file) ? error.path : `${file}${error.path ? `: ${error.path}` : ''}` }));

const PLATFORM_FLAGS: Readonly<Record<string, string>> = { capacity: '--capacity', service_ms: '--service-ms', cold_start_s: '--cold-start' };

export function runLab(argv: readonly string[], readFile: ReadTextFile, formats: LabConfigFormats): CliResult {
  const args = parseLabArgs(argv);
  if (!args.ok) return invalid(args.errors, 'arguments');
  const options = args.value;
  if (options.help) return { exitCode: 0, stdout: LAB_USAGE, stderr: '' };

  const errors: ValidationError[] = [];
  const policies: NamedPolicy[] = [];
  for (const path of options.configPaths) {
    const text = readText(path, '--config', readFile, errors);
    if (text === undefined) continue;
    const imported = formats.importPolicies(text, path);
    if (imported.ok) policies.push(...imported.value);
    else errors.push(...inFile(path, imported.errors));
  }
  if (errors.length > 0) return invalid(errors, 'config');
  // policies from several files may share a name: told apart by kind ("llm (HPA)", "llm (Knative)") or by number
  policies.splice(0, policies.length, ...distinctNames(policies));

  if (options.emit !== undefined) {
    const texts: string[] = [];
    const notes: string[] = [];
    for (const policy of policies) {
      const exported = formats.exportPolicy(policy, options.emit);
      if (!exported.ok) { errors.push(...exported.errors.map((error) => ({ ...error, path: `${policy.name}${error.path ? `: ${error.path}` : ''}` }))); continue; }
      texts.push(exported.value.text.endsWith('\n') ? exported.value.text : `${exported.value.text}\n`);
      notes.push(...exported.value.notes.map((note) => `note (${policy.name}): ${note}\n`));
    }
    if (errors.length > 0) return invalid(errors, '--emit');
    // several Lab policies make one JSON array (the Lab's JSON reads either); manifests are YAML documents (or JSON ones) apart
    const stdout = options.emit === 'lab' && texts.length > 1
      ? `[\n${texts.map((text) => text.trimEnd()).join(',\n')}\n]\n`
      : texts.join('---\n');
    return { exitCode: 0, stdout, stderr: notes.join('') };
  }

  let traffic: TrafficProfile | undefined = scenarioProfile(options.scenario ?? 'steady', options.seconds ?? DEFAULT_LAB_SECONDS);
  if (options.trafficPath !== undefined) {
    const text = readText(options.trafficPath, '--traffic', readFile, errors);
    const parsed = text === undefined ? undefined : parseTrafficCsv(text, options.trafficPath);
    traffic = parsed?.ok ? parsed.value : undefined;
    if (parsed && !parsed.ok) errors.push(...parsed.errors);
  }
  const seconds = validateSeconds(options.seconds ?? DEFAULT_LAB_SECONDS, '--seconds');
  if (!seconds.ok) errors.push(...seconds.errors);
  const platform = validatePlatform({ capacity: options.capacity, service_ms: options.serviceMs, cold_start_s: options.coldStart });
  if (!platform.ok) errors.push(...platform.errors.map((error) => ({ ...error, path: PLATFORM_FLAGS[error.path] ?? error.path })));
  if (errors.length > 0 || traffic === undefined || !seconds.ok || !platform.ok) return invalid(errors, 'input');

  const input = { traffic, seconds: seconds.value, seed: options.seed, arrivals: options.arrivals, platform: platform.value, policies };
  const checked = checkTimeRun(input);
  if (!checked.ok) {
    const names = policies.map((policy) => policy.name);
    return invalid(checked.errors.map((error) => ({ ...error, path: error.path.replace(/^policies\[(\d+)\]\.config/, (_, i: string) => names[Number(i)] ?? 'config') })), 'input');
  }
  const traces = simulateTime(checked.value);
  const p = platform.value;
  const preamble = [
    `${formatNumber(seconds.value)} s of ${options.trafficPath ?? `${options.scenario ?? 'steady'} traffic`}, ${options.arrivals} arrivals, seed ${options.seed}; ` +
      `${formatNumber(p.capacity)} req/s per replica, ${formatNumber(p.service_ms)} ms service, ${formatNumber(p.cold_start_s)} s cold start`,
    `p95 is estimated by the model (wait in whole seconds + service time); SLO p95 <= ${formatNumber(p.slo_p95_ms)} ms; price $${formatNumber(p.price_per_hour)}/replica-hour`,
  ];
  return { exitCode: 0, stdout: renderLab(traces, options.format, preamble), stderr: '' };
}
