/**
 * Properties every LLM-era policy keeps, whatever its knobs and the gauges (fast-check): a whole replica count within
 * its bounds, and a sentence with numbers in it (never NaN or undefined).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateLabConfig } from '../formats/validators';
import { modelFor } from './registry';
import { runHarness } from './testHarness';
import type { GpuProfile, LabPolicyConfig } from './types';

const PROFILE: GpuProfile = { itl_base_ms: 9.7, itl_per_seq_ms: 0.023, prefill_ms_per_token: 0.072, max_num_seqs: 256, kv_cache_tokens: 400_000 };

const raw = fc.oneof(
  fc.record({ policy: fc.constantFrom('aibrix-apa', 'aibrix-kpa'), min_replicas: fc.integer({ min: 0, max: 3 }), max_replicas: fc.integer({ min: 3, max: 12 }), target_value: fc.double({ min: 0.05, max: 20, noNaN: true }), target_metric: fc.constantFrom('gpu_cache_usage_perc', 'num_requests_waiting', 'rps') }),
  fc.record({ policy: fc.constant('llm-d-saturation'), max_replicas: fc.integer({ min: 1, max: 12 }), kv_spare_trigger: fc.double({ min: 0, max: 0.5, noNaN: true }) }),
  fc.record({ policy: fc.constant('dynamo-planner'), enable_load_scaling: fc.boolean(), max_gpu_budget: fc.integer({ min: 1, max: 12 }), ttft_ms: fc.integer({ min: 50, max: 2000 }) }),
  fc.record({ policy: fc.constant('hpa'), min_replicas: fc.constant(0), initial_replicas: fc.integer({ min: 0, max: 2 }), max_replicas: fc.integer({ min: 2, max: 12 }), keda: fc.constant({}), metrics: fc.constant([{ type: 'external', name: 'inference_extension_flow_control_queue_size', target_value: 5 }]) }),
);

describe('LLM-era policies (fast-check)', () => {
  it('decide a whole count within bounds and explain it in numbers', () => {
    fc.assert(fc.property(raw, fc.integer({ min: 0, max: 2 ** 31 }), (input, seed) => {
      const checked = validateLabConfig(input);
      expect(checked.ok).toBe(true);
      if (!checked.ok) return;
      const config: LabPolicyConfig = checked.value;
      const model = modelFor(config)!;
      const bounds = model.bounds(config);
      let state = seed;
      const next = () => { state = (state * 1103515245 + 12345) % 2 ** 31; return state / 2 ** 31; };
      const run = runHarness({
        model, config, seconds: 400, arrivals: () => Math.floor(next() * 20), coldStartS: 20, profile: PROFILE,
        gauges: (_, ready) => ({
          waiting: ready * next() * 10, running: ready * next() * 256, kvUsage: ready > 0 ? next() : 0, kvUsageMax: ready > 0 ? next() : 0,
          waitingMax: ready > 0 ? next() * 10 : 0, gatewayQueue: next() * 30, promptTokens: 1000 * next() * 20, outputTokens: 130 * next() * 20,
        }),
      });
      for (const step of run.steps) {
        expect(Number.isInteger(step.decision.desired)).toBe(true);
        expect(step.decision.desired).toBeGreaterThanOrEqual(bounds.min);
        expect(step.decision.desired).toBeLessThanOrEqual(bounds.max);
        expect(step.sentence).not.toMatch(/NaN|undefined|Infinity/);
      }
    }), { numRuns: 80 });
  });
});
