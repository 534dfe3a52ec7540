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

  it('says that minReplicaCount 0 (activation) is not modelled and runs from 1', () => {
    const result = importWithNotes(keda.replace('minReplicaCount: 1', 'minReplicaCount: 0'));
    expect(result.ok && result.value.policies[0]!.config).toMatchObject({ min_replicas: 1 });
    if (result.ok) expect(result.value.notes.join('\n')).toMatch(/activation between 0 and 1 replicas is not modelled/);
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
