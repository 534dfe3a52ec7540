import { describe, expect, it } from 'vitest';
import { LESSON_CONFIG } from '../lesson/config';
import { detectFormat, importPolicies, importWithNotes } from './import';
import { exportPolicy } from './export';
import { formatInSentence } from './types';
import labPolicies from './fixtures/lab-policies.json?raw';
import hpaRps from './fixtures/hpa-rps.yaml?raw';
import deploymentAndHpa from './fixtures/deployment-and-hpa.yaml?raw';
import keda from './fixtures/keda-prometheus.yaml?raw';
import knativeKpa from './fixtures/knative-kpa.yaml?raw';
import knativeWithConfig from './fixtures/knative-with-config.yaml?raw';
import rayServe from './fixtures/ray-serve.yaml?raw';
import rayBare from './fixtures/ray-bare.yaml?raw';
import sagemaker from './fixtures/sagemaker.json?raw';

describe("the Lab's JSON", () => {
  it('reads a list of policies, each validated with its defaults; unnamed ones take the file name', () => {
    const result = importWithNotes(labPolicies, 'configs/mine.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.format).toBe('lab');
    expect(result.value.policies.map((policy) => policy.name)).toEqual(['Lesson loop', 'HPA on rps', 'mine', 'Target tracking']);
    expect(result.value.policies[0]!.config).toEqual({
      policy: 'threshold', min_servers: 1, max_servers: 10, initial_servers: 1, upper_threshold: 100, lower_threshold: 20, scale_step: 1,
      period_s: 30, scale_out_cooldown_s: 0, scale_in_cooldown_s: 0,
    });
    expect(result.value.policies[1]!.config).toMatchObject({ policy: 'hpa', max_replicas: 20, behavior: { scale_down: { stabilization_window_s: 300 } } });
    expect(result.value.policies[2]!.config).toEqual({
      policy: 'sagemaker', min_capacity: 1, max_capacity: 8, initial_capacity: 1, target_value: 4800, scale_out_cooldown_s: 300, scale_in_cooldown_s: 300, disable_scale_in: false,
    });
    expect(result.value.policies[3]!.config).toEqual({
      policy: 'target_tracking', min_servers: 1, max_servers: 10, initial_servers: 1, target_utilization: 0.7, capacity_per_server: 12, tolerance: 0.1,
      period_s: 15, scale_out_cooldown_s: 0, scale_in_cooldown_s: 120,
    });
  });

  it("takes the lesson's config as written (no time knobs, no policy key needed)", () => {
    const { policy: _policy, ...withoutPolicy } = LESSON_CONFIG;
    for (const config of [LESSON_CONFIG, withoutPolicy]) {
      const result = importPolicies(JSON.stringify(config));
      expect(result.ok && result.value[0]!.config).toMatchObject({ ...LESSON_CONFIG, period_s: 15 });
    }
  });

  it('reads the same config written as YAML, named by its policy when nothing names it', () => {
    const result = importPolicies('policy: ray\nmax_replicas: 4\n');
    expect(result.ok && result.value).toEqual([{ name: 'ray', config: expect.objectContaining({ policy: 'ray', max_replicas: 4, target_ongoing_requests: 2 }) }]);
  });

  it('reports errors at the item, the field and the line', () => {
    const text = '[\n  {"policy": "hpa", "max_replicas": 10},\n  {"policy": "kpa",\n   "panic_threshold_percent": 50}\n]';
    const result = importPolicies(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.path).toBe('[1].panic_threshold_percent (line 4)');
    expect(result.errors[0]!.message).toMatch(/at least 110/);
  });

  it('names an unknown policy and lists the known ones', () => {
    const result = importPolicies('{"policy": "vpa", "max_replicas": 3}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ path: 'policy (line 1)', message: 'Unknown policy the text "vpa"', hint: expect.stringMatching(/"threshold", "target_tracking", "hpa", "kpa", "ray", "sagemaker"/) });
  });

  it('reports a syntax error with its line and column, and an empty or unknown document plainly', () => {
    const broken = importPolicies('{\n  "policy": "hpa",\n  "max_replicas": 10,,\n}');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.errors[0]!.message).toMatch(/^Not valid YAML or JSON at line 3, column/);
    const empty = importPolicies('  \n');
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.errors[0]!.message).toBe('The document is empty');
    const unknown = importPolicies('hello: world\n');
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.errors[0]).toMatchObject({ path: '(line 1)', message: 'This document is none of the formats the Lab reads' });
  });
});

describe('detectFormat', () => {
  it('tells which format a pasted document is', () => {
    expect(detectFormat(labPolicies)).toBe('lab');
    expect(detectFormat(hpaRps)).toBe('hpa');
    expect(detectFormat(deploymentAndHpa)).toBe('hpa');
    expect(detectFormat(keda)).toBe('keda');
    expect(detectFormat(knativeKpa)).toBe('knative');
    expect(detectFormat(knativeWithConfig)).toBe('knative');
    expect(detectFormat(rayServe)).toBe('ray');
    expect(detectFormat(rayBare)).toBe('ray');
    expect(detectFormat(sagemaker)).toBe('sagemaker');
    expect(detectFormat('hello: world')).toBeUndefined();
    expect(detectFormat('{ nope')).toBeUndefined();
  });
});

describe('the format in a sentence', () => {
  it('reads "the Lab\'s JSON", not "a The Lab\'s JSON", and gives the others their article', () => {
    expect(formatInSentence('lab')).toBe("the Lab's JSON");
    expect(formatInSentence('knative')).toBe('a Knative Service (serving.knative.dev/v1)');
  });
});

describe('the scale target in the Lab JSON', () => {
  it('is read as scale_target, written back, and refused at its line when it is not a kind and a name', () => {
    const text = '{"name": "llm", "scale_target": {"kind": "Deployment", "name": "llama-server", "namespace": "inference"}, "policy": "hpa"}';
    const imported = importPolicies(text);
    expect(imported.ok && imported.value[0]!.target).toEqual({ kind: 'Deployment', name: 'llama-server', namespace: 'inference' });
    if (imported.ok) {
      const exported = exportPolicy(imported.value[0]!, 'lab');
      expect(exported.ok && JSON.parse(exported.value.text).scale_target).toEqual({ kind: 'Deployment', name: 'llama-server', namespace: 'inference' });
    }
    const bad = importPolicies('{"policy": "hpa",\n "scale_target": "llama"}');
    expect(bad.ok ? [] : bad.errors.map((e) => e.path)).toEqual(['scale_target (line 2)']);
  });
});
