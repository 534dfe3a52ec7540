import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HPA_REASONS, hpaModel } from './hpa';
import { validateHpaConfig } from './hpaConfig';
import { runHarness, scaleSequence, steadyObservation } from './testHarness';
import type { HpaConfig } from './types';

function config(input: object): HpaConfig {
  const result = validateHpaConfig(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const podsMetric = { metrics: [{ type: 'pods', target_value: 100 }] };
const reason = (code: number) => HPA_REASONS[code];

describe('HPA scale-up from one replica under heavy load', () => {
  it('with behavior {} goes 1 -> 5 -> 10 -> 20 -> 40, one sync apart (Pods 4 and Percent 100 per 15 s, Max)', () => {
    const c = config({ ...podsMetric, max_replicas: 100, behavior: {} });
    const run = runHarness({ model: hpaModel, config: c, seconds: 75, arrivals: () => 10_000 });
    expect(run.steps.map((s) => [s.t, s.decision.desired])).toEqual([[14, 5], [29, 10], [44, 20], [59, 40], [74, 80]]);
    expect(run.steps[0]!.decision.raw).toBe(100);
    expect(reason(run.steps[0]!.decision.reason)).toBe('upRateLimited');
    expect(run.steps[0]!.sentence).toBe('HPA: one ready pod at 10000 req/s each vs target 100 -> ratio 100 -> raw 100; scale-up limited by behavior to 5 (Pods 4 per 15 s, Percent 100 per 15 s; selectPolicy Max)');
  });

  it('without behavior takes the older path: 1 -> 4 -> 8 -> 16 -> 32, capped at max(2 x current, 4)', () => {
    const c = config({ ...podsMetric, max_replicas: 100 });
    const run = runHarness({ model: hpaModel, config: c, seconds: 60, arrivals: () => 10_000 });
    expect(scaleSequence(run, 1)).toEqual([1, 4, 8, 16, 32]);
    expect(run.steps[0]!.sentence).toBe('HPA (no behavior: the older path): one ready pod at 10000 req/s each vs target 100 -> ratio 100 -> raw 100; scale-up capped at 4, twice the current count (at least 4) per sync');
  });

  it('selectPolicy Min takes the smaller change, Disabled none', () => {
    const min = runHarness({ model: hpaModel, config: config({ ...podsMetric, max_replicas: 100, behavior: { scale_up: { select_policy: 'Min' } } }), seconds: 45, arrivals: () => 10_000 });
    expect(scaleSequence(min, 1)).toEqual([1, 2, 4, 8]);
    const off = runHarness({ model: hpaModel, config: config({ ...podsMetric, max_replicas: 100, behavior: { scale_up: { select_policy: 'Disabled' } } }), seconds: 45, arrivals: () => 10_000 });
    expect(scaleSequence(off, 1)).toEqual([1]);
  });

  it('a rate policy looks back over its whole period: Pods 2 per 60 s adds 2 pods a minute', () => {
    const c = config({ ...podsMetric, max_replicas: 100, behavior: { scale_up: { policies: [{ type: 'Pods', value: 2, period_s: 60 }] } } });
    const run = runHarness({ model: hpaModel, config: c, seconds: 135, arrivals: () => 10_000 });
    expect(run.steps.filter((s) => s.decision.desired !== s.current).map((s) => [s.t, s.decision.desired])).toEqual([[14, 3], [74, 5], [134, 7]]);
  });

  it('clamps at max_replicas with its own reason', () => {
    const run = runHarness({ model: hpaModel, config: config({ ...podsMetric, max_replicas: 3, behavior: {} }), seconds: 15, arrivals: () => 10_000 });
    expect(run.steps[0]!.decision.desired).toBe(3);
    expect(reason(run.steps[0]!.decision.reason)).toBe('clampedMax');
  });
});

describe('HPA scale-up stabilization', () => {
  it('a 60 s scale-up window scales up only to the lowest recommendation of the last minute', () => {
    const c = config({ ...podsMetric, max_replicas: 20, behavior: { scale_up: { stabilization_window_s: 60 } } });
    const run = runHarness({ model: hpaModel, config: c, seconds: 240, arrivals: (t) => (t < 60 ? 100 : 800) });
    const ups = run.steps.filter((s) => s.decision.desired > s.current);
    expect(ups[0]!.t).toBe(119);
    expect(run.steps.filter((s) => s.t > 60 && s.t < 119).every((s) => reason(s.decision.reason) === 'upStabilized' && s.decision.desired === 1)).toBe(true);
    expect(run.steps.find((s) => s.t === 74)!.sentence).toContain('held at 1 by the 60 s scale-up stabilization window (lowest recent recommendation)');
  });
});

describe('HPA after the load drops', () => {
  const heavyThenIdle = (t: number) => (t < 120 ? 950 : 0);

  it('with behavior holds for the 300 s down window, then drops (Percent 100 per 15 s) to min', () => {
    const run = runHarness({ model: hpaModel, config: config({ ...podsMetric, max_replicas: 20, behavior: {} }), seconds: 500, arrivals: heavyThenIdle });
    expect(run.desiredAt(119)).toBe(10);
    const lastHigh = run.steps.filter((s) => s.decision.raw >= 10).at(-1)!.t;
    const held = run.steps.filter((s) => s.t > lastHigh && s.t < lastHigh + 300);
    expect(held.length).toBeGreaterThan(15);
    expect(held.every((s) => s.decision.desired === 10 && reason(s.decision.reason) === 'downStabilized')).toBe(true);
    expect(held[0]!.sentence).toContain('held at 10 by the 300 s scale-down stabilization window');
    expect(run.desiredAt(lastHigh + 300)).toBe(1);
  });

  it('without behavior holds for the controller\'s 300 s window too', () => {
    const run = runHarness({ model: hpaModel, config: config({ ...podsMetric, max_replicas: 20 }), seconds: 500, arrivals: heavyThenIdle });
    const lastHigh = run.steps.filter((s) => s.decision.raw >= 10).at(-1)!.t;
    expect(run.desiredAt(lastHigh + 299)).toBe(10);
    expect(run.desiredAt(lastHigh + 315)).toBe(1);
  });

  it('a Pods 1 per 60 s scale-down policy removes one pod a minute once the window has passed', () => {
    const c = config({ ...podsMetric, max_replicas: 20, behavior: { scale_down: { stabilization_window_s: 0, policies: [{ type: 'Pods', value: 1, period_s: 60 }] } } });
    const run = runHarness({ model: hpaModel, config: c, seconds: 420, arrivals: heavyThenIdle });
    const downs = run.steps.filter((s) => s.decision.desired < s.current);
    expect(downs.slice(0, 3).map((s) => s.current - s.decision.desired)).toEqual([1, 1, 1]);
    expect(downs[1]!.t - downs[0]!.t).toBe(60);
    expect(reason(downs[0]!.decision.reason)).toBe('downRateLimited');
  });
});

describe('HPA metrics', () => {
  it('keeps the count within the 10 % tolerance', () => {
    const obs = steadyObservation({ t: 14, ready: 4, arrivals: 436 });
    const { decision } = hpaModel.decide(config(podsMetric), hpaModel.init(config(podsMetric)), obs);
    expect(decision).toMatchObject({ raw: 4, desired: 4, reason: HPA_REASONS.indexOf('withinTolerance') });
    const over = hpaModel.decide(config(podsMetric), hpaModel.init(config(podsMetric)), steadyObservation({ t: 14, ready: 4, arrivals: 444 })).decision;
    expect(over.raw).toBe(5);
  });

  it('reads cpu as busy share: it saturates at 100 % and says what that hides', () => {
    const c = config({ max_replicas: 50 });
    const mild = hpaModel.decide(c, hpaModel.init(c), steadyObservation({ t: 14, ready: 3, arrivals: 270 })).decision;
    expect(mild.raw).toBe(4);
    expect(mild.mode).toBe(0);
    const flood = hpaModel.decide(c, hpaModel.init(c), steadyObservation({ t: 14, ready: 3, arrivals: 30_000 })).decision;
    expect(flood).toMatchObject({ raw: 4, metric: 100, mode: 1 });
    expect(hpaModel.explain(c, flood, { t: 14, ready: 3, current: 3 })).toBe('HPA (no behavior: the older path): 3 ready pods at 100 % CPU vs target 80 % -> ratio 1.25 -> raw 4; scale up to 4; CPU pinned at 100 % hides how far over capacity the load is');
  });

  it('pods not ready: left out of the average, counted at 0 on a scale-up, left out on a scale-down', () => {
    const c = config(podsMetric);
    const decideAt = (arrivals: number) => hpaModel.decide(c, hpaModel.init(c), steadyObservation({ t: 14, ready: 2, provisioning: 3, current: 5, arrivals })).decision;
    const held = decideAt(300);
    expect(held).toMatchObject({ raw: 5, desired: 5, reason: HPA_REASONS.indexOf('notReadyHeld') });
    expect(hpaModel.explain(c, held, { t: 14, ready: 2, current: 5 })).toBe('HPA (no behavior: the older path): 2 ready pods at 150 req/s each vs target 100 -> ratio 1.5, but counting the 3 pods not ready yet at 0 the ratio is 0.6 -> keep 5');
    expect(decideAt(800)).toMatchObject({ raw: 8 });
    expect(decideAt(100).raw).toBe(1);
  });

  it('waits when no pod is ready yet', () => {
    const c = config(podsMetric);
    const { decision } = hpaModel.decide(c, hpaModel.init(c), steadyObservation({ t: 14, ready: 0, provisioning: 2, current: 2, arrivals: 500 }));
    expect(decision).toMatchObject({ desired: 2, reason: HPA_REASONS.indexOf('noMetrics') });
  });

  it('an external AverageValue metric divides the total by the target, whatever is ready', () => {
    const c = config({ metrics: [{ type: 'external', target_value: 50 }], max_replicas: 30 });
    const { decision } = hpaModel.decide(c, hpaModel.init(c), steadyObservation({ t: 14, ready: 1, provisioning: 1, current: 2, arrivals: 420 }));
    expect(decision.raw).toBe(9);
  });

  it('the largest proposal of several metrics wins', () => {
    const c = config({ metrics: [{ type: 'cpu', target_utilization_percent: 50 }, { type: 'pods', target_value: 10 }], max_replicas: 100 });
    const { decision } = hpaModel.decide(c, hpaModel.init(c), steadyObservation({ t: 14, ready: 2, arrivals: 100 }));
    expect(decision.raw).toBe(10);
    expect(hpaModel.explain(c, decision, { t: 14, ready: 2, current: 2 })).toContain('at 50 req/s each vs target 10');
  });
});

describe('HPA properties', () => {
  const arbitraryConfig = fc.record({
    min: fc.integer({ min: 1, max: 5 }), span: fc.integer({ min: 0, max: 40 }), behavior: fc.boolean(),
    cpu: fc.boolean(), target: fc.integer({ min: 1, max: 300 }),
  }).map(({ min, span, behavior, cpu, target }) => config({
    min_replicas: min, max_replicas: min + span,
    metrics: [cpu ? { type: 'cpu', target_utilization_percent: Math.min(100, target) } : { type: 'pods', target_value: target }],
    ...(behavior ? { behavior: {} } : {}),
  }));
  const load = fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 12 });

  it('desired stays within [min, max], and the same input gives the same decisions', () => {
    fc.assert(fc.property(arbitraryConfig, load, fc.integer({ min: 0, max: 30 }), (c, rates, coldStartS) => {
      const input = { model: hpaModel, config: c, seconds: 240, coldStartS, arrivals: (t: number) => rates[Math.floor(t / 20) % rates.length]! };
      const first = runHarness(input);
      for (const step of first.steps) {
        expect(step.decision.desired).toBeGreaterThanOrEqual(c.min_replicas);
        expect(step.decision.desired).toBeLessThanOrEqual(c.max_replicas);
        expect(step.sentence.startsWith(c.behavior === undefined ? 'HPA (no behavior: the older path): ' : 'HPA: ')).toBe(true);
      }
      expect(runHarness(input).steps).toEqual(first.steps);
    }), { numRuns: 60 });
  });
});
