/** Command-line arguments of `npm run trace`, parsed into options or explained errors. Pure: no process access. */
import type { Result } from '../engine';
import { lastValue, readFlags } from './flags';

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

type ValueFlag = '--config' | '--loads' | '--format';

const isFormat = (value: string): value is OutputFormat => (OUTPUT_FORMATS as readonly string[]).includes(value);

const EXAMPLES: Record<ValueFlag, string> = {
  '--config': '--config my-config.json',
  '--loads': '--loads 10,50,120',
  '--format': '--format md',
};

/** Parses the arguments after `npm run trace --`. Accepts `--flag value` and `--flag=value`; the last repeat wins. */
export function parseTraceArgs(argv: readonly string[]): Result<TraceOptions> {
  const read = readFlags(argv, EXAMPLES, '--loads 10,50,120');
  const errors = [...read.errors];
  const { help } = read;
  const values = { '--config': lastValue(read.values['--config']), '--loads': lastValue(read.values['--loads']), '--format': lastValue(read.values['--format']) };
  const format = values['--format'] ?? 'table';
  if (!isFormat(format)) {
    errors.push({ path: '--format', message: `--format must be one of ${OUTPUT_FORMATS.join(', ')}, got "${format}"`, hint: format.toLowerCase() === 'markdown' ? 'did you mean md?' : 'e.g. --format md' });
  }
  if (errors.length > 0 || !isFormat(format)) return { ok: false, errors };
  return { ok: true, value: { configPath: values['--config'], loadsText: values['--loads'], format, help } };
}
