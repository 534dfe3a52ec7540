import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { LabPolicyConfig, NamedPolicy } from '../policies/types';
import { exportPolicy } from './export';
import { importPolicies } from './import';
import { validateLabConfig } from './validators';
import hpaRps from './fixtures/hpa-rps.yaml?raw';
import hpaCpu from './fixtures/hpa-cpu.yaml?raw';
import knativeKpa from './fixtures/knative-kpa.yaml?raw';
import rayBare from './fixtures/ray-bare.yaml?raw';

function one(text: string): NamedPolicy {
  const result = importPolicies(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value[0]!;
}

function lab(config: Record<string, unknown>, name = 'p'): NamedPolicy {
  const result = validateLabConfig(config);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return { name, config: result.value as LabPolicyConfig };
}

function exported(policy: NamedPolicy, format: Parameters<typeof exportPolicy>[1]) {
  const result = exportPolicy(policy, format);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('cross-format correspondence on a per-replica request rate', () => {
  it('HPA on 8 requests/s per pod -> KEDA (prometheus threshold 8) -> SageMaker (480 invocations per instance per minute)', () => {
    const hpa = one(hpaRps);
    const keda = exported(hpa, 'keda');
    const scaled = parse(keda.text) as { spec: { triggers: { type: string; metadata: { threshold: string } }[]; minReplicaCount: number; maxReplicaCount: number } };
    expect(scaled.spec.triggers[0]).toMatchObject({ type: 'prometheus', metadata: { threshold: '8' } });
    expect([scaled.spec.minReplicaCount, scaled.spec.maxReplicaCount]).toEqual([2, 40]);
    const fromKeda = one(keda.text);
    expect(fromKeda.config).toMatchObject({ policy: 'hpa', metrics: [{ type: 'external', target_value: 8 }], behavior: hpa.config.policy === 'hpa' ? hpa.config.behavior : {} });
    const viaKeda = JSON.parse(exported(fromKeda, 'sagemaker').text) as Record<string, unknown>;
    const direct = JSON.parse(exported(hpa, 'sagemaker').text) as Record<string, unknown>;
    expect(viaKeda.TargetTrackingScalingPolicyConfiguration).toMatchObject({ TargetValue: 480, PredefinedMetricSpecification: { PredefinedMetricType: 'SageMakerVariantInvocationsPerInstance' } });
    expect(viaKeda.TargetTrackingScalingPolicyConfiguration).toEqual(direct.TargetTrackingScalingPolicyConfiguration);
    expect([viaKeda.MinCapacity, viaKeda.MaxCapacity]).toEqual([2, 40]);
  });

  it('SageMaker 90 invocations per minute -> an HPA on 1.5 requests/s per pod, cooldowns approximated by windows, said in notes', () => {
    const policy = lab({ policy: 'sagemaker', max_capacity: 5, target_value: 90, scale_in_cooldown_s: 600, disable_scale_in: true });
    const out = exported(policy, 'hpa');
    const hpa = one(out.text);
    expect(hpa.config).toMatchObject({
      policy: 'hpa', min_replicas: 1, max_replicas: 5, metrics: [{ type: 'pods', target_value: 1.5 }],
      behavior: { scale_up: { stabilization_window_s: 300 }, scale_down: { stabilization_window_s: 600, select_policy: 'Disabled' } },
    });
    expect(out.notes.join('\n')).toMatch(/approximated: ScaleOutCooldown 300 s and ScaleInCooldown 600 s became the HPA's stabilization windows/);
  });

  it("the lesson's target tracking (capacity 10 x 60 %) -> Knative rps target 6, tolerance and cooldowns said in notes", () => {
    const policy = lab({ policy: 'target_tracking', capacity_per_server: 10, target_utilization: 0.6, tolerance: 0.1, scale_in_cooldown_s: 300, period_s: 30 });
    const out = exported(policy, 'knative');
    expect(one(out.text).config).toMatchObject({ policy: 'kpa', metric: 'rps', target: 6, target_utilization_percent: 100, scale_down_delay_s: 300, min_scale: 1, max_scale: 10 });
    const notes = out.notes.join('\n');
    expect(notes).toMatch(/Knative has no counterpart for period_s 30/);
    expect(notes).toMatch(/Knative has no tolerance band: tolerance 0.1 was dropped/);
    expect(notes).toMatch(/scale_in_cooldown_s 300 s became scale-down-delay 300 s/);
  });

  it('Knative rps (target 200 x 70 %) -> SageMaker 8400 per minute; the panic mode and scale to zero are listed as dropped', () => {
    const policy = lab({ policy: 'kpa', metric: 'rps' });
    const out = exported(policy, 'sagemaker');
    expect(JSON.parse(out.text)).toMatchObject({ MinCapacity: 0, MaxCapacity: 1000, TargetTrackingScalingPolicyConfiguration: { TargetValue: 8400 } });
    const notes = out.notes.join('\n');
    expect(notes).toMatch(/SageMaker has no counterpart for stable_window_s 60 and the panic mode/);
    expect(notes).toMatch(/scale to zero after a 30 s grace period/);
  });
});

describe('cross-format correspondence on requests in flight per replica (Ray Serve <-> KPA on concurrency)', () => {
  it('a KPA on concurrency 10 x 80 % -> Ray target_ongoing_requests 8, windows and delays approximated, the panic mode dropped', () => {
    const out = exported(one(knativeKpa), 'ray');
    expect(one(out.text).config).toEqual({
      policy: 'ray', min_replicas: 1, max_replicas: 30, initial_replicas: 2, target_ongoing_requests: 8, look_back_period_s: 120,
      upscale_delay_s: 0, downscale_delay_s: 90, upscaling_factor: 1, downscaling_factor: 1,
    });
    const notes = out.notes.join('\n');
    expect(notes).toMatch(/^Converted from a Knative KPA policy on the concurrency per replica it holds/);
    expect(notes).toMatch(/Ray Serve has no panic mode/);
    expect(notes).toMatch(/approximated: the stable window 120 s became look_back_period_s/);
  });

  it('Ray target_ongoing_requests 3 -> a KPA on concurrency 3 at 100 %, the upscale delay and factor dropped', () => {
    const out = exported(one(rayBare), 'knative');
    expect(one(out.text).config).toMatchObject({ policy: 'kpa', metric: 'concurrency', target: 3, target_utilization_percent: 100, min_scale: 1, max_scale: 6, stable_window_s: 30, scale_down_delay_s: 600 });
    const notes = out.notes.join('\n');
    expect(notes).toMatch(/Knative has no scale-up delay: upscale_delay_s 15 was dropped/);
    expect(notes).toMatch(/downscaling_factor 0.5 were dropped/);
  });
});

describe('refusals: no counterpart, said with the reason', () => {
  const cases: [string, NamedPolicy, Parameters<typeof exportPolicy>[1], RegExp][] = [
    ["the lesson's threshold rule", lab({ policy: 'threshold' }), 'hpa', /adds or removes a fixed step/],
    ['a Ray policy as SageMaker', one(rayBare), 'sagemaker', /ongoing requests per replica/],
    ['an HPA as Ray Serve', one(hpaRps), 'ray', /Ray Serve scales on ongoing requests/],
    ['a cpu HPA as SageMaker', one(hpaCpu), 'sagemaker', /tracks CPU utilization, not a per-replica request rate/],
    ['a concurrency KPA as an HPA', one(knativeKpa), 'hpa', /scales on concurrency/],
  ];
  for (const [what, policy, format, reason] of cases) {
    it(`refuses ${what}`, () => {
      const result = exportPolicy(policy, format);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.errors[0]!.message).toMatch(reason);
        expect(result.errors[0]!.hint).toMatch(/Lab's JSON/);
      }
    });
  }

  it('refuses a config that does not validate', () => {
    const result = exportPolicy({ name: 'x', config: { ...lab({ policy: 'ray' }).config, max_replicas: -1 } as LabPolicyConfig }, 'ray');
    expect(result.ok).toBe(false);
  });
});

describe('own-format export: every knob kept, those without a field said in notes', () => {
  it('an HPA keeps initial replicas, tolerance and sync period in the Lab annotations, with a note each', () => {
    const policy = lab({ policy: 'hpa', min_replicas: 2, initial_replicas: 4, tolerance: 0.05, sync_period_s: 30, metrics: [{ type: 'pods', target_value: 20 }] }, 'Chat API');
    const out = exported(policy, 'hpa');
    const manifest = parse(out.text) as { metadata: { name: string; annotations: Record<string, string> }; spec: Record<string, unknown> };
    expect(manifest.metadata).toEqual({
      name: 'chat-api',
      annotations: { 'autoscale-lab/name': 'Chat API', 'autoscale-lab/initial-replicas': '4', 'autoscale-lab/tolerance': '0.05', 'autoscale-lab/sync-period-seconds': '30' },
    });
    expect('behavior' in manifest.spec).toBe(false);
    expect(out.notes).toHaveLength(3);
    expect(out.notes[1]).toMatch(/--horizontal-pod-autoscaler-tolerance/);
  });

  it('a KPA with a cluster-wide knob changed also writes the config-autoscaler ConfigMap, and says it is cluster-wide', () => {
    const policy = lab({ policy: 'kpa', max_scale_down_rate: 4, enable_scale_to_zero: false });
    const out = exported(policy, 'knative');
    expect(out.text).toMatch(/---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n {2}name: config-autoscaler\n {2}namespace: knative-serving\ndata:\n {2}max-scale-down-rate: "4"\n {2}enable-scale-to-zero: "false"\n/);
    expect(out.notes[0]).toMatch(/max-scale-down-rate, enable-scale-to-zero are cluster-wide settings/);
  });

  it('says what a real cluster or account would refuse or need: a fractional cpu percent, initial-scale 0, MinCapacity 0', () => {
    expect(exported(lab({ policy: 'hpa', metrics: [{ type: 'cpu', target_utilization_percent: 62.5 }] }), 'hpa').notes.join('\n')).toMatch(/averageUtilization as a whole percent: 62.5/);
    expect(exported(lab({ policy: 'kpa', initial_scale: 0 }), 'knative').notes.join('\n')).toMatch(/allow-zero-initial-scale/);
    expect(exported(lab({ policy: 'sagemaker', min_capacity: 0, initial_capacity: 0 }), 'sagemaker').notes.join('\n')).toMatch(/inference components/);
  });

  it('writes the Lab JSON with its name first and every knob', () => {
    const out = exported(lab({ policy: 'ray' }, 'Embedder'), 'lab');
    expect(JSON.parse(out.text)).toEqual({ name: 'Embedder', policy: 'ray', min_replicas: 1, max_replicas: 10, initial_replicas: 1, target_ongoing_requests: 2, look_back_period_s: 30, upscale_delay_s: 30, downscale_delay_s: 600, upscaling_factor: 1, downscaling_factor: 1 });
    expect(out.notes).toEqual([]);
  });
});
