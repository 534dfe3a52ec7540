/** The trace command as a function: arguments and a file reader in, exit code and output text out. */
import { LESSON_CONFIG, LESSON_LOADS, parseConfigText, simulate, type ScalingConfig, type ValidationError } from '../engine';
import { parseLoadsText } from '../engine/lesson/loadsText';
import { parseTraceArgs, TRACE_USAGE } from './args';
import { formatErrors, renderTrace } from './format';

export interface CliResult {
  readonly exitCode: 0 | 2;
  readonly stdout: string;
  readonly stderr: string;
}

/** Reads a text file; throws (as fs does) when it cannot. */
export type ReadTextFile = (path: string) => string;

export const EXIT_INVALID = 2;

function loadConfig(path: string | undefined, readFile: ReadTextFile, errors: ValidationError[]): ScalingConfig | undefined {
  if (path === undefined) return LESSON_CONFIG;
  let text: string;
  try {
    text = readFile(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    errors.push({ path: '--config', message: `cannot read ${path}: ${reason}`, hint: 'check the file name and path' });
    return undefined;
  }
  const parsed = parseConfigText(text);
  if (parsed.ok) return parsed.value;
  errors.push(...parsed.errors);
  return undefined;
}

export function runTrace(argv: readonly string[], readFile: ReadTextFile): CliResult {
  const args = parseTraceArgs(argv);
  if (!args.ok) return { exitCode: EXIT_INVALID, stdout: '', stderr: formatErrors(args.errors, 'arguments') };
  const { configPath, loadsText, format, help } = args.value;
  if (help) return { exitCode: 0, stdout: TRACE_USAGE, stderr: '' };

  const errors: ValidationError[] = [];
  const config = loadConfig(configPath, readFile, errors);
  let loads: readonly number[] | undefined = LESSON_LOADS;
  if (loadsText !== undefined) {
    const parsed = parseLoadsText(loadsText);
    if (parsed.ok) loads = parsed.value;
    else { errors.push(...parsed.errors); loads = undefined; }
  }
  if (errors.length > 0 || config === undefined || loads === undefined) {
    return { exitCode: EXIT_INVALID, stdout: '', stderr: formatErrors(errors, 'config') };
  }
  return { exitCode: 0, stdout: renderTrace(simulate({ config, loads }), format), stderr: '' };
}
