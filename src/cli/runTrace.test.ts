import { describe, expect, it } from 'vitest';
import { LESSON_CONFIG, LESSON_LOADS, simulate } from '../engine';
import { TRACE_USAGE } from './args';
import { renderTrace } from './format';
import { runTrace, type ReadTextFile } from './runTrace';

/** A file reader over an in-memory folder; a missing file fails as fs does. */
function filesReader(files: Record<string, string>): ReadTextFile {
  return (path) => {
    const text = files[path];
    if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
    return text;
  };
}

const noFiles = filesReader({});

describe('runTrace', () => {
  it('prints the lesson as a table by default', () => {
    expect(runTrace([], noFiles)).toEqual({
      exitCode: 0, stderr: '', stdout: renderTrace(simulate({ config: LESSON_CONFIG, loads: LESSON_LOADS }), 'table'),
    });
  });

  it('prints help on --help, exit 0', () => {
    expect(runTrace(['--help'], noFiles)).toEqual({ exitCode: 0, stdout: TRACE_USAGE, stderr: '' });
  });

  it('reads a partial config file, filling the lesson\'s defaults', () => {
    const result = runTrace(['--config', 'up.json', '--loads', '120,160', '--format', 'csv'], filesReader({ 'up.json': '{"upper_threshold": 150}' }));
    expect(result.exitCode).toBe(0);
    expect(result.stdout.split('\n')[0]).toContain('Condition: load > 150');
    expect(result.stdout).toContain('1,120,False,False,No scaling,1,"Load: 120, Instances: 1"');
    expect(result.stdout).toContain('2,160,True,False,Scale up by 1,2,"Load: 160, Instances: 2"');
  });

  it('runs a target-tracking config', () => {
    const files = filesReader({ 'tt.json': '{"min_servers": 2, "max_servers": 6, "target_utilization": 0.6, "capacity_per_server": 50}' });
    const json = JSON.parse(runTrace(['--config=tt.json', '--loads=150', '--format=json'], files).stdout) as { final_instances: number };
    expect(json.final_instances).toBe(5);
  });

  it('reports every config and load problem on stderr, exit 2, nothing on stdout', () => {
    const files = filesReader({ 'bad.json': '{"min_servers": 5, "max_servers": 2, "scale_up_threshold": 150}' });
    expect(runTrace(['--config', 'bad.json', '--loads', '10,-1,x'], files)).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: [
        'scale_up_threshold: Unknown key "scale_up_threshold" (did you mean "upper_threshold"?)',
        'min_servers: min_servers (5) is greater than max_servers (2) (they look swapped: try "min_servers": 2, "max_servers": 5)',
        'loads[1]: Step 2 cannot be negative, got -1 (use requests per step, a number 0 or more)',
        'loads[2]: Step 3 is not a number: the text "x" (write plain numbers separated by commas, spaces or new lines, e.g. 10,50,120)',
        '',
      ].join('\n'),
    });
  });

  it('names a JSON syntax error at the config\'s root', () => {
    const result = runTrace(['--config', 'broken.json'], filesReader({ 'broken.json': '{"min_servers": 1,,}' }));
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^config: The config is not valid JSON: .+ \(check for a missing comma, quote or brace\)\n$/);
  });

  it('says when the config file cannot be read', () => {
    const result = runTrace(['--config', 'missing.json'], noFiles);
    expect(result).toMatchObject({ exitCode: 2, stdout: '' });
    expect(result.stderr).toBe("--config: cannot read missing.json: ENOENT: no such file or directory, open 'missing.json' (check the file name and path)\n");
  });

  it('rejects unknown flags before reading anything', () => {
    expect(runTrace(['--fromat', 'md'], noFiles)).toEqual({
      exitCode: 2, stdout: '', stderr: '--fromat: Unknown option --fromat (did you mean --format?)\n',
    });
  });

  it('rejects a percentage target utilization with the lesson\'s hint', () => {
    const result = runTrace(['--config', 'pct.json'], filesReader({ 'pct.json': '{"target_utilization": 60}' }));
    expect(result.stderr).toBe('target_utilization: target_utilization must be a decimal between 0 and 1, got 60 (it looks like a percentage: did you mean 0.6?)\n');
  });
});
