import { describe, expect, it } from 'vitest';
import { exportPolicy, importPolicies } from '../../../engine/lab';
import { runLab } from '../../../cli/runLab';
import type { LabJson } from '../../../cli/labFormat';
import type { LabInputs } from '../../../store/labLink';
import { DEFAULT_LAB_INPUTS } from '../labDefaults';
import { loadLlmTrace } from '../../../engine/time/traffic/traces';
import { labRunInput, runPolicies, withRequests } from './runInput';
import { DEFAULT_LAB_LLM } from './llmSettings';
import { PITFALLS } from './pitfalls';

/** The CLI's `lab` command on a policy file, its JSON output read back. */
function cli(policiesJson: string, argv: string[], files: Record<string, string> = {}): LabJson[] {
  const read = (path: string) => (path === 'policies.json' ? policiesJson : files[path] ?? (() => { throw new Error(`no file ${path}`); })());
  const result = runLab(['--config', 'policies.json', '--format', 'json', ...argv], read, { importPolicies, exportPolicy });
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

  const same = (out: readonly LabJson[], app: ReturnType<typeof runPolicies>) => {
    expect(out.map((o) => o.policy)).toEqual(app.map((t) => t.policy.name));
    out.forEach((o, i) => {
      expect(o.summary).toEqual(JSON.parse(JSON.stringify(app[i]!.summary)));
      expect(o.ticks.map((tick) => tick.desired)).toEqual(Array.from(app[i]!.desired));
    });
  };

  it("under the LLM replica: a pitfall's setup with the mitigations on gives the same numbers as the CLI's flags", () => {
    const base = PITFALLS.find((p) => p.id === 'running-cap')!.setup;
    const inputs: LabInputs = { ...base, seconds: 900, llm: { ...DEFAULT_LAB_LLM, mitigations: ['image_streaming', 'hot_start', 'warm_pool'], warm_pool: 2 } };
    const app = runPolicies(labRunInput(inputs));
    const json = JSON.stringify(inputs.policies.map((p) => ({ name: p.name, ...p.config })));
    const csv = `seconds,rps\n${inputs.traffic.kind === 'points' ? inputs.traffic.profile.points.map((p) => `${p.t},${p.rps}`).join('\n') : ''}\n`;
    same(cli(json, ['--replica', 'llm', '--traffic', 't.csv', '--seconds', '900', '--seed', '1',
      '--cold-start-stages', 'node=150,image=30,weights=4,warmup=15', '--warm-nodes', '2'], { 't.csv': csv }), app);
    expect(app[0]!.summary.goodput).not.toBeUndefined();
  });

  it("an Azure trace at a rate scale: the worker's replay and the CLI's --scenario give the same numbers", async () => {
    const inputs: LabInputs = { ...DEFAULT_LAB_INPUTS, seconds: 600, replica: 'llm', llm: { ...DEFAULT_LAB_LLM, trace: { name: 'azure-code', rate_scale: 4 } } };
    const app = runPolicies(withRequests(labRunInput(inputs), await loadLlmTrace('azure-code'), 4));
    const json = JSON.stringify(inputs.policies.map((p) => ({ name: p.name, ...p.config })));
    same(cli(json, ['--replica', 'llm', '--scenario', 'azure-code', '--rate-scale', '4', '--seconds', '600', '--seed', '1']), app);
    expect(app[0]!.summary.arrivals).toBeGreaterThan(0);
  });
});
