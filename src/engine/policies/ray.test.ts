import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RAY_REASONS, applyScalingFactors, rayModel } from './ray';
import { validateRayConfig } from './rayConfig';
import { runHarness, scaleSequence } from './testHarness';
import type { RayServeConfig } from './types';

function config(input: object = {}): RayServeConfig {
  const result = validateRayConfig(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}
const reason = (code: number) => RAY_REASONS[code];

describe('Ray Serve delays', () => {
  const drop = 200;
  const run = runHarness({ model: rayModel, config: config(), seconds: 900, arrivals: () => 0, ongoing: (t) => (t < drop ? 10 : 2) });

  it('scales up only after every decision pointed up for upscale_delay_s (31st second in a row with 30 s)', () => {
    expect(run.steps.slice(0, 30).every((s) => s.decision.desired === 1 && reason(s.decision.reason) === 'waitUp')).toBe(true);
    expect(run.steps[30]!.decision).toMatchObject({ desired: 5, raw: 5, metric: 10 });
    expect(reason(run.steps[30]!.decision.reason)).toBe('scaleUp');
    expect(run.steps[0]!.sentence).toBe('Ray Serve: 10 ongoing requests (queued + running, over 30 s) / target 2 per replica -> 5 replicas; points up from 1, but scales only after upscale_delay_s = 30 s of decisions in a row pointing up');
  });

  it('scales down only after downscale_delay_s (600 s) of decisions pointing down', () => {
    const firstDown = run.steps.find((s) => s.t >= drop && reason(s.decision.reason) === 'waitDown')!;
    expect(firstDown.t).toBe(drop + 7);
    const down = run.steps.find((s) => s.t > drop && s.decision.desired < s.current)!;
    expect(down.t).toBe(firstDown.t + 600);
    expect(down.decision.desired).toBe(1);
    expect(reason(down.decision.reason)).toBe('scaleDown');
  });

  it('a decision that stops pointing the same way resets the counter, so alternating load never scales', () => {
    const flapping = runHarness({ model: rayModel, config: config({ look_back_period_s: 1 }), seconds: 400, arrivals: () => 0, ongoing: (t) => (Math.floor(t / 20) % 2 === 0 ? 10 : 2) });
    expect(scaleSequence(flapping, 1)).toEqual([1]);
  });
});

describe('Ray Serve factors and bounds', () => {
  it('upscaling_factor moves part of the way each decision', () => {
    const run = runHarness({ model: rayModel, config: config({ upscale_delay_s: 0, look_back_period_s: 1, upscaling_factor: 0.5 }), seconds: 6, arrivals: () => 0, ongoing: () => 18 });
    expect(scaleSequence(run, 1)).toEqual([1, 5, 7, 8, 9]);
  });

  it('a downscaling factor too small to move still removes one replica (_apply_scaling_factors)', () => {
    const c = config({ downscaling_factor: 0.1 });
    expect(applyScalingFactors(2.5, 4, c)).toBe(3);
    expect(applyScalingFactors(3.2, 4, c)).toBe(4);
    expect(applyScalingFactors(1, 5, config())).toBe(1);
  });

  it('caps at max_replicas', () => {
    const run = runHarness({ model: rayModel, config: config({ max_replicas: 3, upscale_delay_s: 0 }), seconds: 5, arrivals: () => 0, ongoing: () => 100 });
    expect(run.steps.at(-1)!.decision.desired).toBe(3);
    expect(reason(run.steps.at(-1)!.decision.reason)).toBe('atMax');
  });
});

describe('Ray Serve at zero', () => {
  const c = config({ min_replicas: 0, initial_replicas: 1, downscale_delay_s: 60 });
  const run = runHarness({ model: rayModel, config: c, seconds: 400, arrivals: (t) => (t < 100 || t >= 300 ? 1 : 0), coldStartS: 20 });

  it('goes from 1 to 0 after the downscale delay without traffic', () => {
    const zero = run.steps.find((s) => s.decision.desired === 0)!;
    const firstDown = run.steps.find((s) => reason(s.decision.reason) === 'waitDown')!;
    expect(zero.t).toBe(firstDown.t + 60);
    expect(rayModel.zeroBehaviour(c)).toBe('hold');
  });

  it('starts a replica at once, without the upscale delay, when requests wait at the proxy', () => {
    const back = run.steps.find((s) => s.t >= 300 && s.decision.desired > 0)!;
    expect(back.t).toBe(300);
    expect(reason(back.decision.reason)).toBe('coldStart');
    const starting = run.steps.find((s) => s.t === 310)!;
    expect(starting.decision.desired).toBe(1);
    expect(reason(starting.decision.reason)).toBe('starting');
  });
});

describe('Ray Serve properties', () => {
  const arbitraryConfig = fc.record({
    min: fc.integer({ min: 0, max: 3 }), span: fc.integer({ min: 1, max: 20 }), target: fc.integer({ min: 1, max: 20 }),
    up: fc.integer({ min: 0, max: 40 }), down: fc.integer({ min: 0, max: 120 }), lookBack: fc.integer({ min: 1, max: 60 }),
    upFactor: fc.constantFrom(0.3, 1, 2), downFactor: fc.constantFrom(0.3, 1, 2),
  }).map((v) => config({
    min_replicas: v.min, max_replicas: v.min + v.span, initial_replicas: v.min, target_ongoing_requests: v.target, upscale_delay_s: v.up,
    downscale_delay_s: v.down, look_back_period_s: v.lookBack, upscaling_factor: v.upFactor, downscaling_factor: v.downFactor,
  }));
  const load = fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 1, maxLength: 10 });

  it('desired stays within [min, max], and the same input gives the same decisions', () => {
    fc.assert(fc.property(arbitraryConfig, load, fc.integer({ min: 0, max: 20 }), (c, rates, coldStartS) => {
      const input = { model: rayModel, config: c, seconds: 200, coldStartS, arrivals: (t: number) => rates[Math.floor(t / 25) % rates.length]! };
      const first = runHarness(input);
      for (const step of first.steps) {
        expect(step.decision.desired).toBeGreaterThanOrEqual(c.min_replicas);
        expect(step.decision.desired).toBeLessThanOrEqual(c.max_replicas);
      }
      expect(runHarness(input).steps).toEqual(first.steps);
    }), { numRuns: 25 });
  });
});
