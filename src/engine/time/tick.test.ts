import { describe, expect, it } from 'vitest';
import { POLICY_MODELS } from '../policies/registry';
import { THRESHOLD_TIME_DEFAULTS } from '../policies/threshold';
import { checkTimeRun } from './check';
import { DEFAULT_PLATFORM } from './platform';
import { simulateTime } from './simulateTime';
import { tickAt } from './tick';
import type { TimeRunInput } from './types';

const input: TimeRunInput = {
  traffic: { points: [{ t: 0, rps: 150 }, { t: 40, rps: 0 }] }, seconds: 60, seed: 1, arrivals: 'exact',
  platform: { ...DEFAULT_PLATFORM, cold_start_s: 20 }, policies: [{ name: 'loop', config: { ...THRESHOLD_TIME_DEFAULTS, period_s: 15 } }],
};

describe('tickAt', () => {
  it('gives one second\'s record with the decision in force and its sentence', () => {
    const [trace] = simulateTime(input);
    const early = tickAt(trace!, 3);
    expect(early).toMatchObject({ t: 3, arrivals: 150, served: 10, ready: 1, desired: 1, decided: false, decided_at: null });
    expect(early.explanation).toMatch(/no decision yet/);
    const decision = tickAt(trace!, 14);
    expect(decision).toMatchObject({ decided: true, decided_at: 14, desired: 2, desired_raw: 2, provisioning: 0 });
    expect(decision.explanation).toBe('Threshold loop: 150 req/s over the last 15 s > 100: scale up to 2 servers.');
    const later = tickAt(trace!, 20);
    expect(later).toMatchObject({ decided: false, decided_at: 14, provisioning: 1, ready: 1 });
    expect(later.explanation).toBe(decision.explanation);
  });

  it('before a controller\'s first decision, every kind says so in the same words', () => {
    const [trace] = simulateTime({ ...input, policies: [{ name: 'hpa', config: POLICY_MODELS.hpa.defaults }] });
    expect(tickAt(trace!, 5).explanation).toBe(`${POLICY_MODELS.hpa.title}: no decision yet (it decides every 15 s, first at the end of second 14); one replica as configured.`);
    expect(tickAt(trace!, 14).explanation).toMatch(/^HPA/);
  });

  it('says null for the percentiles of a second that served nothing, and clamps t into the run', () => {
    const [trace] = simulateTime({ ...input, traffic: { points: [{ t: 0, rps: 0 }] } });
    expect(tickAt(trace!, 5)).toMatchObject({ served: 0, p50_ms: null, p95_ms: null, p99_ms: null });
    expect(tickAt(trace!, 1e9).t).toBe(59);
    expect(tickAt(trace!, -3).t).toBe(0);
  });
});

describe('checkTimeRun', () => {
  it('accepts a good input as it is', () => {
    expect(checkTimeRun(input)).toEqual({ ok: true, value: input });
  });

  it('names each problem at its path', () => {
    const result = checkTimeRun({
      ...input, seconds: 604_801, platform: { ...DEFAULT_PLATFORM, capacity: 0 },
      traffic: { points: [{ t: 5, rps: -1 }] },
      policies: [{ name: 'x', config: { ...THRESHOLD_TIME_DEFAULTS, min_servers: 4, max_servers: 2 } }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toEqual(['seconds', 'platform.capacity', 'traffic.points[0]', 'traffic.points[0].rps', 'policies[0].config']);
  });
});
