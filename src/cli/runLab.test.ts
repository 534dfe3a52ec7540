import { describe, expect, it } from 'vitest';
import { DEFAULT_PLATFORM, exportPolicy, importPolicies, scenarioProfile, simulateTime, type NamedPolicy } from '../engine/lab';
import { LAB_USAGE } from './labArgs';
import { renderLab } from './labFormat';
import { runLab, type LabConfigFormats } from './runLab';
import type { ReadTextFile } from './runTrace';

const formats: LabConfigFormats = { importPolicies, exportPolicy };

const LAB_FILES: Record<string, string> = {
  'th.json': '{"name": "threshold", "policy": "threshold"}',
  'tt.json': '{"name": "tracking", "policy": "target_tracking", "target_utilization": 0.6, "capacity_per_server": 10, "tolerance": 0.1}',
  'sm.json': '{"name": "sagemaker", "policy": "sagemaker", "max_capacity": 8, "target_value": 360}',
  'bad.json': '{"name": "odd", "policy": "hpa-ish"}',
  'swapped.json': '{"name": "swapped", "policy": "sagemaker", "min_capacity": 5, "max_capacity": 2}',
};

/** The policies a Lab file holds, through the real importer. */
function imported(file: string): NamedPolicy[] {
  const result = importPolicies(LAB_FILES[file]!, file);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return [...result.value];
}

function filesReader(files: Record<string, string>): ReadTextFile {
  return (path) => {
    const text = files[path];
    if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
    return text;
  };
}

const files = filesReader({
  ...LAB_FILES, 'load.csv': 'seconds,rps\n0,20\n30,60\n', 'bad.csv': '0,1\n10,-3\n5,2\n',
  'requests.csv': 'seconds,prompt_tokens,output_tokens\n0,100,100\n0.5,200,50\n',
  'azure.csv': 'TIMESTAMP,ContextTokens,GeneratedTokens\n2023-11-16 18:15:46.6805900,374,44\n2023-11-16 18:15:50.9951690,396,109\n',
  'bad-requests.csv': 'seconds,prompt_tokens,output_tokens\n0,100,100\n2,x,5\n3,10,10\n1,10,10\n',
  'gpu.json': '{"name": "mine", "itl_base_ms": 8, "itl_per_seq_ms": 0.03, "prefill_ms_per_token": 0.05, "max_num_seqs": 128, "kv_cache_tokens": 200000}',
  'bad-gpu.json': '{"itl_base_ms": 8, "itl_per_seq_ms": -1, "prefill_ms_per_token": 0.05, "max_num_seqs": 128, "kv_tokens": 5}',
});
const lab = (...argv: string[]) => runLab(argv, files, formats);

describe('runLab with the LLM replica', () => {
  it('--replica llm on the Azure chat trace: the summary adds TTFT, ITL, goodput and tokens, and credits the trace', () => {
    const result = lab('--config', 'th.json', '--replica', 'llm', '--scenario', 'azure-conv', '--seconds', '120');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('CC BY 4.0');
    expect(result.stdout).toMatch(/ttft_p95_ms\s+itl_p95_ms\s+goodput\s+tokens_out/);
    const json = JSON.parse(lab('--config', 'th.json', '--replica', 'llm', '--scenario', 'azure-conv', '--seconds', '120', '--format', 'json').stdout) as { summary: Record<string, unknown>; ticks: { arrivals: number; stage_node: number }[] };
    expect(Object.keys(json.summary)).toEqual(expect.arrayContaining(['ttft_p95_ms', 'itl_p95_ms', 'goodput', 'tokens_out']));
    expect(json.ticks.reduce((sum, tick) => sum + tick.arrivals, 0)).toBeGreaterThan(400); // the trace's first two minutes: ~3.8 requests/s
  });

  it('--trace reads both schemas, --rate-scale compresses the gaps, a profile file and stages reach the engine', () => {
    for (const file of ['requests.csv', 'azure.csv']) {
      const result = lab('--config', 'th.json', '--replica', 'llm', '--trace', file, '--seconds', '10', '--format', 'json', '--gpu-profile', 'gpu.json', '--cold-start-stages', 'image=30', '--rate-scale', '2');
      expect(result.stderr).toBe('');
      const json = JSON.parse(result.stdout) as { ticks: { arrivals: number; served: number }[] };
      expect(json.ticks.reduce((sum, tick) => sum + tick.arrivals, 0)).toBeGreaterThan(4); // looped to fill 10 s
    }
  });

  it('refuses a bad trace line, a bad profile key and a bad stage, each at its place, exit 2', () => {
    const trace = lab('--config', 'th.json', '--replica', 'llm', '--trace', 'bad-requests.csv');
    expect(trace.exitCode).toBe(2);
    expect(trace.stderr).toContain('bad-requests.csv:3: prompt tokens "x" is not a number');
    expect(trace.stderr).toContain('bad-requests.csv:5: time 1 comes before the previous line\'s 3');
    const profile = lab('--config', 'th.json', '--replica', 'llm', '--gpu-profile', 'bad-gpu.json');
    expect(profile.exitCode).toBe(2);
    expect(profile.stderr).toContain('bad-gpu.json: kv_tokens: unknown key');
    expect(profile.stderr).toContain('bad-gpu.json: itl_per_seq_ms: itl_per_seq_ms must be a number above 0');
    expect(profile.stderr).toContain('bad-gpu.json: kv_cache_tokens: missing key');
    const stages = lab('--config', 'th.json', '--replica', 'llm', '--cold-start-stages', 'node=2.5,disk=3');
    expect(stages.exitCode).toBe(2);
    expect(stages.stderr).toMatch(/--cold-start-stages node: node must be whole seconds/);
    expect(stages.stderr).toContain('cannot read "disk=3"');
    expect(lab('--config', 'th.json', '--gpu-profile', 'h100').stderr).toContain('--gpu-profile applies to the LLM replica');
  });
});

describe('runLab', () => {
  it('--format json: one object per policy with ticks t = 0 .. N-1 in the issue\'s shape', () => {
    const result = lab('--config', 'tt.json', '--seconds', '120', '--format', 'json', '--seed', '3');
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    const json = JSON.parse(result.stdout) as { policy: string; seconds: number; ticks: Record<string, unknown>[]; summary: Record<string, unknown> };
    expect(json.policy).toBe('tracking');
    expect(json.seconds).toBe(120);
    expect(json.ticks).toHaveLength(120);
    expect(json.ticks.map((tick) => tick.t)).toEqual(Array.from({ length: 120 }, (_, t) => t));
    expect(Object.keys(json.ticks[0]!)).toEqual(['t', 'arrivals', 'served', 'dropped', 'failed', 'queue', 'ready', 'provisioning', 'desired_raw', 'desired', 'p95_ms',
      'waiting', 'running', 'kv_usage', 'gpu_util', 'tokens_out', 'ttft_p95_ms', 'itl_p95_ms', 'stage_node', 'stage_image', 'stage_weights', 'stage_warmup']);
    expect(Object.keys(json.summary)).toEqual(['arrivals', 'served', 'dropped', 'failed', 'queue_end', 'p95_ms', 'slo_violation_s', 'instance_seconds', 'cost', 'scale_events']);
    const [trace] = simulateTime({ traffic: scenarioProfile('steady', 120), seconds: 120, seed: 3, arrivals: 'poisson', platform: DEFAULT_PLATFORM, policies: imported('tt.json') });
    expect(json.summary).toEqual(trace!.summary);
  });

  it('several --config give an array, every policy on the same arrivals', () => {
    const result = lab('--config', 'th.json', '--config', 'sm.json', '--scenario', 'spike', '--seconds', '600', '--format', 'json');
    const json = JSON.parse(result.stdout) as { policy: string; ticks: { arrivals: number }[] }[];
    expect(json.map((run) => run.policy)).toEqual(['threshold', 'sagemaker']);
    expect(json[1]!.ticks.map((tick) => tick.arrivals)).toEqual(json[0]!.ticks.map((tick) => tick.arrivals));
  });

  it('a served-nothing second has p95_ms null', () => {
    const result = lab('--config', 'th.json', '--traffic', 'load.csv', '--seconds', '5', '--format', 'json', '--capacity', '1');
    const json = JSON.parse(result.stdout) as { ticks: { p95_ms: number | null; served: number }[] };
    expect(json.ticks.every((tick) => (tick.served === 0) === (tick.p95_ms === null))).toBe(true);
  });

  it('--traffic, --arrivals exact and the platform flags reach the engine', () => {
    const result = lab('--config', 'tt.json', '--traffic', 'load.csv', '--seconds', '60', '--arrivals', 'exact', '--capacity', '5', '--service-ms', '50', '--cold-start', '10', '--format', 'csv');
    expect(result.exitCode).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('policy,t,arrivals,served,dropped,failed,queue,ready,provisioning,desired_raw,desired,p95_ms,' +
      'waiting,running,kv_usage,gpu_util,tokens_out,ttft_p95_ms,itl_p95_ms,stage_node,stage_image,stage_weights,stage_warmup');
    expect(lines).toHaveLength(61);
    // the web server: waiting = queue, running = mean in service (5 x 50 ms), GPU util = busy share, no tokens or stages
    expect(lines[1]).toMatch(/^tracking,0,20,5,0,0,15,1,0,1,1,50,15,0\.25,0,1,0,,,0,0,0,0$/);
    expect(lines[31]).toMatch(/^tracking,30,60,/);
  });

  it('--format summary (the default) prints the compare table', () => {
    const result = lab('--config', 'th.json', '--config', 'tt.json', '--seconds', '300');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^300 s of steady traffic, poisson arrivals, seed 1;/);
    expect(result.stdout).toMatch(/policy\s+arrivals\s+served/);
    expect(result.stdout).toMatch(/\nthreshold\s+\d+/);
    expect(result.stdout).toMatch(/\ntracking\s+\d+/);
  });

  it('--emit prints the config in that format and runs nothing', () => {
    for (const format of ['lab', 'hpa', 'sagemaker'] as const) {
      const exported = exportPolicy(imported('sm.json')[0]!, format);
      if (!exported.ok) throw new Error(`cannot export to ${format}`);
      const result = lab('--config', 'sm.json', '--emit', format);
      expect(result.exitCode).toBe(0);
      expect(result.stdout.trim()).toBe(exported.value.text.trim());
      expect(result.stderr).toBe(exported.value.notes.map((note) => `note (sagemaker): ${note}\n`).join(''));
    }
  });

  it('--emit lab with several configs prints one JSON array that imports back to the same policies', () => {
    const result = lab('--config', 'th.json', '--config', 'sm.json', '--emit', 'lab');
    expect(result.exitCode).toBe(0);
    const again = importPolicies(result.stdout, 'emitted.json');
    expect(again.ok && again.value).toEqual([...imported('th.json'), ...imported('sm.json')]);
  });

  it('bad input: exit 2, one line per problem saying where and what to do, nothing on stdout', () => {
    const csv = lab('--config', 'th.json', '--traffic', 'bad.csv');
    expect(csv).toEqual({ exitCode: 2, stdout: '', stderr: 'bad.csv:2: rate -3 is negative (a rate is 0 or more requests per second)\nbad.csv:3: time 5 is not after the previous line\'s 10 (times must increase strictly from line to line; sort the file or remove the duplicate)\n' });
    expect(lab('--config', 'missing.json')).toMatchObject({ exitCode: 2, stdout: '', stderr: expect.stringMatching(/^--config: cannot read missing.json: ENOENT/) });
    expect(lab('--config', 'bad.json')).toMatchObject({ exitCode: 2, stdout: '', stderr: expect.stringMatching(/^bad\.json.*policy.*hpa-ish/) });
    const swapped = lab('--config', 'swapped.json');
    expect(swapped).toMatchObject({ exitCode: 2, stdout: '' });
    expect(swapped.stderr).toMatch(/^swapped\.json.*min_capacity/);
    expect(swapped.stderr.trimEnd().split('\n').every((line) => / \(.+\)$/.test(line))).toBe(true);
    const flags = lab('--config', 'th.json', '--capacity', '0', '--seconds', '604801', '--cold-start', '-1');
    expect(flags.exitCode).toBe(2);
    expect(flags.stdout).toBe('');
    expect(flags.stderr.trimEnd().split('\n').map((line) => line.split(':')[0])).toEqual(['--seconds', '--capacity', '--cold-start']);
    expect(lab('--config', 'th.json', '--format', 'xml')).toMatchObject({ exitCode: 2, stdout: '', stderr: expect.stringMatching(/^--format: /) });
  });

  it('--help prints the usage', () => {
    expect(lab('--help')).toEqual({ exitCode: 0, stdout: LAB_USAGE, stderr: '' });
  });

  it('renderLab json is the same data the columns hold', () => {
    const [trace] = simulateTime({ traffic: scenarioProfile('steady', 10), seconds: 10, seed: 1, arrivals: 'exact', platform: DEFAULT_PLATFORM, policies: imported('th.json') });
    const json = JSON.parse(renderLab([trace!], 'json')) as { ticks: { desired: number; ready: number }[] };
    expect(json.ticks.map((tick) => tick.desired)).toEqual(Array.from(trace!.desired));
  });
});

describe('npm run lab with two configs of the same name', () => {
  it('tells them apart by kind in its output', () => {
    const files: Record<string, string> = {
      'hpa.yaml': 'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: llm}\nspec: {scaleTargetRef: {kind: Deployment, name: llm}, minReplicas: 1, maxReplicas: 4}\n',
      'kn.yaml': 'apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata: {name: llm}\nspec: {template: {spec: {containers: [{image: x}]}}}\n',
    };
    const result = runLab(['--config', 'hpa.yaml', '--config', 'kn.yaml', '--seconds', '60', '--format', 'json'], (path) => files[path]!, { importPolicies, exportPolicy });
    expect(result.stderr).toBe('');
    const runs = JSON.parse(result.stdout) as { policy: string }[];
    expect(runs.map((run) => run.policy)).toEqual(['llm (HPA)', 'llm (Knative)']);
  });
});
