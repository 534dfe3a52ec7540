/**
 * Pins the time engine's whole output: every column of every trace, byte for byte, and every summary, for the Lab bench's
 * day and for a spread of policies, knobs, scenarios and platforms. Written before the tick loop and the policies were
 * tuned for speed, so a faster engine is proven to be the same engine. A deliberate change of behaviour updates the
 * fingerprints below (run with PRINT_FINGERPRINTS=1 to print the new ones) and says why in its commit.
 */
import { describe, expect, it } from 'vitest';
import { HPA_DEFAULTS } from '../policies/hpa';
import { KPA_DEFAULTS } from '../policies/kpa';
import { RAY_DEFAULTS } from '../policies/ray';
import { SAGEMAKER_DEFAULTS } from '../policies/sagemaker';
import { TARGET_TRACKING_TIME_DEFAULTS } from '../policies/targetTracking';
import { THRESHOLD_TIME_DEFAULTS } from '../policies/threshold';
import type { NamedPolicy } from '../policies/types';
import { DEFAULT_PLATFORM } from './platform';
import { simulateTime } from './simulateTime';
import { scenarioProfile } from './traffic';
import type { PlatformSettings, ScenarioName, TimeRunInput, TimeTrace } from './types';

/** FNV-1a (32-bit) over bytes, run twice with different offsets for 64 bits of fingerprint. */
function fnv(bytes: Uint8Array, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193) >>> 0;
  return h;
}

const COLUMNS = [
  'arrivals', 'served', 'dropped', 'failed', 'queue', 'ready', 'provisioning', 'draining', 'desiredRaw', 'desired',
  'p50', 'p95', 'p99', 'metric', 'reason', 'mode', 'decided',
] as const;

/** One fingerprint of a trace: each column's bytes, then the summary as JSON. */
function fingerprint(trace: TimeTrace): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (const name of COLUMNS) {
    const column = trace[name];
    const bytes = new Uint8Array(column.buffer, column.byteOffset, column.byteLength);
    a = fnv(bytes, a ^ column.length);
    b = fnv(bytes, b + column.length);
  }
  const summary = new TextEncoder().encode(JSON.stringify(trace.summary));
  a = fnv(summary, a);
  b = fnv(summary, b);
  return `${trace.policy.name}:${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`;
}

const SPREAD: NamedPolicy[] = [
  { name: 'hpa-legacy-pods', config: { ...HPA_DEFAULTS, max_replicas: 40, metrics: [{ type: 'pods', target_value: 6 }] } },
  { name: 'hpa-behavior-default-cpu', config: { ...HPA_DEFAULTS, max_replicas: 40, behavior: {} } },
  {
    name: 'hpa-behavior-custom', config: {
      ...HPA_DEFAULTS, min_replicas: 2, initial_replicas: 3, max_replicas: 30, tolerance: 0, sync_period_s: 10,
      metrics: [{ type: 'pods', target_value: 5 }],
      behavior: {
        scale_up: { stabilization_window_s: 30, select_policy: 'Min', policies: [{ type: 'Pods', value: 2, period_s: 30 }, { type: 'Percent', value: 50, period_s: 60 }] },
        scale_down: { stabilization_window_s: 120, select_policy: 'Max', policies: [{ type: 'Percent', value: 20, period_s: 60 }, { type: 'Pods', value: 1, period_s: 30 }] },
      },
    },
  },
  {
    name: 'hpa-multi-metric', config: {
      ...HPA_DEFAULTS, max_replicas: 25, metrics: [{ type: 'cpu', target_utilization_percent: 60 }, { type: 'external', target_value: 7 }, { type: 'object', target_value: 9 }],
      behavior: { scale_down: { stabilization_window_s: 60, select_policy: 'Min', policies: [{ type: 'Pods', value: 3, period_s: 15 }] } },
    },
  },
  { name: 'hpa-up-disabled', config: { ...HPA_DEFAULTS, initial_replicas: 4, max_replicas: 12, behavior: { scale_up: { select_policy: 'Disabled' } } } },
  { name: 'kpa-default', config: KPA_DEFAULTS },
  { name: 'kpa-rps-delay', config: { ...KPA_DEFAULTS, metric: 'rps', target: 20, min_scale: 0, initial_scale: 3, scale_down_delay_s: 30, max_scale: 15, max_scale_down_rate: 1.5, max_scale_up_rate: 3 } },
  { name: 'kpa-no-zero', config: { ...KPA_DEFAULTS, target: 4, enable_scale_to_zero: false, stable_window_s: 30, panic_window_percent: 20, panic_threshold_percent: 150 } },
  { name: 'ray-default', config: RAY_DEFAULTS },
  { name: 'ray-zero-factors', config: { ...RAY_DEFAULTS, min_replicas: 0, initial_replicas: 0, max_replicas: 20, upscaling_factor: 0.5, downscaling_factor: 0.7, upscale_delay_s: 10, downscale_delay_s: 60, look_back_period_s: 10, target_ongoing_requests: 3 } },
  { name: 'sagemaker-default', config: SAGEMAKER_DEFAULTS },
  { name: 'sagemaker-zero-no-in', config: { ...SAGEMAKER_DEFAULTS, min_capacity: 0, initial_capacity: 0, max_capacity: 25, target_value: 200, scale_out_cooldown_s: 60, disable_scale_in: true } },
  { name: 'threshold-cooldowns', config: { ...THRESHOLD_TIME_DEFAULTS, min_servers: 0, max_servers: 20, upper_threshold: 40, lower_threshold: 15, scale_step: 2, period_s: 5, scale_out_cooldown_s: 20, scale_in_cooldown_s: 90 } },
  { name: 'target-tracking-cooldowns', config: { ...TARGET_TRACKING_TIME_DEFAULTS, max_servers: 30, period_s: 7, scale_out_cooldown_s: 30, scale_in_cooldown_s: 120 } },
];

const PLATFORMS: Record<string, PlatformSettings> = {
  default: DEFAULT_PLATFORM,
  tight: { ...DEFAULT_PLATFORM, cold_start_s: 0, drain_s: 0, queue_limit: 200, timeout_s: 20 },
  slow: { ...DEFAULT_PLATFORM, capacity: 2.5, service_ms: 700, cold_start_s: 10, drain_s: 5, timeout_s: 45 },
};

interface Case { readonly name: string; readonly input: TimeRunInput }

const run = (scenario: ScenarioName, seconds: number, platform: string, arrivals: 'poisson' | 'exact', seed: number): Case => ({
  name: `${scenario} ${seconds} s ${platform} ${arrivals} ${seed}`,
  input: { traffic: scenarioProfile(scenario, seconds), seconds, seed, arrivals, platform: PLATFORMS[platform]!, policies: SPREAD },
});

/** The Lab bench's day (src/cli/labBench.ts): the five production-first models at their defaults. */
const BENCH_DAY: Case = {
  name: 'the bench day: diurnal 86400 s default poisson 42',
  input: {
    traffic: scenarioProfile('diurnal', 86_400), seconds: 86_400, seed: 42, arrivals: 'poisson', platform: DEFAULT_PLATFORM,
    policies: [HPA_DEFAULTS, KPA_DEFAULTS, RAY_DEFAULTS, SAGEMAKER_DEFAULTS, TARGET_TRACKING_TIME_DEFAULTS].map((config) => ({ name: config.policy, config })),
  },
};

const CASES: Case[] = [
  BENCH_DAY,
  run('spike', 7200, 'default', 'poisson', 1),
  run('flash-crowd', 7200, 'tight', 'poisson', 2),
  run('idle-gaps', 10800, 'default', 'exact', 3),
  run('ramp', 5400, 'slow', 'poisson', 4),
  run('diurnal', 14400, 'tight', 'exact', 5),
];

const EXPECTED: Record<string, readonly string[]> = {
  'the bench day: diurnal 86400 s default poisson 42': [
    'hpa:8566bde31bbd1481',
    'kpa:2735e33ed9c7308c',
    'ray:890c7d74f64f6426',
    'sagemaker:52ffd6866a918478',
    'target_tracking:98d04336c4f976c0',
  ],
  'spike 7200 s default poisson 1': [
    'hpa-legacy-pods:833d22bbb4e6b771',
    'hpa-behavior-default-cpu:dd473d3e9b685770',
    'hpa-behavior-custom:009c132bb4766cc9',
    'hpa-multi-metric:efa59688a0b1997a',
    'hpa-up-disabled:317284fe6033b360',
    'kpa-default:5e00a63687078c24',
    'kpa-rps-delay:5839e0a5271a9d7b',
    'kpa-no-zero:0b554127df257e71',
    'ray-default:b3306c11c7e86157',
    'ray-zero-factors:7d6cd0bcc125ff86',
    'sagemaker-default:65869d18b7f1aa56',
    'sagemaker-zero-no-in:fc3a3e039cbe55b1',
    'threshold-cooldowns:64fdd10bd23295f5',
    'target-tracking-cooldowns:80578553d44f8b1d',
  ],
  'flash-crowd 7200 s tight poisson 2': [
    'hpa-legacy-pods:867754957f02175b',
    'hpa-behavior-default-cpu:7fc1482a52b7f2e4',
    'hpa-behavior-custom:7ce63d585a6706c6',
    'hpa-multi-metric:1da4f6916daac6b3',
    'hpa-up-disabled:4c1b38565ef7f534',
    'kpa-default:e9a2e761bb391a53',
    'kpa-rps-delay:989a85cc75785d02',
    'kpa-no-zero:db75abdf8525cded',
    'ray-default:fcc6964468cfc212',
    'ray-zero-factors:77c78c9279723288',
    'sagemaker-default:a018f77a2d78eeac',
    'sagemaker-zero-no-in:f3daef6b3afe8f89',
    'threshold-cooldowns:c0c0447312d0b005',
    'target-tracking-cooldowns:a4ca57c65eff5308',
  ],
  'idle-gaps 10800 s default exact 3': [
    'hpa-legacy-pods:a0e57d11e15aa073',
    'hpa-behavior-default-cpu:ad8e8fa919e34087',
    'hpa-behavior-custom:05d967cd43f2e44b',
    'hpa-multi-metric:ad101bd47ad93926',
    'hpa-up-disabled:9556d7995f13af37',
    'kpa-default:814e0de788570055',
    'kpa-rps-delay:292a95d0de6163ee',
    'kpa-no-zero:6d4101c633aefec4',
    'ray-default:2199d455f8f98f4f',
    'ray-zero-factors:f65fa94078020d1e',
    'sagemaker-default:ab896c28ad66ec76',
    'sagemaker-zero-no-in:953355dd62848673',
    'threshold-cooldowns:5990354fb0232fc9',
    'target-tracking-cooldowns:f4fbaa5427827c56',
  ],
  'ramp 5400 s slow poisson 4': [
    'hpa-legacy-pods:4916b90031942556',
    'hpa-behavior-default-cpu:882b87bf06cdaf09',
    'hpa-behavior-custom:20755fffd5707e4d',
    'hpa-multi-metric:9da8de181d3e6592',
    'hpa-up-disabled:c2e84b635d12a331',
    'kpa-default:13349802f63d9284',
    'kpa-rps-delay:44c68762ed693a20',
    'kpa-no-zero:d4ad780e32af4ae0',
    'ray-default:3faa82aa2ae821e0',
    'ray-zero-factors:52bb48aff4acdbf9',
    'sagemaker-default:64fd93c2e089cd50',
    'sagemaker-zero-no-in:b325f90fbc4f3a75',
    'threshold-cooldowns:b926f16b8884dce9',
    'target-tracking-cooldowns:b339e6a0760d3fb6',
  ],
  'diurnal 14400 s tight exact 5': [
    'hpa-legacy-pods:55dc3e90739e67a6',
    'hpa-behavior-default-cpu:8a98f59b4915182d',
    'hpa-behavior-custom:490282c4b073e81e',
    'hpa-multi-metric:d48b432331c15c41',
    'hpa-up-disabled:72b3de40540e881a',
    'kpa-default:a16d46437645c945',
    'kpa-rps-delay:46c27c7522e67eaf',
    'kpa-no-zero:1fca28c70e77ad79',
    'ray-default:494b57498a7fa57f',
    'ray-zero-factors:e9f777dd44bc9e4f',
    'sagemaker-default:63755d49425819bb',
    'sagemaker-zero-no-in:6a6489fdc3a809a3',
    'threshold-cooldowns:2546ee4315a29709',
    'target-tracking-cooldowns:2889ae17025403a9',
  ],
};

describe('the time engine, pinned', () => {
  for (const { name, input } of CASES) {
    it(`gives the same columns as before: ${name}`, () => {
      const prints = simulateTime(input).map(fingerprint);
      if (process.env.PRINT_FINGERPRINTS) process.stdout.write(`FINGERPRINT ${JSON.stringify({ [name]: prints })}\n`);
      expect(prints).toEqual(EXPECTED[name]);
      expect(simulateTime(input).map(fingerprint)).toEqual(prints); // nothing carries over from one run to the next
    });
  }
});
