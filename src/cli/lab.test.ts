/** The real lab command: files from disk, the exit code and the streams as a shell sees them. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const lab = (...args: string[]) => spawnSync('npx', ['tsx', 'src/cli/lab.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 90_000 });

describe('npx tsx src/cli/lab.ts', () => {
  it('runs a real manifest and a bad CSV: JSON on stdout, or exit 2 with file:line on stderr', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lab-cli-'));
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'seconds,rps\n0,5\n10,x\n');
    const refused = lab('--config', 'src/engine/formats/fixtures/sagemaker.json', '--traffic', bad);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(`${bad}:3: "x" is not a number (write plain numbers; each line is "seconds,requests_per_second", e.g. 60,25)\n`);

    const run = lab('--config', 'src/engine/formats/fixtures/sagemaker.json', '--scenario', 'spike', '--seconds', '120', '--format', 'json');
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as { seconds: number; ticks: unknown[] };
    expect(json.seconds).toBe(120);
    expect(json.ticks).toHaveLength(120);
  }, 180_000);
});
