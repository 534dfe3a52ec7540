/** Command-line arguments of `npm run trace`, parsed into options or explained errors. Pure: no process access. */
import type { Result, ValidationError } from '../engine';

export const OUTPUT_FORMATS = ['table', 'md', 'csv', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface TraceOptions {
  /** path of a JSON config file; undefined means the lesson's config */
  readonly configPath: string | undefined;
  /** comma-separated loads as typed; undefined means the lesson's loads */
  readonly loadsText: string | undefined;
  readonly format: OutputFormat;
  readonly help: boolean;
}

export const TRACE_USAGE = `Usage: npm run trace -- [--config FILE] [--loads 10,50,120] [--format table|md|csv|json]

Prints the autoscaler's process table for a config and a load sequence, using the app's engine.

Options:
  --config FILE   JSON config in the lesson's vocabulary, e.g. {"upper_threshold": 150}
                  (keys left out take the lesson's values); default: the lesson's config
  --loads LIST    requests per step, comma-separated; default: 10,50,120,80,30,5
  --format NAME   table (aligned text, the default), md (Markdown), csv, or json (rows, tracker, final_instances)
  -h, --help      show this help

Exit status: 0 when the table was printed; 2 for an invalid argument, config or load sequence,
with one "path: message (hint)" line per problem on stderr and nothing on stdout.
`;

const VALUE_FLAGS = ['--config', '--loads', '--format'] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];
const ALL_FLAGS = [...VALUE_FLAGS, '--help'];

const isValueFlag = (name: string): name is ValueFlag => (VALUE_FLAGS as readonly string[]).includes(name);
const isFormat = (value: string): value is OutputFormat => (OUTPUT_FORMATS as readonly string[]).includes(value);

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

function unknownFlag(name: string): ValidationError {
  const bare = `--${name.replace(/^-+/, '').toLowerCase()}`;
  const near = ALL_FLAGS.find((flag) => flag.startsWith(bare) && bare.length > 3) ?? ALL_FLAGS.find((flag) => distance(bare, flag) <= 2);
  return { path: name, message: `Unknown option ${name}`, hint: near ? `did you mean ${near}?` : 'run with --help to see the options' };
}

const EXAMPLES: Record<ValueFlag, string> = {
  '--config': '--config my-config.json',
  '--loads': '--loads 10,50,120',
  '--format': '--format md',
};

/** Parses the arguments after `npm run trace --`. Accepts `--flag value` and `--flag=value`; the last repeat wins. */
export function parseTraceArgs(argv: readonly string[]): Result<TraceOptions> {
  const errors: ValidationError[] = [];
  const values: Partial<Record<ValueFlag, string>> = {};
  let help = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') { help = true; continue; }
    if (!arg.startsWith('-') || arg === '-') {
      errors.push({ path: arg, message: `Unexpected argument "${arg}"`, hint: 'options start with --, e.g. --loads 10,50,120; run with --help' });
      continue;
    }
    const equals = arg.indexOf('=');
    const name = equals === -1 ? arg : arg.slice(0, equals);
    if (!isValueFlag(name)) {
      errors.push(unknownFlag(name));
      if (equals === -1 && i + 1 < argv.length && !argv[i + 1]!.startsWith('-')) i++; // its value, most likely
      continue;
    }
    let value: string | undefined;
    if (equals !== -1) value = arg.slice(equals + 1);
    else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) value = argv[++i];
    if (value === undefined || value === '') {
      errors.push({ path: name, message: `${name} needs a value`, hint: `e.g. ${EXAMPLES[name]}` });
      continue;
    }
    values[name] = value;
  }

  const format = values['--format'] ?? 'table';
  if (!isFormat(format)) {
    errors.push({ path: '--format', message: `--format must be one of ${OUTPUT_FORMATS.join(', ')}, got "${format}"`, hint: format.toLowerCase() === 'markdown' ? 'did you mean md?' : 'e.g. --format md' });
  }
  if (errors.length > 0 || !isFormat(format)) return { ok: false, errors };
  return { ok: true, value: { configPath: values['--config'], loadsText: values['--loads'], format, help } };
}
