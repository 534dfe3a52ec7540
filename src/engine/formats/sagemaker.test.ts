import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importPolicies, importWithNotes } from './import';
import sagemaker from './fixtures/sagemaker.json?raw';
import sagemakerCpu from './fixtures/sagemaker-cpu.json?raw';

describe('SageMaker import', () => {
  it('reads a target-tracking policy with MinCapacity / MaxCapacity beside it', () => {
    const result = importWithNotes(sagemaker);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.format).toBe('sagemaker');
    expect(result.value.policies).toEqual([{
      name: 'invocations-target',
      config: {
        policy: 'sagemaker', min_capacity: 1, max_capacity: 6, initial_capacity: 1, target_value: 70,
        scale_out_cooldown_s: 60, scale_in_cooldown_s: 600, disable_scale_in: false,
      },
    }]);
    expect(result.value.notes).toEqual([]);
  });

  it('names the policy by its endpoint when PolicyName is absent, and fills the AWS default cooldowns', () => {
    const text = JSON.stringify({
      ResourceId: 'endpoint/churn/variant/AllTraffic', MinCapacity: 0, MaxCapacity: 2,
      TargetTrackingScalingPolicyConfiguration: { TargetValue: 120, PredefinedMetricSpecification: { PredefinedMetricType: 'SageMakerVariantInvocationsPerInstance' } },
    });
    const result = importPolicies(text);
    expect(result.ok && result.value[0]).toEqual({
      name: 'churn',
      config: { policy: 'sagemaker', min_capacity: 0, max_capacity: 2, initial_capacity: 0, target_value: 120, scale_out_cooldown_s: 300, scale_in_cooldown_s: 300, disable_scale_in: false },
    });
  });

  it('refuses a metric the Lab cannot model, naming it', () => {
    const result = importPolicies(sagemakerCpu);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({
      path: 'TargetTrackingScalingPolicyConfiguration.PredefinedMetricSpecification.PredefinedMetricType (line 7)',
      message: 'The Lab cannot model the metric SageMakerVariantCPUUtilization: it simulates invocations, not instance CPU, GPU or memory',
    });
  });

  it('reports min above max and a negative cooldown at their JSON lines', () => {
    const text = sagemaker.replace('"MinCapacity": 1', '"MinCapacity": 9').replace('"ScaleInCooldown": 600', '"ScaleInCooldown": -5');
    const result = importPolicies(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.path)).toEqual(['MinCapacity (line 7)', 'TargetTrackingScalingPolicyConfiguration.ScaleInCooldown (line 15)']);
    expect(result.errors[0]!.message).toBe('MinCapacity (9) is greater than MaxCapacity (6)');
    expect(result.errors[1]!.message).toMatch(/cannot be negative/);
  });

  it('refuses a step-scaling policy', () => {
    const result = importPolicies(JSON.stringify({ PolicyType: 'StepScaling', MaxCapacity: 3, TargetTrackingScalingPolicyConfiguration: { TargetValue: 5, PredefinedMetricSpecification: { PredefinedMetricType: 'SageMakerVariantInvocationsPerInstance' } } }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.message).toMatch(/not StepScaling/);
  });
});

describe('a pasted SageMaker policy', () => {
  it('is named by its PolicyName, not by the paste ("pasted config"), in JSON and in YAML', () => {
    const yaml = 'PolicyName: llm-invocations\nPolicyType: TargetTrackingScaling\nMinCapacity: 1\nMaxCapacity: 4\nTargetTrackingScalingPolicyConfiguration:\n  TargetValue: 70\n  PredefinedMetricSpecification: {PredefinedMetricType: SageMakerVariantInvocationsPerInstance}\n';
    for (const text of [yaml, JSON.stringify(parse(yaml))]) {
      const result = importWithNotes(text, 'pasted config');
      expect(result.ok && result.value.policies.map((p) => p.name)).toEqual(['llm-invocations']);
    }
  });
});
