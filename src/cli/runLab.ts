/** The lab command as a function: arguments, a file reader and the config formats in; exit code and output text out. */
import {
  checkTimeRun, coldStartTotal, distinctNames, formatNumber, isScenarioName, TRACE_CREDIT, parseTrafficCsv, scenarioProfile, simulateTime,
  validatePlatform, validateSeconds,
  type NamedPolicy, type Result, type TrafficProfile, type ValidationError,
} from '../engine/lab';
import { formatErrors } from './format';
import { LAB_USAGE, parseLabArgs, type EmitFormat } from './labArgs';
import { renderLab } from './labFormat';
import { labLlmInputs } from './labLlm';
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

const PLATFORM_FLAGS: Readonly<Record<string, string>> = { capacity: '--capacity', service_ms: '--service-ms', cold_start_s: '--cold-start', drain_s: '--drain-s' };

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

  const scenario = options.scenario === undefined || !isScenarioName(options.scenario) ? 'steady' : options.scenario;
  let traffic: TrafficProfile | undefined = scenarioProfile(scenario, options.seconds ?? DEFAULT_LAB_SECONDS);
  if (options.trafficPath !== undefined) {
    const text = readText(options.trafficPath, '--traffic', readFile, errors);
    const parsed = text === undefined ? undefined : parseTrafficCsv(text, options.trafficPath);
    traffic = parsed?.ok ? parsed.value : undefined;
    if (parsed && !parsed.ok) errors.push(...parsed.errors);
  }
  const seconds = validateSeconds(options.seconds ?? DEFAULT_LAB_SECONDS, '--seconds');
  if (!seconds.ok) errors.push(...seconds.errors);
  const llm = labLlmInputs(options, seconds.ok ? seconds.value : DEFAULT_LAB_SECONDS, readFile, errors);
  const platform = validatePlatform({ capacity: options.capacity, service_ms: options.serviceMs, cold_start_s: options.coldStart, drain_s: options.drainS });
  if (!platform.ok) errors.push(...platform.errors.map((error) => ({ ...error, path: PLATFORM_FLAGS[error.path] ?? error.path })));
  if (errors.length > 0 || traffic === undefined || !seconds.ok || !platform.ok) return invalid(errors, 'input');

  const input = {
    traffic, seconds: seconds.value, seed: options.seed, arrivals: options.arrivals, platform: platform.value, policies,
    replica: llm.replica, coldStart: llm.coldStart, requests: llm.requests,
  };
  const checked = checkTimeRun(input);
  if (!checked.ok) {
    const names = policies.map((policy) => policy.name);
    return invalid(checked.errors.map((error) => ({ ...error, path: error.path.replace(/^policies\[(\d+)\]\.config/, (_, i: string) => names[Number(i)] ?? 'config') })), 'input');
  }
  const traces = simulateTime(checked.value);
  const p = platform.value;
  const source = options.tracePath ?? options.trafficPath ?? `${options.scenario ?? 'steady'} traffic`;
  const arrivals = llm.requests !== undefined ? `its own request times${options.rateScale ? ` x${formatNumber(options.rateScale)} rate` : ''}` : `${options.arrivals} arrivals, seed ${options.seed}`;
  const cold = llm.coldStart === undefined ? `${formatNumber(p.cold_start_s)} s cold start`
    : `cold start ${formatNumber(coldStartTotal(llm.coldStart.stages))} s (node ${llm.coldStart.stages.node_s}, image ${llm.coldStart.stages.image_s}, weights ${llm.coldStart.stages.weights_s}, warmup ${llm.coldStart.stages.warmup_s}; ${llm.coldStart.warm_nodes} warm nodes)`;
  const serving = llm.replica.kind === 'llm'
    ? `LLM replica on ${llm.replica.llm.profile.name ?? 'a custom profile'} (itl ${formatNumber(llm.replica.llm.profile.itl_base_ms)} + ${formatNumber(llm.replica.llm.profile.itl_per_seq_ms)} ms x running, prefill ${formatNumber(llm.replica.llm.profile.prefill_ms_per_token)} ms/token, ${formatNumber(llm.replica.llm.profile.max_num_seqs)} seqs, ${formatNumber(llm.replica.llm.profile.kv_cache_tokens)} KV tokens)`
    : `${formatNumber(p.capacity)} req/s per replica, ${formatNumber(p.service_ms)} ms service`;
  const preamble = [
    `${formatNumber(seconds.value)} s of ${source}, ${arrivals}; ${serving}, ${cold}, ${formatNumber(p.drain_s)} s drain`,
    llm.replica.kind === 'llm'
      ? `latency is simulated per request (TTFT = wait + prefill, ITL = iteration time); goodput = finished within TTFT <= ${formatNumber(llm.replica.llm.slo_ttft_ms)} ms and ITL <= ${formatNumber(llm.replica.llm.slo_itl_ms)} ms; price $${formatNumber(p.price_per_hour)}/replica-hour`
      : `p95 is estimated by the model (wait in whole seconds + service time); SLO p95 <= ${formatNumber(p.slo_p95_ms)} ms; price $${formatNumber(p.price_per_hour)}/replica-hour`,
  ];
  if (options.scenario === 'azure-conv' || options.scenario === 'azure-code') preamble.push(`traffic: ${TRACE_CREDIT}`);
  return { exitCode: 0, stdout: renderLab(traces, options.format, preamble), stderr: '' };
}
