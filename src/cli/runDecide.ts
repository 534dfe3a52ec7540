/**
 * `npm run lab -- decide --config FILE < observations.jsonl`: one controller's decision for each second of observations
 * (src/engine/time/decide.ts), one JSON line out per line in. Pure: arguments, a file reader and stdin's text in.
 */
import { decideLines } from '../engine/lab';
import { lastValue, readFlags } from './flags';
import { formatErrors } from './format';
import type { LabConfigFormats } from './runLab';
import { EXIT_INVALID, type CliResult, type ReadTextFile } from './runTrace';

export const DECIDE_USAGE = `Usage: npm run lab -- decide --config FILE < observations.jsonl

Feeds one controller observations, one JSON line per second, and prints its decision for each line: what the Lab's
controller would do with these numbers, second by second, its memory (windows, cooldowns, panic mode) carried over.

Input, one line per second, t increasing by 1:
  {"t": 0, "ready": 3, "starting": 0, "metrics": {"<name>": <value>}}
  ready / starting: replica counts (pods not ready yet count as starting; starting defaults to 0).
  A metric is a number (the total over the ready replicas; for an HPA Object / External metric, its value as the
  metrics API gives it) or a list with one value per ready replica. Names are the config's own: an HPA metric's
  name (requests_per_second when it has none), cpu (percent of the CPU request per pod), concurrency or rps
  (Knative), ongoing_requests (Ray Serve), invocations_per_instance (SageMaker, per minute), load (the lesson's loop).

Output, one line per input line:
  {"t": 0, "decided": true, "raw": 4, "desired": 4, "reason": "..."}
  decided: the controller acted in this second (on the first line, then every period: HPA 15 s, KPA 2 s, Ray 1 s,
  SageMaker 60 s); raw: its recommendation before stabilization, rate limits and bounds (null when it did not act);
  desired: the replica count it sets; reason: the decision log's sentence.

Options:
  --config FILE    one policy: the Lab's JSON, or a Kubernetes HPA, KEDA ScaledObject, Knative Service, Ray Serve or
                   SageMaker config (YAML or JSON)
  -h, --help       show this help

Exit status: 0 on success; 2 for a bad argument, config or line, with "where: what (what to do)" on stderr
(a line is named stdin:LINE) and nothing on stdout.
`;

const invalid = (stderr: string): CliResult => ({ exitCode: EXIT_INVALID, stdout: '', stderr });

export function runDecide(argv: readonly string[], readFile: ReadTextFile, readStdin: () => string, formats: Pick<LabConfigFormats, 'importPolicies'>): CliResult {
  const read = readFlags(argv, { '--config': '--config hpa.yaml' }, '--config hpa.yaml');
  if (read.help) return { exitCode: 0, stdout: DECIDE_USAGE, stderr: '' };
  if (read.errors.length > 0) return invalid(formatErrors(read.errors, 'arguments'));
  const path = lastValue(read.values['--config']);
  if (path === undefined) return invalid(formatErrors([{ path: '--config', message: 'no policy given', hint: 'add --config FILE; run with --help' }], 'arguments'));
  let text: string;
  try {
    text = readFile(path);
  } catch (error) {
    return invalid(formatErrors([{ path: '--config', message: `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`, hint: 'check the file name and path' }], 'config'));
  }
  const imported = formats.importPolicies(text, path);
  if (!imported.ok) return invalid(formatErrors(imported.errors.map((e) => ({ ...e, path: `${path}${e.path ? `: ${e.path}` : ''}` })), 'config'));
  if (imported.value.length !== 1) {
    return invalid(formatErrors([{ path, message: `decide runs one controller, and this file holds ${imported.value.length} policies (${imported.value.map((p) => p.name).join(', ')})`, hint: 'keep one policy in the file' }], 'config'));
  }
  const lines = decideLines(imported.value[0]!.config, readStdin());
  if (!lines.ok) return invalid(formatErrors(lines.errors, 'stdin'));
  return { exitCode: 0, stdout: lines.value.map((line) => `${JSON.stringify(line)}\n`).join(''), stderr: '' };
}
