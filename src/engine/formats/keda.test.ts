import { describe, expect, it } from 'vitest';
import { importPolicies, importWithNotes } from './import';
import keda from './fixtures/keda-prometheus.yaml?raw';

describe('KEDA import', () => {
  it('reads a prometheus trigger as the per-pod target of the HPA KEDA creates, behavior included', () => {
    const result = importWithNotes(keda);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.format).toBe('keda');
    expect(result.value.policies).toEqual([{
      name: 'vllm',
      config: {
        policy: 'hpa', min_replicas: 1, max_replicas: 12, initial_replicas: 1,
        metrics: [{ type: 'external', target_value: 5, name: 'vllm_rps' }], tolerance: 0.1, sync_period_s: 15,
        behavior: {
          scale_up: { stabilization_window_s: 0, select_policy: 'Max', policies: [{ type: 'Pods', value: 4, period_s: 15 }, { type: 'Percent', value: 100, period_s: 15 }] },
          scale_down: { stabilization_window_s: 300, select_policy: 'Max', policies: [{ type: 'Pods', value: 1, period_s: 60 }] },
        },
      },
      target: { kind: 'Deployment', name: 'vllm', namespace: 'inference' },
    }]);
    expect(result.value.notes.join('\n')).toMatch(/pollingInterval is part of KEDA's activation phase/);
  });

  it('reads minReplicaCount 0 as KEDA\'s activation phase around the HPA it creates', () => {
    const result = importWithNotes(keda.replace('minReplicaCount: 1', 'minReplicaCount: 0'));
    expect(result.ok && result.value.policies[0]!.config).toMatchObject({ min_replicas: 0, keda: { polling_interval_s: 15, cooldown_period_s: 300 } });
  });

  it('reads a prometheus query on a vLLM gauge (bare, sum or avg, with labels) with its activationThreshold', () => {
    const text = `apiVersion: keda.sh/v1alpha1
kind: ScaledObject
metadata: { name: kserve-llm }
spec:
  scaleTargetRef: { name: llm }
  minReplicaCount: 0
  maxReplicaCount: 5
  cooldownPeriod: 120
  triggers:
    - type: prometheus
      metadata:
        serverAddress: http://prometheus:9090
        query: sum(vllm:num_requests_running{model_name="llama"})
        threshold: "2"
        activationThreshold: "0.5"
`;
    const result = importWithNotes(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.policies[0]!.config).toMatchObject({
      policy: 'hpa', min_replicas: 0, initial_replicas: 0, keda: { polling_interval_s: 30, cooldown_period_s: 120 },
      metrics: [{ type: 'external', name: 'vllm:num_requests_running', target_value: 2, activation_threshold: 0.5 }],
    });
    expect(result.value.notes.join('\n')).toMatch(/label selector \{model_name="llama"\} is read as "this endpoint's replicas"/);
    const bare = importWithNotes(text.replace('sum(vllm:num_requests_running{model_name="llama"})', 'vllm:gpu_cache_usage_perc'));
    expect(bare.ok && bare.value.policies[0]!.config).toMatchObject({ metrics: [{ name: 'vllm:kv_cache_usage_perc' }] });
    expect(bare.ok && bare.value.notes.join('\n')).toMatch(/returned multiple elements.*sum\(vllm:kv_cache_usage_perc\)/);
  });

  it('refuses a trigger the Lab cannot model, naming it, at its line', () => {
    const text = keda.replace('type: prometheus', 'type: rabbitmq');
    const result = importPolicies(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.path).toBe('spec.triggers[0].type (line 23)');
    expect(result.errors[0]!.message).toMatch(/^The Lab cannot model a rabbitmq trigger/);
  });
});
