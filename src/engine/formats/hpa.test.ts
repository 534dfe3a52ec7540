import { describe, expect, it } from 'vitest';
import { importPolicies, importWithNotes } from './import';
import { exportPolicy } from './export';
import { parse } from 'yaml';
import { errorLine } from './document';
import hpaRps from './fixtures/hpa-rps.yaml?raw';
import hpaCpu from './fixtures/hpa-cpu.yaml?raw';
import hpaBad from './fixtures/hpa-bad.yaml?raw';
import deploymentAndHpa from './fixtures/deployment-and-hpa.yaml?raw';

describe('HPA import', () => {
  it('reads a Pods request-rate HPA with behavior, defaults filled where the manifest is silent', () => {
    const result = importWithNotes(hpaRps, 'hpa-rps.yaml');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.format).toBe('hpa');
    expect(result.value.policies).toEqual([{
      name: 'llm-serving',
      config: {
        policy: 'hpa', min_replicas: 2, max_replicas: 40, initial_replicas: 2,
        metrics: [{ type: 'pods', target_value: 8, name: 'http_requests_per_second' }],
        tolerance: 0.1, sync_period_s: 15,
        behavior: {
          scale_up: { stabilization_window_s: 0, select_policy: 'Max', policies: [{ type: 'Pods', value: 4, period_s: 15 }, { type: 'Percent', value: 100, period_s: 15 }] },
          scale_down: { stabilization_window_s: 600, select_policy: 'Max', policies: [{ type: 'Percent', value: 10, period_s: 60 }] },
        },
      },
      target: { kind: 'Deployment', name: 'llm-serving', namespace: 'inference' },
    }]);
  });

  it('keeps an absent behavior absent (the older path) and reads a cpu Utilization metric', () => {
    const result = importPolicies(hpaCpu);
    expect(result.ok && result.value[0]?.config).toEqual({
      policy: 'hpa', min_replicas: 1, max_replicas: 10, initial_replicas: 1,
      metrics: [{ type: 'cpu', target_utilization_percent: 60 }], tolerance: 0.1, sync_period_s: 15,
    });
    if (result.ok) expect('behavior' in result.value[0]!.config).toBe(false);
  });

  it('keeps `behavior: {}` present: the default rules fill in', () => {
    const text = hpaCpu.replace('  metrics:', '  behavior: {}\n  metrics:');
    const result = importPolicies(text);
    expect(result.ok).toBe(true);
    if (!result.ok || result.value[0]!.config.policy !== 'hpa') return;
    expect(result.value[0]!.config.behavior?.scale_down?.stabilization_window_s).toBe(300);
    expect(result.value[0]!.config.behavior?.scale_up?.policies).toHaveLength(2);
  });

  it('parses quantities: "1500m" is 1.5 requests per second per pod; skips the Deployment beside it with a note', () => {
    const result = importWithNotes(deploymentAndHpa);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.policies).toHaveLength(1);
    expect(result.value.policies[0]!.config).toMatchObject({ metrics: [{ type: 'external', target_value: 1.5, name: 'queue_requests_per_second' }], max_replicas: 16 });
    expect(result.value.notes.join('\n')).toMatch(/Document 1 \(Deployment\) is not an autoscaler and was skipped/);
  });

  it('reports every problem at its field path and line: a bad quantity, a memory metric, min above max', () => {
    const result = importPolicies(hpaBad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((error) => error.path);
    expect(paths).toContain('spec.metrics[0].pods.target.averageValue (line 19)');
    expect(paths).toContain('spec.metrics[1].resource.name (line 22)');
    expect(paths).toContain('spec.minReplicas (line 10)');
    const quantity = result.errors.find((error) => error.path.startsWith('spec.metrics[0]'))!;
    expect(quantity.message).toMatch(/Not a quantity: the text "lots"/);
    expect(quantity.hint).toMatch(/100m/);
    const memory = result.errors.find((error) => error.path.startsWith('spec.metrics[1]'))!;
    expect(memory.message).toMatch(/^The Lab cannot model a memory Resource metric/);
    expect(memory.hint).toMatch(/cpu Utilization metric, or a Pods metric/);
    const minMax = result.errors.find((error) => error.path.startsWith('spec.minReplicas'))!;
    expect(minMax.message).toMatch(/greater than/);
    expect(errorLine(minMax)).toBe(10);
    expect(minMax.message).toBe('minReplicas (12) is greater than maxReplicas (4)');
  });

  it('requires maxReplicas and autoscaling/v2, and names an unknown metric type plainly', () => {
    const text = 'apiVersion: autoscaling/v1\nkind: HorizontalPodAutoscaler\nmetadata: {name: x}\nspec:\n  minReplicas: 1\n  metrics:\n    - type: ContainerResource\n';
    const result = importPolicies(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.path)).toEqual(['apiVersion (line 1)', 'spec (line 4)', 'spec.metrics[0].type (line 7)']);
    expect(result.errors[1]!.message).toBe('spec.maxReplicas is missing');
    expect(result.errors[2]!.hint).toMatch(/Resource \(cpu Utilization\), Pods, Object and External/);
  });

  it('reads the behavior rules\' bad values at their own field', () => {
    const text = hpaRps.replace('selectPolicy: Max', 'selectPolicy: Maximum');
    const result = importPolicies(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]!.path).toBe('spec.behavior.scaleUp.selectPolicy (line 25)');
    expect(result.errors[0]!.hint).toMatch(/"Max"/);
  });

  it("names the manifest's field in a nested validator message, not the Lab's key", () => {
    const result = importPolicies(hpaRps.replace('value: 4\n', 'value: 0\n'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ path: 'spec.behavior.scaleUp.policies[0].value (line 28)', message: 'spec.behavior.scaleUp.policies[0].value must be above 0, got 0', hint: 'use a whole number above 0 (pods, or percent)' }]);
  });

  it('reads the Lab annotations for knobs an HPA has no field for', () => {
    const text = hpaCpu.replace('  name: embedder\n', '  name: embedder\n  annotations:\n    autoscale-lab/initial-replicas: "3"\n    autoscale-lab/tolerance: "0.05"\n');
    const result = importPolicies(text);
    expect(result.ok && result.value[0]!.config).toMatchObject({ initial_replicas: 3, tolerance: 0.05 });
  });
});

describe('HPA Value targets and the scale target, through import and export', () => {
  const manifest = `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: llm, namespace: inference }
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: llama-server }
  minReplicas: 1
  maxReplicas: 10
  metrics:
    - type: External
      external:
        metric: { name: queue_length }
        target: { type: Value, value: "20" }
`;
  it('keeps type: Value (not read as AverageValue) and the target Deployment and namespace', () => {
    const imported = importPolicies(manifest);
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    const policy = imported.value[0]!;
    expect(policy.config.policy === 'hpa' && policy.config.metrics).toEqual([{ type: 'external', name: 'queue_length', target_value: 20, target_type: 'value' }]);
    expect(policy.target).toEqual({ kind: 'Deployment', name: 'llama-server', namespace: 'inference' });
    for (const format of ['hpa', 'keda'] as const) {
      const exported = exportPolicy(policy, format);
      expect(exported.ok).toBe(true);
      if (!exported.ok) continue;
      const doc = parse(exported.value.text) as { metadata: { namespace?: string }; spec: { scaleTargetRef: { kind: string; name: string } } };
      expect(doc.metadata.namespace).toBe('inference');
      expect(doc.spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: 'llama-server' });
      const back = importPolicies(exported.value.text);
      expect(back.ok && back.value[0]).toEqual(policy);
    }
    const ray = exportPolicy({ ...policy, config: { policy: 'ray', min_replicas: 1, max_replicas: 4, initial_replicas: 1, target_ongoing_requests: 2, look_back_period_s: 30, upscale_delay_s: 30, downscale_delay_s: 600, upscaling_factor: 1, downscaling_factor: 1 } }, 'ray');
    expect(ray.ok && ray.value.notes.join('\n')).toMatch(/A Ray Serve config has no place for the scale target \(Deployment llama-server in namespace inference\)/);
    expect(exportPolicy(policy, 'sagemaker').ok).toBe(false); // a Value target is no per-replica rate
  });
});
