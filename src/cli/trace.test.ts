/** End to end: the real command, spawned as `npx tsx src/cli/trace.ts`, as a user runs it. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const folder = mkdtempSync(join(tmpdir(), 'autoscale-trace-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function trace(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'src/cli/trace.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npx tsx src/cli/trace.ts', () => {
  it('prints the lesson\'s process table as Markdown', () => {
    const run = trace('--format', 'md');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(8);
    expect(lines[0]).toBe('| Step | Load (requests) | Condition: load > 100 | Condition: load < 20 and instances > 1 | Action          | Instances after action | Output                  |');
    expect(lines[4]).toBe('| 3    | 120             | True                  | False                                  | Scale up by 1   | 2                      | Load: 120, Instances: 2 |');
    expect(lines[7]).toBe('| 6    | 5               | False                 | True (instances=2)                     | Scale down by 1 | 1                      | Load: 5, Instances: 1   |');
  }, 60_000);

  it('exits 2 on an invalid config, one line per problem on stderr, nothing on stdout', () => {
    const config = join(folder, 'swapped.json');
    writeFileSync(config, '{"min_servers": 6, "max_servers": 2, "target_utilization": 60}');
    const run = trace('--config', config);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      'min_servers: min_servers (6) is greater than max_servers (2) (they look swapped: try "min_servers": 2, "max_servers": 6)',
      'target_utilization: target_utilization must be a decimal between 0 and 1, got 60 (it looks like a percentage: did you mean 0.6?)',
    ]);
  }, 60_000);
});
