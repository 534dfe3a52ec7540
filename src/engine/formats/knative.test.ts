import { describe, expect, it } from 'vitest';
import { importPolicies, importWithNotes } from './import';
import knativeKpa from './fixtures/knative-kpa.yaml?raw';
import knativeWithConfig from './fixtures/knative-with-config.yaml?raw';

describe('Knative import', () => {
  it('reads the revision template\'s annotations, durations and containerConcurrency, and says what it ignores', () => {
    const result = importWithNotes(knativeKpa);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.format).toBe('knative');
    expect(result.value.policies).toEqual([{
      name: 'sentiment',
      config: {
        policy: 'kpa', min_scale: 1, max_scale: 30, initial_scale: 2, metric: 'concurrency', target: 10,
        target_utilization_percent: 80, stable_window_s: 120, panic_window_percent: 20, panic_threshold_percent: 150,
        max_scale_up_rate: 1000, max_scale_down_rate: 2, scale_to_zero_grace_period_s: 30, scale_down_delay_s: 90,
        enable_scale_to_zero: true, tick_s: 2,
      },
    }]);
    const notes = result.value.notes.join('\n');
    expect(notes).toMatch(/scale-to-zero-pod-retention-period 5m is not modelled and was ignored/);
    expect(notes).toMatch(/containerConcurrency 16 is a hard limit per pod .*the lower target 10 stays the target/);
  });

  it('takes containerConcurrency as the target when no lower target annotation is set, as Knative does', () => {
    const text = knativeKpa.replace('        autoscaling.knative.dev/target: "10"\n', '');
    const result = importPolicies(text);
    expect(result.ok && result.value[0]!.config).toMatchObject({ policy: 'kpa', target: 16 });
  });

  it('applies the config-autoscaler ConfigMap beside the Service (cluster-wide knobs)', () => {
    const result = importPolicies(knativeWithConfig);
    expect(result.ok && result.value[0]!.config).toMatchObject({
      metric: 'rps', target: 150, max_scale_up_rate: 10, scale_to_zero_grace_period_s: 60, enable_scale_to_zero: false,
    });
  });

  it('refuses the hpa class plainly: it is not the KPA', () => {
    const text = knativeKpa.replace('kpa.autoscaling.knative.dev', 'hpa.autoscaling.knative.dev');
    const result = importPolicies(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]!.path).toBe('spec.template.metadata.annotations["autoscaling.knative.dev/class"] (line 11)');
    expect(result.errors[0]!.message).toMatch(/HPA class.*not the Knative Pod Autoscaler/);
  });

  it('lists the allowed values of an unknown metric and the known annotations for a typo', () => {
    const text = knativeKpa.replace('metric: concurrency', 'metric: cpu').replace('/window:', '/windw:');
    const result = importPolicies(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [metric, window] = result.errors;
    expect(metric!.path).toBe('spec.template.metadata.annotations["autoscaling.knative.dev/metric"] (line 12)');
    expect(metric!.hint).toMatch(/allowed values: concurrency, rps/);
    expect(window!.message).toBe('Unknown Knative autoscaling annotation autoscaling.knative.dev/windw');
    expect(window!.hint).toMatch(/autoscaling\.knative\.dev\/window/);
  });

  it('reports a bad duration and an out-of-range value at the annotation\'s line', () => {
    const text = knativeKpa.replace('scale-down-delay: 1m30s', 'scale-down-delay: soon').replace('"150.0"', '"50"');
    const result = importPolicies(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.path)).toEqual([
      'spec.template.metadata.annotations["autoscaling.knative.dev/scale-down-delay"] (line 21)',
      'spec.template.metadata.annotations["autoscaling.knative.dev/panic-threshold-percentage"] (line 17)',
    ]);
    expect(result.errors[0]!.hint).toMatch(/"60s" or "1m"/);
    expect(result.errors[1]!.message).toMatch(/panic-threshold-percentage must be at least 110/);
  });

  it('says autoscaling annotations on the Service\'s own metadata are ignored by Knative', () => {
    const text = knativeKpa.replace('  namespace: models\n', '  namespace: models\n  annotations:\n    autoscaling.knative.dev/min-scale: "3"\n');
    const result = importPolicies(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.hint).toMatch(/spec\.template\.metadata\.annotations/);
  });
});
