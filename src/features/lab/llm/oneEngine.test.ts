import { describe, expect, it } from 'vitest';
import { exportPolicy, importPolicies } from '../../../engine/lab';
import { runLab } from '../../../cli/runLab';
import type { LabJson } from '../../../cli/labFormat';
import type { LabInputs } from '../../../store/labLink';
import { DEFAULT_LAB_INPUTS } from '../labDefaults';
import { labRunInput, runPolicies } from './runInput';

/** The CLI's `lab` command on a policy file, its JSON output read back. */
function cli(policiesJson: string, argv: string[]): LabJson[] {
  const result = runLab(['--config', 'policies.json', '--format', 'json', ...argv], () => policiesJson, { importPolicies, exportPolicy });
  expect(result.stderr).toBe('');
  const parsed = JSON.parse(result.stdout) as LabJson | LabJson[];
  return Array.isArray(parsed) ? parsed : [parsed];
}

describe('CLI and app are one engine', () => {
  it('the same setup gives the same numbers through the app\'s run path (the worker\'s) and the CLI', () => {
    const inputs: LabInputs = { ...DEFAULT_LAB_INPUTS, seconds: 900, seed: 7 };
    const app = runPolicies(labRunInput(inputs));
    const json = JSON.stringify(inputs.policies.map((p) => ({ name: p.name, ...p.config })));
    const out = cli(json, ['--scenario', 'spike', '--seconds', '900', '--seed', '7']);
    expect(out.map((o) => o.policy)).toEqual(app.map((t) => t.policy.name));
    out.forEach((o, i) => {
      expect(o.summary).toEqual(JSON.parse(JSON.stringify(app[i]!.summary)));
      expect(o.ticks.map((tick) => tick.desired)).toEqual(Array.from(app[i]!.desired));
    });
  });
});
