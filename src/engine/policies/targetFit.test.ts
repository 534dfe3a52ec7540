import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_PLATFORM } from '../time/platform';
import type { PlatformSettings } from '../time/types';
import { HPA_DEFAULTS } from './hpaConfig';
import { KPA_DEFAULTS } from './kpaConfig';
import { RAY_DEFAULTS } from './rayConfig';
import { SAGEMAKER_DEFAULTS } from './sagemaker';
import { fittedPolicy, inFlightLimit, misfitReason, targetFits } from './targetFit';
import type { KpaConfig, LabPolicyConfig } from './types';

describe('targetFits', () => {
  it("flags Knative's default 100 in flight on a platform where one replica serves one request at a time", () => {
    const [f] = targetFits(KPA_DEFAULTS, DEFAULT_PLATFORM);
    expect(f).toMatchObject({ knob: 'target', kind: 'in-flight', value: 100, aimed: 70, limit: 5, suits: false, suggested: 1, controllerDefault: 100 });
    expect(misfitReason(f!, DEFAULT_PLATFORM)).toContain('serves about 1 at a time');
  });

  it('finds the defaults of HPA (cpu 80 %), Ray (2 ongoing) and SageMaker (360 a minute) suited to the default platform', () => {
    for (const config of [HPA_DEFAULTS, RAY_DEFAULTS, SAGEMAKER_DEFAULTS] as LabPolicyConfig[]) {
      expect(targetFits(config, DEFAULT_PLATFORM).every((f) => f.suits)).toBe(true);
    }
  });

  it('flags a rate target above what a replica serves, and suggests one under it', () => {
    const rps: KpaConfig = { ...KPA_DEFAULTS, metric: 'rps', target: 200 };
    expect(targetFits(rps, DEFAULT_PLATFORM)[0]).toMatchObject({ kind: 'rate', aimed: 140, limit: 10, suits: false, suggested: 10 });
    const hpa = { ...HPA_DEFAULTS, metrics: [{ type: 'pods' as const, target_value: 100 }] };
    expect(targetFits(hpa, DEFAULT_PLATFORM)[0]).toMatchObject({ knob: 'metrics[0].target_value', suits: false, suggested: 7 });
    expect(targetFits({ ...SAGEMAKER_DEFAULTS, target_value: 6000 }, DEFAULT_PLATFORM)[0]).toMatchObject({ suits: false, suggested: 360 });
  });

  it('follows the platform: a slow model server holds more in flight', () => {
    const slow: PlatformSettings = { ...DEFAULT_PLATFORM, capacity: 200, service_ms: 500, slo_p95_ms: 1000 };
    expect(inFlightLimit(slow)).toBe(200);
    expect(targetFits(KPA_DEFAULTS, slow)[0]!.suits).toBe(true);
  });

  it('fittedPolicy changes only the targets that do not suit, and the result always suits', () => {
    expect(fittedPolicy(HPA_DEFAULTS, DEFAULT_PLATFORM)).toBe(HPA_DEFAULTS);
    expect(fittedPolicy(KPA_DEFAULTS, DEFAULT_PLATFORM)).toEqual({ ...KPA_DEFAULTS, target: 1 });
    fc.assert(fc.property(
      fc.double({ min: 1, max: 1000, noNaN: true }), fc.double({ min: 1, max: 5000, noNaN: true }), fc.double({ min: 100, max: 10_000, noNaN: true }),
      fc.double({ min: 0.01, max: 1e5, noNaN: true }), fc.constantFrom<'concurrency' | 'rps'>('concurrency', 'rps'), fc.integer({ min: 1, max: 100 }),
      (capacity, service_ms, slo_p95_ms, target, metric, util) => {
        const platform = { ...DEFAULT_PLATFORM, capacity, service_ms, slo_p95_ms };
        const config: KpaConfig = { ...KPA_DEFAULTS, metric, target, target_utilization_percent: util };
        return targetFits(fittedPolicy(config, platform), platform).every((f) => f.suits);
      },
    ));
  });
});
