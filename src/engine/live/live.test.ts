import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { compressTime, livePolicyConfig, LIVE_POLICY_KINDS } from './livePolicies';
import { createLoadPlan, dueBefore, liveProfile } from './loadPlan';
import { createLiveRun, liveSecondAt, nearestRank, recordSecond, type SecondSample } from './recorder';
import { measuredPlatform, measuredServing, namedDifferences, simulateMeasured, stagesText } from './compare';
import { measuredColdStart, shareWholeSeconds, type ColdStartParts } from './coldStages';
import { LAB_COLUMNS, liveCsv, liveJson } from './liveExport';
import type { HpaConfig } from '../policies/types';

const quiet: SecondSample = { arrivals: 0, latenciesMs: [], failed: 0, queue: 0, inService: 0, busyMs: 0, batches: [], ready: 1, provisioning: 0, draining: 0, afterGap: false };

describe('live policies', () => {
  it('compresses every period and window by the time scale, keeps 0 as 0, and lists what changed', () => {
    const hpa = livePolicyConfig({ kind: 'hpa', targetRps: 40, maxReplicas: 4 }) as HpaConfig;
    expect(hpa.sync_period_s).toBe(15);
    expect(hpa.behavior?.scale_down?.stabilization_window_s).toBe(300);
    const { config, changes } = compressTime(hpa, 15);
    const fast = config as HpaConfig;
    expect(fast.sync_period_s).toBe(1);
    expect(fast.behavior?.scale_down?.stabilization_window_s).toBe(20);
    expect(fast.behavior?.scale_up?.stabilization_window_s).toBe(0);
    expect(changes).toContainEqual({ path: 'sync_period_s', from: 15, to: 1 });
    expect(compressTime(hpa, 1).changes).toEqual([]);
  });

  it('gives a valid config for every live kind', () => {
    for (const kind of LIVE_POLICY_KINDS) expect(livePolicyConfig({ kind, targetRps: 30, maxReplicas: 3 }).policy).toBe(kind);
  });
});

describe('load plan', () => {
  it('is seeded, ordered, inside the run, and near the profile rate', () => {
    const profile = liveProfile('spike', 10, 100, 60);
    const a = dueBefore(createLoadPlan(profile, 60, 5), 60_000);
    expect(dueBefore(createLoadPlan(profile, 60, 5), 60_000)).toEqual(a);
    expect(a.every((t, i) => t >= 0 && t < 60_000 && (i === 0 || t >= a[i - 1]!))).toBe(true);
    const peak = a.filter((t) => t >= 10_000 && t < 30_000).length; // 20 s at 100 req/s
    expect(peak).toBeGreaterThan(1700);
    expect(peak).toBeLessThan(2300);
  });

  it('sends nothing at a zero rate and resumes after it', () => {
    const times = dueBefore(createLoadPlan({ points: [{ t: 0, rps: 0 }, { t: 5, rps: 50 }] }, 10, 1), 10_000);
    expect(times[0]!).toBeGreaterThanOrEqual(5000);
    expect(times.length).toBeGreaterThan(150);
  });
});

describe('the measured-second recorder', () => {
  it('ranks percentiles the Lab way and fills the prefix sums the policies read', () => {
    expect(nearestRank([1, 2, 3, 4], 0.5)).toBe(2);
    expect(nearestRank([], 0.5)).toBeNaN();
    const run = createLiveRun(livePolicyConfig({ kind: 'hpa', targetRps: 40, maxReplicas: 4 }));
    recordSecond(run, { ...quiet, arrivals: 30, latenciesMs: [5, 7, 9], busyMs: 400, batches: [2, 1], queue: 4, inService: 2 }, 100);
    expect(run.history.cumArrivals[1]).toBe(30);
    expect(run.history.cumServed[1]).toBe(3);
    expect(run.history.cumOngoing[1]).toBe(6);
    expect(run.history.cumBusy[1]).toBeCloseTo(0.4);
    const second = liveSecondAt(run, 0, 100);
    expect(second).toMatchObject({ p50_ms: 7, p99_ms: 9, batch_mean: 1.5, batch_max: 2, service_ms: 200, capacity_rps: 7.5 });
  });

  it('runs the Lab\'s HPA unchanged on measured arrivals: scales out under load, back in after the window', () => {
    const { config } = compressTime(livePolicyConfig({ kind: 'hpa', targetRps: 40, maxReplicas: 4 }), 15);
    const run = createLiveRun(config);
    const desired: number[] = [];
    for (let t = 0; t < 60; t++) {
      const arrivals = t >= 5 && t < 20 ? 120 : 10;
      recordSecond(run, { ...quiet, arrivals, ready: Math.max(1, run.desired) }, 100);
      desired.push(run.desired);
    }
    expect(Math.max(...desired)).toBe(3);
    expect(desired[desired.length - 1]).toBe(1);
    expect(liveSecondAt(run, 10, 100).decision).toMatch(/HPA|pods|replica/i);
  });
});

const measured = Array.from({ length: 40 }, (_, t) => ({
  t, arrivals: t < 10 ? 20 : 120, served: 100, failed: 0, queue: t < 10 ? 0 : 30, in_service: 2, busy: 0.8, ready: t < 12 ? 1 : 3,
  provisioning: 0, draining: 0, desired_raw: 3, desired: 3, p50_ms: 12, p95_ms: 40, p99_ms: 60, batch_mean: 3, batch_max: 6,
  service_ms: 8, capacity_rps: 150, gap: false, decision: null,
}));
const cold = (totalMs: number): ColdStartParts => ({ spawnMs: totalMs * 0.6, fetchMs: totalMs * 0.2, warmupMs: totalMs * 0.2, extraMs: 0, totalMs });
const hpa = compressTime(livePolicyConfig({ kind: 'hpa', targetRps: 40, maxReplicas: 4 }), 15).config;

describe('simulated vs measured', () => {
  it('simulates exactly the measured arrivals with the measured platform', () => {
    const coldStart = measuredColdStart([cold(300), cold(500)]);
    const platform = measuredPlatform(measured, coldStart, 100);
    expect(platform).toMatchObject({ capacity: 150, service_ms: 8, cold_start_s: 1 });
    const serving = measuredServing(measured, 16, 2);
    const sim = simulateMeasured({ name: 'HPA', config: hpa, seconds: measured, platform, replica: serving.replica, coldStart: coldStart.settings })!;
    expect(sim.replica).toBe('measured');
    expect(Array.from(sim.arrivals)).toEqual(measured.map((s) => s.arrivals));
    const differences = namedDifferences(measured, sim, 2, coldStart);
    expect(differences.map((d) => d.what)).toContain('Cores');
    // batching and the cores are in the measured replica now: no Batching difference, and Cores ranks small
    expect(differences.map((d) => d.what)).not.toContain('Batching');
    expect(differences.find((d) => d.what === 'Cores')!.size).toBeLessThan(0.5);
    expect(differences[0]!.size).toBeGreaterThanOrEqual(differences[differences.length - 1]!.size);
  });

  it('exports the Lab\'s CSV columns first and JSON that parses', () => {
    const csv = Papa.parse<string[]>(liveCsv('HPA, live', measured).trim()).data;
    expect(csv[0]!.slice(0, LAB_COLUMNS.length)).toEqual([...LAB_COLUMNS]);
    expect(csv[1]![0]).toBe('HPA, live');
    expect(csv).toHaveLength(41);
    const json = JSON.parse(liveJson('HPA', measured, { device: { cores: 2, user_agent: 'x' }, settings: {}, cold_starts: [], totals: { sent: 1 } }));
    expect(json.ticks).toHaveLength(40);
    expect(json.ticks[0]).toMatchObject({ t: 0, arrivals: 20, p95_ms: 40, dropped: 0 });
  });

  it('names no difference larger than its own measure allows (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 6 }), (cores) => {
      const coldStart = measuredColdStart([cold(300)]);
      const platform = measuredPlatform(measured, coldStart, 100);
      const config = livePolicyConfig({ kind: 'kpa', targetRps: 40, maxReplicas: 4 });
      const sim = simulateMeasured({ name: 'KPA', config, seconds: measured, platform })!;
      const names = namedDifferences(measured, sim, cores, coldStart).map((d) => d.what);
      expect(names.includes('Cores')).toBe(cores < 3);
    }), { numRuns: 6 });
  });
});

describe('the measured cold start, in stages', () => {
  // two replicas: start (spawn + the wait for the first message) 1,200 ms on average, fetch 300, extra 2,000, warm-up 900
  const parts: ColdStartParts[] = [
    { spawnMs: 1000, fetchMs: 300, warmupMs: 900, extraMs: 2000, totalMs: 4300 },
    { spawnMs: 1300, fetchMs: 300, warmupMs: 900, extraMs: 2000, totalMs: 4400 },
  ];

  it('shares whole seconds by largest remainder, summing to the total', () => {
    expect(shareWholeSeconds([1.2, 2.3, 0.9], 5)).toEqual([1, 3, 1]);
    expect(shareWholeSeconds([0.1, 0.01, 0.005], 1)).toEqual([1, 0, 0]);
    fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 50, noNaN: true }), { minLength: 1, maxLength: 4 }), (values) => {
      const total = Math.ceil(values.reduce((a, b) => a + b, 0));
      const shared = shareWholeSeconds(values, total);
      expect(shared.reduce((a, b) => a + b, 0)).toBe(total);
      shared.forEach((s, i) => expect(Math.abs(s - values[i]!)).toBeLessThan(1 + 1e-9));
    }));
  });

  it('gives the simulation the measured stage durations, and its replicas go through them in turn', () => {
    const coldStart = measuredColdStart(parts);
    expect(coldStart.settings).toEqual({ stages: { node_s: 0, image_s: 1, weights_s: 3, warmup_s: 1 }, warm_nodes: 0, node_keep_warm_s: 0 });
    expect(coldStart.stages.map((s) => [s.stage, s.parts.map((p) => [p.label, Math.round(p.ms)])])).toEqual([
      ['image', [['worker spawn and start', 1200]]],
      ['weights', [['weight fetch', 300], ['emulated large-model load', 2000]]],
      ['warmup', [['warm-up pass', 900]]],
    ]);
    expect(stagesText(coldStart)).toBe('worker spawn and start 1 s (1,200 ms), weight fetch + emulated large-model load 3 s (300 ms + 2,000 ms), warm-up pass 1 s (900 ms)');
    const platform = measuredPlatform(measured, coldStart, 100);
    expect(platform.cold_start_s).toBe(5);
    const sim = simulateMeasured({ name: 'HPA', config: hpa, seconds: measured, platform, coldStart: coldStart.settings })!;
    const t0 = Array.from(sim.provisioning).findIndex((p) => p > 0);
    expect(t0).toBeGreaterThan(0);
    const started = sim.provisioning[t0]!;
    expect(sim.stageImage[t0]).toBe(started);
    for (const t of [t0 + 1, t0 + 2, t0 + 3]) expect(sim.stageWeights[t]).toBe(started);
    expect(sim.stageWarmup[t0 + 4]).toBe(started);
    expect(sim.ready[t0 + 5]).toBe(sim.ready[t0 + 4]! + started);
    expect(Array.from(sim.stageNode).every((n) => n === 0)).toBe(true);
    // one stage of the same total: ready at the same second, no stage counted
    const single = simulateMeasured({ name: 'HPA', config: hpa, seconds: measured, platform })!;
    expect(Array.from(single.ready)).toEqual(Array.from(sim.ready));
    expect(Array.from(single.stageWeights).every((n) => n === 0)).toBe(true);
  });

  it('names the stages in the ready-replicas difference', () => {
    const coldStart = measuredColdStart(parts);
    const platform = measuredPlatform(measured, coldStart, 100);
    const sim = simulateMeasured({ name: 'HPA', config: hpa, seconds: measured, platform, coldStart: coldStart.settings })!;
    const ready = namedDifferences(measured, sim, 4, coldStart).find((d) => d.what === 'Ready replicas')!;
    expect(ready.text).toContain('weight fetch + emulated large-model load 3 s');
  });
});

describe('a drawn digit', () => {
  it('is scaled into a 20-pixel box and centred by its mass, like MNIST; a blank canvas is no digit', async () => {
    const { toMnist } = await import('./drawn');
    const side = 100;
    const ink = new Float32Array(side * side);
    for (let y = 10; y < 90; y++) for (let x = 60; x < 70; x++) ink[y * side + x] = 1; // a vertical bar, off centre
    const digit = toMnist(ink, side)!;
    const rows = Array.from({ length: 28 }, (_, y) => digit.subarray(y * 28, y * 28 + 28).some((v) => v > 0));
    expect(rows.filter(Boolean)).toHaveLength(20);
    let mass = 0, cx = 0;
    digit.forEach((v, i) => { mass += v; cx += v * (i % 28); });
    expect(Math.abs(cx / mass - 13.5)).toBeLessThan(1);
    expect(toMnist(new Float32Array(side * side), side)).toBeNull();
  });
});

describe('the batch line', () => {
  it('recovers base and per-request milliseconds from exact points, and waits for two batch sizes', async () => {
    const { fitBatchLine } = await import('./compare');
    const second = (batch: number, service: number) => ({ batch_mean: batch, service_ms: service }) as never;
    expect(fitBatchLine([second(1, 7), second(4, 16), second(8, 28)])).toMatchObject({ baseMs: expect.closeTo(4, 6), perRequestMs: expect.closeTo(3, 6), points: 3 });
    expect(fitBatchLine([second(2, 7), second(2, 9)])).toBeNull();
    const { measuredServing } = await import('./compare');
    // noise that puts the base below 0: refitted through 0, and said
    const negative = measuredServing([second(1, 1), second(4, 16), second(8, 33)], 16, 4);
    expect(negative.replica.measured.base_ms).toBe(0);
    expect(negative.replica.measured.per_item_ms).toBeGreaterThan(0);
    expect(negative.note).toMatch(/below 0/);
    // a line that falls with the batch: the mean time for every size
    const falling = measuredServing([second(1, 10), second(8, 6)], 16, 4);
    expect(falling.replica.measured).toMatchObject({ base_ms: 8, per_item_ms: 0 });
    expect(falling.note).toMatch(/mean batch time/);
    expect(measuredServing([second(1, 7), second(4, 16), second(8, 28)], 16, 4).note).toBeNull();
  });
});

describe('live settings', () => {
  it('refuses a value out of range or not whole where whole, at its field, and accepts the defaults', async () => {
    const { checkLiveSetting, DEFAULT_LIVE_SETTINGS, LIVE_BOUNDS } = await import('./settings');
    for (const key of Object.keys(LIVE_BOUNDS) as (keyof typeof LIVE_BOUNDS)[]) expect(checkLiveSetting(key, DEFAULT_LIVE_SETTINGS[key])).toBeUndefined();
    expect(checkLiveSetting('maxBatch', 33)).toBe('Use 1 to 32 requests');
    expect(checkLiveSetting('maxReplicas', 2.5)).toBe('Use a whole number of replicas');
    expect(checkLiveSetting('peakRps', Number.NaN)).toBe('Enter a number');
  });
});
