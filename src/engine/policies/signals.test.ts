import { describe, expect, it } from 'vitest';
import { hpaModel } from './hpa';
import { HPA_DEFAULTS } from './hpaConfig';
import { metricValue, parseSignalQuery, signalNamed, signalTotal } from './signals';
import { steadyObservation } from './testHarness';
import type { HpaConfig } from './types';

describe('signals by their real names', () => {
  it('reads a query bare, in sum(...)/avg(...), with label selectors, and the deprecated KV name as the new one', () => {
    expect(parseSignalQuery('vllm:num_requests_waiting')).toMatchObject({ aggregation: 'bare', signal: { name: 'vllm:num_requests_waiting' } });
    expect(parseSignalQuery('sum(vllm:num_requests_running{model_name="llama-3-8b"})')).toMatchObject({ aggregation: 'sum', labels: '{model_name="llama-3-8b"}', signal: { name: 'vllm:num_requests_running' } });
    expect(parseSignalQuery(' avg ( vllm:gpu_cache_usage_perc ) ')).toMatchObject({ aggregation: 'avg', alias: 'vllm:gpu_cache_usage_perc', signal: { name: 'vllm:kv_cache_usage_perc' } });
    expect(parseSignalQuery('sum by (pod) (DCGM_FI_DEV_GPU_UTIL)')).toMatchObject({ aggregation: 'sum', signal: { name: 'DCGM_FI_DEV_GPU_UTIL', scale: 100 } });
    expect(parseSignalQuery('sum(rate(http_requests_total[1m]))')).toBeUndefined();
    expect(parseSignalQuery('requests_per_second')).toBeUndefined();
  });

  it('knows which vanish at zero replicas and which one wakes a scale-from-zero', () => {
    expect(signalNamed('vllm:num_requests_waiting')!.per_replica).toBe(true);
    expect(signalNamed('inference_extension_flow_control_queue_size')!.per_replica).toBe(false);
    const zero = steadyObservation({ t: 29, ready: 0, gauges: { gatewayQueue: 12, waiting: 0 } });
    expect(metricValue(zero.history, 'vllm:num_requests_waiting', 29, 30)).toBe(0);
    expect(metricValue(zero.history, 'inference_extension_flow_control_queue_size', 29, 30)).toBe(12);
  });

  it('sums a mean gauge over the ready replicas (KV usage 0.5 on 4 replicas is 2 in sum(...)), and reports DCGM in percent', () => {
    const obs = steadyObservation({ t: 14, ready: 4, gauges: { kvUsage: 0.5, gpuUtil: 0.97 } });
    expect(signalTotal(obs.history, signalNamed('vllm:kv_cache_usage_perc')!, 14, 15)).toBeCloseTo(2, 12);
    expect(metricValue(obs.history, 'avg(vllm:kv_cache_usage_perc)', 14, 15)).toBeCloseTo(0.5, 12);
    expect(metricValue(obs.history, 'avg(DCGM_FI_DEV_GPU_UTIL)', 14, 15)).toBeCloseTo(97, 9);
  });
});

describe('the HPA on the LLM signals', () => {
  /** GKE's sample: Pods metric vllm:num_requests_waiting, AverageValue 10, 1-5 replicas. */
  const GKE: HpaConfig = { ...HPA_DEFAULTS, max_replicas: 5, metrics: [{ type: 'pods', name: 'vllm:num_requests_waiting', target_value: 10 }] };

  it('GKE\'s queue-size HPA: 45 waiting over 3 pods is 15 per pod vs 10 -> ceil(1.5 x 3) = 5', () => {
    const obs = steadyObservation({ t: 14, ready: 3, arrivals: 1, gauges: { waiting: 45 } });
    const { decision } = hpaModel.decide(GKE, hpaModel.init(GKE), obs);
    expect(decision.metric).toBeCloseTo(15, 12);
    expect(decision.raw).toBe(5);
    expect(hpaModel.explain(GKE, decision, obs)).toMatch(/^HPA \(no behavior: the older path\): 3 ready pods at 15 requests waiting each vs target 10/);
  });

  it('a running-requests target the batch cap cannot reach never scales up', () => {
    // max_num_seqs 256: running cannot exceed 256 per pod, so a target of 300 always reads "scale down"
    const capped: HpaConfig = { ...HPA_DEFAULTS, max_replicas: 5, metrics: [{ type: 'pods', name: 'vllm:num_requests_running', target_value: 300 }] };
    const obs = steadyObservation({ t: 14, ready: 2, arrivals: 1, gauges: { running: 512, waiting: 4000 } });
    expect(hpaModel.decide(capped, hpaModel.init(capped), obs).decision.raw).toBeLessThanOrEqual(2);
  });

  it('an External metric reads the total (or the mean for avg(...)) over the current replicas', () => {
    const external: HpaConfig = { ...HPA_DEFAULTS, max_replicas: 10, metrics: [{ type: 'external', name: 'vllm:num_requests_running', target_value: 2 }] };
    const obs = steadyObservation({ t: 14, ready: 2, arrivals: 1, gauges: { running: 12 } });
    expect(hpaModel.decide(external, hpaModel.init(external), obs).decision.raw).toBe(6); // ceil(12 / 2)
    const mean: HpaConfig = { ...external, metrics: [{ type: 'external', name: 'avg(vllm:kv_cache_usage_perc)', target_value: 0.5 }] };
    const kv = steadyObservation({ t: 14, ready: 4, arrivals: 1, gauges: { kvUsage: 0.9 } });
    // the mean 0.9 against 0.5 x 4 replicas: ratio 0.45 -> ceil(0.9 / 0.5) = 2, a scale-down however loaded the pods are
    expect(hpaModel.decide(mean, hpaModel.init(mean), kv).decision.raw).toBe(2);
  });
});
