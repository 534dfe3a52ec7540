import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { AIBRIX_APA_DEFAULTS } from '../policies/aibrixApa';
import { exportPolicy } from './export';
import apa from './fixtures/aibrix-apa.yaml?raw';
import kpa from './fixtures/aibrix-kpa.yaml?raw';
import { detectFormat, importPolicies, importWithNotes } from './import';

describe('AIBrix PodAutoscaler import', () => {
  it('reads AIBrix\'s own APA sample, and says which of its annotations the controller no longer reads', () => {
    expect(detectFormat(apa)).toBe('aibrix');
    const result = importWithNotes(apa);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.policies).toEqual([{ name: 'deepseek-r1-distill-llama-8b-apa', config: { ...AIBRIX_APA_DEFAULTS, max_replicas: 8 } }]);
    const notes = result.value.notes.join('\n');
    expect(notes).toMatch(/autoscaling\.aibrix\.ai\/down-fluctuation-tolerance \(seen in AIBrix's samples\) is not read by the controller at e3e10f9/);
    expect(notes).toMatch(/apa\.autoscaling\.aibrix\.ai\/window/);
  });

  it('reads KPA with the annotations context.go parses (durations as Go durations)', () => {
    const result = importPolicies(kpa);
    expect(result.ok && result.value[0]!.config).toMatchObject({ policy: 'aibrix-kpa', panic_threshold: 3, scale_down_cooldown_window_s: 120, max_scale_up_rate: 4 });
  });

  it('refuses the HPA strategy and a bad targetValue at their lines', () => {
    const hpa = importPolicies(apa.replace('scalingStrategy: APA', 'scalingStrategy: HPA'));
    expect(!hpa.ok && hpa.errors[0]).toMatchObject({ path: 'spec.scalingStrategy (line 12)', message: 'The HPA strategy makes AIBrix create a Kubernetes HPA' });
    const bad = importPolicies(apa.replace("targetValue: '0.5'", "targetValue: '500m'"));
    expect(!bad.ok && bad.errors[0]!.path).toBe('spec.metricsSources[0].targetValue (line 21)');
  });
});

describe('AIBrix PodAutoscaler export', () => {
  it('writes targetValue as ParseFloat reads it and only the annotations that differ from AIBrix\'s defaults', () => {
    const out = exportPolicy({ name: 'llama', config: { ...AIBRIX_APA_DEFAULTS, target_value: 0.6, scale_down_cooldown_window_s: 600 } }, 'aibrix');
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const doc = parse(out.value.text) as { metadata: { annotations: Record<string, string> }; spec: { metricsSources: { targetValue: string }[]; scalingStrategy: string } };
    expect(doc.spec.scalingStrategy).toBe('APA');
    expect(doc.spec.metricsSources[0]!.targetValue).toBe('0.6');
    expect(doc.metadata.annotations).toEqual({ 'autoscaling.aibrix.ai/scale-down-cooldown-window': '600s' });
  });

  it('refuses llm-d and Dynamo with the reason: they have no per-pod target', () => {
    const out = exportPolicy({ name: 'wva', config: { policy: 'llm-d-saturation' } as never }, 'aibrix');
    expect(!out.ok && out.errors[0]!.message).toMatch(/^Cannot export an llm-d saturation policy as an AIBrix PodAutoscaler .*: the llm-d saturation analyzer steps \+1\/-1/);
  });
});
