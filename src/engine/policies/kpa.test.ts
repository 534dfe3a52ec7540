import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KPA_REASONS, kpaModel } from './kpa';
import { validateKpaConfig } from './kpaConfig';
import { runHarness } from './testHarness';
import type { KpaConfig } from './types';

function config(input: object = {}): KpaConfig {
  const result = validateKpaConfig(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}
const reason = (code: number) => KPA_REASONS[code];

describe('KPA panic mode', () => {
  const burst = (t: number) => (t >= 100 && t < 130 ? 500 : 50);
  const run = runHarness({ model: kpaModel, config: config(), seconds: 300, arrivals: () => 0, ongoing: burst });

  it('ticks every 2 s and tracks the stable window at 70 concurrent per pod (100 x 70 %)', () => {
    expect(run.steps[0]!.t).toBe(1);
    const before = run.steps.find((s) => s.t === 99)!;
    expect(before.decision).toMatchObject({ raw: 1, desired: 1, mode: 0 });
    expect(before.sentence).toBe('KPA: 50 concurrent requests over the 60 s stable window / 70 per pod (100 x 70 %) -> raw 1; keeps 1');
  });

  it('enters panic when the 6 s panic window wants 200 % of the ready pods, and scales to the larger count', () => {
    const first = run.steps.find((s) => s.decision.mode === 1)!;
    expect(first.t).toBe(101);
    expect(first.decision).toMatchObject({ raw: 3, desired: 3, metric: 200 });
    expect(reason(first.decision.reason)).toBe('panicUp');
    expect(first.sentence).toContain('KPA (panic): 200 concurrent requests over the 6 s panic window');
  });

  it('never scales down while panicking, and leaves panic a full stable window after the threshold was last crossed', () => {
    const panicking = run.steps.filter((s) => s.decision.mode === 1);
    for (let i = 1; i < panicking.length; i++) expect(panicking[i]!.decision.desired).toBeGreaterThanOrEqual(panicking[i - 1]!.decision.desired);
    expect(panicking.some((s) => reason(s.decision.reason) === 'panicHold' && s.decision.raw < s.decision.desired)).toBe(true);
    const lastOver = panicking.filter((s) => s.decision.raw / Math.max(1, s.ready) >= 2).at(-1)!.t;
    const exit = run.steps.find((s) => s.t > lastOver && s.decision.mode === 0)!;
    expect(exit.t).toBe(lastOver + 62);
    expect(panicking.at(-1)!.t).toBe(lastOver + 60);
  });

  it('halves at most per tick on the way down (max-scale-down-rate 2)', () => {
    const downs = run.steps.filter((s) => s.decision.desired < s.current);
    expect(downs.length).toBeGreaterThan(0);
    for (const s of downs) expect(s.decision.desired).toBeGreaterThanOrEqual(Math.floor(Math.max(1, s.ready) / 2));
  });
});

describe('KPA scale to zero and back', () => {
  const traffic = (t: number) => (t < 100 || t >= 250 ? 10 : 0);
  const run = runHarness({ model: kpaModel, config: config(), seconds: 300, arrivals: traffic, coldStartS: 10 });

  it('goes to zero after a stable window without traffic plus the 30 s grace period', () => {
    expect(run.desiredAt(187)).toBe(1);
    const zero = run.steps.find((s) => s.decision.desired === 0)!;
    expect(zero.t).toBe(189);
    expect(reason(zero.decision.reason)).toBe('scaledToZero');
    const waiting = run.steps.find((s) => s.t === 171)!;
    expect(reason(waiting.decision.reason)).toBe('zeroGrace');
  });

  it('scales to one at the next tick when requests arrive at zero, the activator holding them', () => {
    const back = run.steps.find((s) => s.t >= 250 && s.decision.desired > 0)!;
    expect(back.t).toBe(251);
    expect(reason(back.decision.reason)).toBe('fromZero');
    expect(back.sentence).toContain('requests held by the activator');
    expect(kpaModel.zeroBehaviour(config())).toBe('hold');
  });

  it('keeps one pod when scale to zero is disabled, or min-scale pods', () => {
    const noZero = runHarness({ model: kpaModel, config: config({ enable_scale_to_zero: false }), seconds: 240, arrivals: traffic });
    expect(noZero.steps.every((s) => s.decision.desired >= 1)).toBe(true);
    const minTwo = runHarness({ model: kpaModel, config: config({ min_scale: 2 }), seconds: 240, arrivals: traffic });
    expect(minTwo.steps.every((s) => s.decision.desired >= 2)).toBe(true);
  });

  it('a revision idle from the start still waits a stable window before it may go to zero', () => {
    const idle = runHarness({ model: kpaModel, config: config(), seconds: 120, arrivals: () => 0 });
    expect(reason(idle.steps[0]!.decision.reason)).toBe('keepOne');
    expect(idle.steps.find((s) => s.t === 59)!.decision.desired).toBe(1);
    expect(idle.steps.find((s) => s.decision.desired === 0)!.t).toBe(91);
  });
});

describe('KPA knobs', () => {
  it('scale-down-delay holds the highest count of its span', () => {
    const c = config({ scale_down_delay_s: 30, enable_scale_to_zero: false });
    const run = runHarness({ model: kpaModel, config: c, seconds: 400, arrivals: () => 0, ongoing: (t) => (t < 120 ? 400 : 0) });
    expect(run.steps.some((s) => reason(s.decision.reason) === 'scaleDownDelay')).toBe(true);
    const firstDrop = run.steps.find((s) => s.t > 120 && s.decision.desired < s.current)!;
    const firstWanted = runHarness({ model: kpaModel, config: config({ enable_scale_to_zero: false }), seconds: 400, arrivals: () => 0, ongoing: (t) => (t < 120 ? 400 : 0) })
      .steps.find((s) => s.t > 120 && s.decision.desired < s.current)!;
    // the last high count was recorded one tick (2 s) before the undelayed drop; it leaves the 30 s span 30 s later
    expect(firstDrop.t - (firstWanted.t - 2)).toBe(30);
  });

  it('max-scale-up-rate 2 at most doubles the ready pods per tick', () => {
    const run = runHarness({ model: kpaModel, config: config({ max_scale_up_rate: 2, panic_threshold_percent: 1000 }), seconds: 10, arrivals: () => 0, ongoing: () => 600 });
    expect(run.steps.map((s) => s.decision.desired)).toEqual([2, 4, 8, 9, 9]);
    expect(run.steps.every((s) => s.decision.mode === 0)).toBe(true);
    expect(reason(run.steps[0]!.decision.reason)).toBe('rateUpLimited');
    expect(run.steps[0]!.sentence).toContain('limited to 2 by max-scale-up-rate 2 x one ready pod');
  });

  it('initial-scale holds until it has been reached once', () => {
    const run = runHarness({ model: kpaModel, config: config({ initial_scale: 3 }), seconds: 200, arrivals: () => 0, coldStartS: 30 });
    expect(run.steps.filter((s) => s.t < 30).every((s) => s.decision.desired === 3 && reason(s.decision.reason) === 'initialScale')).toBe(true);
    expect(run.desiredAt(199)).toBeLessThan(3);
  });

  it('the rps metric divides requests per second by 200 x 70 %', () => {
    const run = runHarness({ model: kpaModel, config: config({ metric: 'rps' }), seconds: 62, arrivals: () => 700, capacity: 1000 });
    expect(run.steps.at(-1)!.decision.raw).toBe(5);
  });
});

describe('KPA properties', () => {
  const arbitraryConfig = fc.record({
    min: fc.integer({ min: 0, max: 3 }), span: fc.integer({ min: 0, max: 30 }), target: fc.integer({ min: 1, max: 200 }),
    window: fc.integer({ min: 6, max: 120 }), delay: fc.constantFrom(0, 10), toZero: fc.boolean(),
  }).map(({ min, span, target, window, delay, toZero }) => config({
    min_scale: min, max_scale: min + span + 1, initial_scale: Math.max(1, min), target, stable_window_s: window, scale_down_delay_s: delay, enable_scale_to_zero: toZero,
  }));
  const load = fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 10 });

  it('desired stays within [min-scale, max-scale], and the same input gives the same decisions', () => {
    fc.assert(fc.property(arbitraryConfig, load, fc.integer({ min: 0, max: 20 }), (c, rates, coldStartS) => {
      const input = { model: kpaModel, config: c, seconds: 200, coldStartS, arrivals: (t: number) => rates[Math.floor(t / 25) % rates.length]! };
      const first = runHarness(input);
      for (const step of first.steps) {
        expect(step.decision.desired).toBeGreaterThanOrEqual(c.enable_scale_to_zero ? c.min_scale : Math.max(1, c.min_scale));
        expect(step.decision.desired).toBeLessThanOrEqual(c.max_scale);
        if (step.current === 0 && step.decision.raw > 0) expect(step.decision.desired).toBeGreaterThanOrEqual(1);
      }
      expect(runHarness(input).steps).toEqual(first.steps);
    }), { numRuns: 50 });
  });
});
