import { describe, expect, it } from 'vitest';
import { parseTraceArgs, TRACE_USAGE } from './args';

const parse = (...argv: string[]) => parseTraceArgs(argv);
const errorsOf = (...argv: string[]) => {
  const result = parse(...argv);
  if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result.value)}`);
  return result.errors;
};

describe('parseTraceArgs', () => {
  it('defaults to the lesson (no config, no loads) as an aligned table', () => {
    expect(parse()).toEqual({ ok: true, value: { configPath: undefined, loadsText: undefined, format: 'table', help: false } });
  });

  it('reads --flag value and --flag=value', () => {
    expect(parse('--config', 'c.json', '--loads', '10,50', '--format', 'md')).toEqual({
      ok: true, value: { configPath: 'c.json', loadsText: '10,50', format: 'md', help: false },
    });
    expect(parse('--config=c.json', '--loads=1,2', '--format=json')).toMatchObject({
      ok: true, value: { configPath: 'c.json', loadsText: '1,2', format: 'json' },
    });
  });

  it('takes a value that starts with a single dash, so a negative load reaches validation', () => {
    expect(parse('--loads', '-5,10')).toMatchObject({ ok: true, value: { loadsText: '-5,10' } });
  });

  it('lets the last repeat win', () => {
    expect(parse('--format', 'md', '--format', 'csv')).toMatchObject({ ok: true, value: { format: 'csv' } });
  });

  it.each(['table', 'md', 'csv', 'json'])('accepts --format %s', (format) => {
    expect(parse('--format', format)).toMatchObject({ ok: true, value: { format } });
  });

  it('recognises --help and -h', () => {
    expect(parse('--help')).toMatchObject({ ok: true, value: { help: true } });
    expect(parse('-h', '--format', 'md')).toMatchObject({ ok: true, value: { help: true, format: 'md' } });
  });

  it('rejects an unknown format and suggests one', () => {
    expect(errorsOf('--format', 'html')).toEqual([
      { path: '--format', message: '--format must be one of table, md, csv, json, got "html"', hint: 'e.g. --format md' },
    ]);
    expect(errorsOf('--format', 'markdown')[0]!.hint).toBe('did you mean md?');
  });

  it('rejects an unknown flag, suggests the nearest, and skips its value', () => {
    expect(errorsOf('--fromat', 'md')).toEqual([{ path: '--fromat', message: 'Unknown option --fromat', hint: 'did you mean --format?' }]);
    expect(errorsOf('--load=1,2')[0]!.hint).toBe('did you mean --loads?');
    expect(errorsOf('--conf', 'x.json')[0]!.hint).toBe('did you mean --config?');
    expect(errorsOf('--verbose')[0]).toEqual({ path: '--verbose', message: 'Unknown option --verbose', hint: 'run with --help to see the options' });
    expect(errorsOf('-x')[0]!.path).toBe('-x');
  });

  it('rejects a flag without its value', () => {
    expect(errorsOf('--config')).toEqual([{ path: '--config', message: '--config needs a value', hint: 'e.g. --config my-config.json' }]);
    expect(errorsOf('--loads', '--format', 'md')[0]!.path).toBe('--loads');
    expect(errorsOf('--format=')[0]!.message).toBe('--format needs a value');
  });

  it('rejects stray arguments', () => {
    expect(errorsOf('config.json')).toEqual([{
      path: 'config.json', message: 'Unexpected argument "config.json"',
      hint: 'options start with --, e.g. --loads 10,50,120; run with --help',
    }]);
  });

  it('reports every problem at once', () => {
    expect(errorsOf('--bogus', '--format', 'pdf', 'extra').map((e) => e.path)).toEqual(['--bogus', 'extra', '--format']);
    expect(errorsOf('--bogus=1', 'extra').map((e) => e.path)).toEqual(['--bogus', 'extra']);
  });

  it('documents every flag and the exit status in the usage text', () => {
    for (const flag of ['--config FILE', '--loads', '--format', '--help', 'Exit status', 'path: message (hint)']) {
      expect(TRACE_USAGE).toContain(flag);
    }
  });
});
