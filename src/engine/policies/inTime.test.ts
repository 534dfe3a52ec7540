/** The HPA, KPA and Ray Serve models driven by the Lab's own tick loop (simulateTime), cold starts and queue included. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLATFORM } from '../time/platform';
import { simulateTime } from '../time/simulateTime';
import { tickAt } from '../time/tick';
import type { PlatformSettings, TimeTrace, TrafficProfile } from '../time/types';
import { validateHpaConfig } from './hpaConfig';
import { validateKpaConfig } from './kpaConfig';
import { validateRayConfig } from './rayConfig';
import type { LabPolicyConfig } from './types';

function run(config: LabPolicyConfig, traffic: TrafficProfile, seconds: number, platform: Partial<PlatformSettings> = {}): TimeTrace {
  const [trace] = simulateTime({ traffic, seconds, seed: 3, arrivals: 'exact', platform: { ...DEFAULT_PLATFORM, ...platform }, policies: [{ name: 'p', config }] });
  return trace!;
}

function valid<T>(result: { ok: true; value: T } | { ok: false; errors: readonly unknown[] }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

/** The desired count after each second where it changed, starting from the count at t = 0. */
function changes(trace: TimeTrace): [number, number][] {
  const out: [number, number][] = [];
  for (let t = 0; t < trace.seconds; t++) if (t === 0 || trace.desired[t] !== trace.desired[t - 1]) out.push([t, trace.desired[t]!]);
  return out;
}

const sum = (column: ArrayLike<number>) => Array.from(column).reduce((a, b) => a + b, 0);

describe('HPA in time (60 s cold start: the new pods are not ready while it scales)', () => {
  const heavy: TrafficProfile = { points: [{ t: 0, rps: 2000 }, { t: 120, rps: 0 }] };
  const pods = [{ type: 'pods', target_value: 5 }];

  it('with behavior {}: 1 -> 5 -> 10 -> 20 -> 40 one sync apart, then the 300 s down window', () => {
    const trace = run(valid(validateHpaConfig({ metrics: pods, max_replicas: 100, behavior: {} })), heavy, 700);
    expect(changes(trace).slice(0, 5)).toEqual([[0, 1], [14, 5], [29, 10], [44, 20], [59, 40]]);
    expect(tickAt(trace, 14).explanation).toContain('scale-up limited by behavior to 5 (Pods 4 per 15 s, Percent 100 per 15 s; selectPolicy Max)');
    let lastHigh = 0;
    for (let t = 0; t < trace.seconds; t++) if (trace.decided[t] === 1 && trace.desiredRaw[t]! > 1) lastHigh = t;
    const peak = trace.desired[lastHigh]!;
    expect(trace.desired[lastHigh + 299]).toBe(peak);
    expect(trace.desired[lastHigh + 300]).toBeLessThan(peak);
  });

  it('without behavior: 1 -> 4 -> 8 -> 16 -> 32', () => {
    const trace = run(valid(validateHpaConfig({ metrics: pods, max_replicas: 100 })), heavy, 120);
    expect(changes(trace).slice(0, 5)).toEqual([[0, 1], [14, 4], [29, 8], [44, 16], [59, 32]]);
  });

  it('on cpu, an overloaded endpoint reads 100 % and the mode column flags it', () => {
    const trace = run(valid(validateHpaConfig({ max_replicas: 50 })), { points: [{ t: 0, rps: 200 }] }, 120, { cold_start_s: 0 });
    expect(trace.metric[14]).toBe(100);
    expect(trace.mode[14]).toBe(1);
    expect(trace.desired[14]).toBe(2);
    expect(tickAt(trace, 14).explanation).toContain('CPU pinned at 100 % hides how far over capacity the load is');
  });
});

describe('KPA in time', () => {
  const gaps: TrafficProfile = { points: [{ t: 0, rps: 5 }, { t: 100, rps: 0 }, { t: 300, rps: 5 }] };

  it('scales to zero after the stable window and grace period, then back on demand, the activator holding requests', () => {
    const trace = run(valid(validateKpaConfig({})), gaps, 500, { timeout_s: 120 });
    const zero = changes(trace).find(([, n]) => n === 0)!;
    expect(zero[0]).toBeGreaterThanOrEqual(100 + 60 + 30 - 2);
    expect(zero[0]).toBeLessThanOrEqual(100 + 60 + 30 + 2);
    expect(trace.desired[301]).toBe(1);
    expect(tickAt(trace, 301).explanation).toContain('requests held by the activator');
    expect(sum(trace.failed)).toBe(0);
    expect(sum(trace.dropped)).toBe(0);
    const firstServed = Array.from(trace.served).findIndex((n, t) => t >= 300 && n > 0);
    expect(firstServed).toBe(362);
    expect(trace.p95[firstServed]).toBeGreaterThanOrEqual(60_000);
  });

  it('panics on a sudden burst and never scales down while panicking', () => {
    const burst: TrafficProfile = { points: [{ t: 0, rps: 5 }, { t: 200, rps: 200 }, { t: 260, rps: 5 }] };
    const trace = run(valid(validateKpaConfig({ target: 10, min_scale: 1 })), burst, 600, { cold_start_s: 10 });
    const panicking = Array.from(trace.mode).map((m, t) => [t, m] as const).filter(([t, m]) => m === 1 && trace.decided[t] === 1).map(([t]) => t);
    expect(panicking.length).toBeGreaterThan(0);
    expect(panicking[0]).toBeGreaterThanOrEqual(200);
    for (let i = 1; i < panicking.length; i++) expect(trace.desired[panicking[i]!]).toBeGreaterThanOrEqual(trace.desired[panicking[i - 1]!]!);
    expect(trace.mode[599]).toBe(0);
  });
});

describe('Ray Serve in time', () => {
  it('waits upscale_delay_s before scaling up, and starts from zero at once with requests held at the proxy', () => {
    const traffic: TrafficProfile = { points: [{ t: 0, rps: 0 }, { t: 50, rps: 30 }] };
    const trace = run(valid(validateRayConfig({ min_replicas: 0, max_replicas: 10, upscale_delay_s: 30 })), traffic, 200, { timeout_s: 120 });
    const steps = changes(trace);
    expect(steps[0]).toEqual([0, 0]);
    expect(steps[1]).toEqual([50, 1]);
    expect(steps[2]![0]).toBeGreaterThanOrEqual(50 + 60 + 30);
    expect(sum(trace.failed)).toBe(0);
  });
});
