import { describe, expect, it } from 'vitest';
import { importPolicies } from '../engine/lab';
import { DECIDE_USAGE, runDecide } from './runDecide';

const ray = '{"policy": "ray", "min_replicas": 1, "max_replicas": 8, "target_ongoing_requests": 4, "upscale_delay_s": 0}';
const run = (argv: string[], stdin: string, config = ray) => runDecide(argv, () => config, () => stdin, { importPolicies });

describe('npm run lab -- decide', () => {
  it('prints one JSON line per observation line', () => {
    const result = run(['--config', 'ray.json'], '{"t": 5, "ready": 2, "metrics": {"ongoing_requests": 20}}\n{"t": 6, "ready": 2, "starting": 3, "metrics": {"ongoing_requests": 20}}\n');
    expect(result.exitCode).toBe(0);
    const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map(({ t, decided, raw, desired }) => ({ t, decided, raw, desired }))).toEqual([
      { t: 5, decided: true, raw: 5, desired: 5 }, { t: 6, decided: true, raw: 5, desired: 5 },
    ]);
    expect(typeof lines[0]!.reason).toBe('string');
  });

  it('exits 2 with stdin:LINE: what (what to do) and nothing on stdout for a bad line, even after good ones', () => {
    const result = run(['--config', 'ray.json'], '{"t": 0, "ready": 2, "metrics": {"ongoing_requests": 20}}\n{"t": 1, "ready": 2}\n');
    expect(result).toEqual({ exitCode: 2, stdout: '', stderr: 'stdin:2: metric "ongoing_requests" is missing (this config reads "ongoing_requests": ongoing requests (queued plus running), summed over the replicas, e.g. "metrics": {"ongoing_requests": 12})\n' });
  });

  it('refuses a file with several policies, a bad config and a missing --config, and explains itself with --help', () => {
    expect(run(['--config', 'two.json'], '', `[${ray}, ${ray}]`)).toMatchObject({ exitCode: 2, stdout: '' });
    expect(run(['--config', 'bad.json'], '', '{"policy": "ray", "upscale_delay_s": 0.3}').stderr).toMatch(/upscale_delay_s 0.3 is finer than the Lab's one decision a second/);
    expect(run([], '')).toMatchObject({ exitCode: 2, stdout: '' });
    expect(run(['--help'], '')).toEqual({ exitCode: 0, stdout: DECIDE_USAGE, stderr: '' });
  });
});
