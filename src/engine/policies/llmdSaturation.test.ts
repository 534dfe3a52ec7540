import { describe, expect, it } from 'vitest';
import { LLMD_SATURATION_DEFAULTS, SATURATION_REASONS, analyzeSaturation, llmdSaturationModel, replicaPeaks, validateLlmdSaturationConfig } from './llmdSaturation';
import { emptyHistory, recordGauges, runHarness, steadyObservation } from './testHarness';

const c = LLMD_SATURATION_DEFAULTS;

describe('llm-d saturation analyzer: the arithmetic of docs/saturation-analyzer.md and internal/capacity/analyzer.go', () => {
  it('averages spare capacity over the non-saturated replicas only', () => {
    // 5 replicas, one saturated by its queue: spare KV (0.8-0.6 + 0.8-0.7 + 0.8-0.65 + 0.8-0.65) / 4 = 0.15
    const a = analyzeSaturation([{ kv: 0.6, queue: 2 }, { kv: 0.7, queue: 3 }, { kv: 0.65, queue: 2 }, { kv: 0.65, queue: 3 }, { kv: 0.5, queue: 5 }], c);
    expect(a.nonSaturated).toBe(4);
    expect(a.avgSpareKv).toBeCloseTo(0.15, 12);
    expect(a.avgSpareQueue).toBeCloseTo(2.5, 12); // the doc's log line: avgSpareKv=0.150 avgSpareQueue=2.5 shouldScaleUp=true
    expect(a.kvTriggered).toBe(false);
    expect(a.queueTriggered).toBe(true);
    expect(a.scaleUp).toBe(true);
  });

  it('with every replica saturated the spares are 0 and it scales up', () => {
    const a = analyzeSaturation([{ kv: 0.85, queue: 0 }, { kv: 0.2, queue: 7 }], c);
    expect([a.nonSaturated, a.avgSpareKv, a.avgSpareQueue, a.scaleUp]).toEqual([0, 0, 0, true]);
  });

  it('scale-down is safe only if the load spread over N-1 keeps both spares at or above the triggers', () => {
    // 3 replicas at KV 0.3, queue 0: over 2, KV 0.45 -> spare 0.35 >= 0.1, queue spare 5 >= 3: safe
    expect(analyzeSaturation([{ kv: 0.3, queue: 0 }, { kv: 0.3, queue: 0 }, { kv: 0.3, queue: 0 }], c).scaleDownSafe).toBe(true);
    // 2 replicas at KV 0.4: over 1, KV 0.8 -> spare 0 < 0.1: unsafe
    const two = analyzeSaturation([{ kv: 0.4, queue: 0 }, { kv: 0.4, queue: 0 }], c);
    expect(two.remainingSpareKv).toBeCloseTo(0, 12);
    expect(two.scaleDownSafe).toBe(false);
    // queue: 3 replicas with 1 waiting each -> 3 over 2 = 1.5, spare 3.5 >= 3: safe; with 2 each -> 3, spare 2: unsafe
    expect(analyzeSaturation([{ kv: 0.1, queue: 1 }, { kv: 0.1, queue: 1 }, { kv: 0.1, queue: 1 }], c).scaleDownSafe).toBe(true);
    expect(analyzeSaturation([{ kv: 0.1, queue: 2 }, { kv: 0.1, queue: 2 }, { kv: 0.1, queue: 2 }], c).scaleDownSafe).toBe(false);
    // one non-saturated replica is never enough (MinNonSaturatedReplicasForScaleDown = 2)
    expect(analyzeSaturation([{ kv: 0, queue: 0 }], c).scaleDownSafe).toBe(false);
  });

  it('reads the hottest replica\'s 1-minute peak and the others\' from the rest of the mean', () => {
    const history = emptyHistory(120);
    for (let t = 0; t < 120; t++) {
      history.cumReady[t + 1] = history.cumReady[t]! + 3;
      recordGauges(history, t, 3, t === 100 ? { kvUsage: 0.5, kvUsageMax: 0.9, waiting: 6, waitingMax: 4 } : { kvUsage: 0.2, kvUsageMax: 0.2, waiting: 0, waitingMax: 0 });
    }
    const peaks = replicaPeaks(history, 119, 3, 60);
    expect(peaks).toHaveLength(3);
    expect(peaks[0]).toEqual({ kv: 0.9, queue: 4 });
    expect(peaks[1]!.kv).toBeCloseTo(0.3, 12); // (0.5 x 3 - 0.9) / 2
    expect(peaks[1]!.queue).toBe(1); // (6 - 4) / 2
    // a peak older than the minute is gone
    expect(replicaPeaks(history, 119, 3, 10)[0]).toEqual({ kv: 0.2, queue: 0 });
  });
});

describe('llm-d saturation in the Lab', () => {
  it('adds one replica when spare KV runs low, and says why in the controller\'s words', () => {
    const obs = steadyObservation({ t: 59, ready: 2, gauges: { kvUsage: 0.75, kvUsageMax: 0.75, waiting: 0, waitingMax: 0 } });
    const { decision } = llmdSaturationModel.decide(c, {}, obs);
    expect(decision.desired).toBe(3);
    expect(SATURATION_REASONS[decision.reason]).toBe('scaleUp');
    expect(llmdSaturationModel.explain(c, decision, obs)).toMatch(/^WVA saturation: avg spare KV 0\.05 \(trigger 0\.1\)/);
  });

  it('does not scale up while a replica is still starting (no cascade)', () => {
    const obs = steadyObservation({ t: 59, ready: 2, provisioning: 1, gauges: { kvUsage: 0.95, kvUsageMax: 0.95 } });
    const { decision } = llmdSaturationModel.decide(c, {}, obs);
    expect(decision.desired).toBe(3);
    expect(decision.raw).toBe(3);
    expect(SATURATION_REASONS[decision.reason]).toBe('starting');
  });

  it('steps +1 per reconcile while replicas start slowly, never more (the cascade a plain HPA makes)', () => {
    const run = runHarness({
      model: llmdSaturationModel, config: c, seconds: 1200, arrivals: () => 0, coldStartS: 150,
      gauges: (_, ready) => ({ kvUsage: ready > 0 ? Math.min(1, 3.2 / ready) : 0, kvUsageMax: ready > 0 ? Math.min(1, 3.2 / ready) : 0 }),
    });
    const counts = run.steps.map((step) => step.decision.desired);
    for (let i = 1; i < counts.length; i++) expect(counts[i]! - counts[i - 1]!).toBeLessThanOrEqual(1);
    expect(run.desiredAt(1199)).toBe(5); // 3.2 / 5 = 0.64: spare 0.16 >= 0.1; over 4 it would be 0.8: unsafe
  });

  it('validates its knobs', () => {
    const bad = validateLlmdSaturationConfig({ policy: 'llm-d-saturation', kv_cache_threshold: 1.5, queueLengthThreshold: 5 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.map((e) => e.path)).toEqual(['queueLengthThreshold', 'kv_cache_threshold']);
      expect(bad.errors[0]!.hint).toBe('did you mean "queue_length_threshold"?');
    }
  });
});
