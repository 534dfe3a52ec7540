/** The real bench command rejects what it does not know, quickly and without measuring. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

describe('npx tsx src/cli/bench.ts', () => {
  it('exits 2 on an unknown option, with a path: message (hint) line', () => {
    const run = spawnSync('npx', ['tsx', 'src/cli/bench.ts', '--fast'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('--fast: Unknown option --fast (the only option is --json)\n');
  }, 60_000);
});
