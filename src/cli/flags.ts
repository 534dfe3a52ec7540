/** The flag reading both CLIs share: `--flag value` and `--flag=value`, `-h`/`--help`, and explained mistakes. Pure. */
import type { ValidationError } from '../engine';
import { editDistance } from '../engine/lesson/validate';

export interface ReadFlags<F extends string> {
  /** every value given per flag, in order (a flag given twice keeps both; the caller says which wins) */
  readonly values: Partial<Record<F, readonly string[]>>;
  readonly help: boolean;
  readonly errors: readonly ValidationError[];
}

/** The flag a mistyped one most likely meant: a prefix, the same letters but for dashes, or two edits away. */
function nearestFlag(name: string, flags: readonly string[]): string | undefined {
  const bare = `--${name.replace(/^-+/, '').toLowerCase()}`;
  const letters = (flag: string) => flag.replace(/[-_]/g, '');
  return flags.find((flag) => bare.length > 3 && flag.startsWith(bare))
    ?? flags.find((flag) => letters(flag) === letters(bare))
    ?? flags.find((flag) => editDistance(bare, flag) <= 2);
}

/**
 * Reads `argv` against the value flags a command takes. `examples` shows each flag in use (for "needs a value");
 * `argumentHint` is what the command suggests for a stray word.
 */
export function readFlags<F extends string>(argv: readonly string[], examples: Readonly<Record<F, string>>, argumentHint: string): ReadFlags<F> {
  const flags = Object.keys(examples) as F[];
  const isFlag = (name: string): name is F => (flags as string[]).includes(name);
  const errors: ValidationError[] = [];
  const values: Partial<Record<F, string[]>> = {};
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') { help = true; continue; }
    if (!arg.startsWith('-') || arg === '-') {
      errors.push({ path: arg, message: `Unexpected argument "${arg}"`, hint: `options start with --, e.g. ${argumentHint}; run with --help` });
      continue;
    }
    const equals = arg.indexOf('=');
    const name = equals === -1 ? arg : arg.slice(0, equals);
    if (!isFlag(name)) {
      const near = nearestFlag(name, [...flags, '--help']);
      errors.push({ path: name, message: `Unknown option ${name}`, hint: near ? `did you mean ${near}?` : 'run with --help to see the options' });
      if (equals === -1 && i + 1 < argv.length && !argv[i + 1]!.startsWith('-')) i++; // its value, most likely
      continue;
    }
    let value: string | undefined;
    if (equals !== -1) value = arg.slice(equals + 1);
    else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) value = argv[++i];
    if (value === undefined || value === '') {
      errors.push({ path: name, message: `${name} needs a value`, hint: `e.g. ${examples[name]}` });
      continue;
    }
    (values[name] ??= []).push(value);
  }
  return { values, help, errors };
}

/** The last value given for a flag (a repeated flag: the last wins). */
export const lastValue = (values: readonly string[] | undefined): string | undefined => values?.[values.length - 1];
