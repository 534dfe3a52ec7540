/** The scaling config: the lesson's snake_case vocabulary, as a validated, complete model. */

export type PolicyKind = 'threshold' | 'target_tracking';

interface BaseConfig {
  /** fewest servers ever running */
  readonly min_servers: number;
  /** most servers ever running */
  readonly max_servers: number;
  /** servers running before the first step */
  readonly initial_servers: number;
}

export interface ThresholdConfig extends BaseConfig {
  readonly policy: 'threshold';
  /** requests per step above which a server is added */
  readonly upper_threshold: number;
  /** requests per step below which a server is removed */
  readonly lower_threshold: number;
  /** servers added or removed per decision */
  readonly scale_step: number;
}

export interface TargetTrackingConfig extends BaseConfig {
  readonly policy: 'target_tracking';
  /** wanted utilization, a decimal in (0, 1] (0.6 means 60 %) */
  readonly target_utilization: number;
  /** requests one server handles per step at 100 % utilization */
  readonly capacity_per_server: number;
  /** relative deviation from target tolerated without acting (0.1 = 10 %) */
  readonly tolerance: number;
}

export type ScalingConfig = ThresholdConfig | TargetTrackingConfig;

/** The lesson's config: threshold policy, upper 100, lower 20, start at 1, a max that does not bind. */
export const LESSON_CONFIG: ThresholdConfig = {
  policy: 'threshold',
  min_servers: 1,
  max_servers: 10,
  initial_servers: 1,
  upper_threshold: 100,
  lower_threshold: 20,
  scale_step: 1,
};

/** The lesson's request sequence. */
export const LESSON_LOADS: readonly number[] = [10, 50, 120, 80, 30, 5];

/** Defaults for a target-tracking config when keys are left out. */
export const TARGET_TRACKING_DEFAULTS: TargetTrackingConfig = {
  policy: 'target_tracking',
  min_servers: 1,
  max_servers: 10,
  initial_servers: 1,
  target_utilization: 0.6,
  capacity_per_server: 50,
  tolerance: 0,
};

/** Hard limits that keep input sane; the validator names them in its messages. */
export const LIMITS = {
  /** most servers a config may name */
  maxServers: 1000,
  /** largest load or threshold value, requests per step */
  maxLoad: 1_000_000_000,
  /** most steps in one load sequence */
  maxSteps: 1_000_000,
} as const;

export const COMMON_KEYS = ['policy', 'min_servers', 'max_servers', 'initial_servers'] as const;
export const THRESHOLD_KEYS = ['upper_threshold', 'lower_threshold', 'scale_step'] as const;
export const TARGET_TRACKING_KEYS = ['target_utilization', 'capacity_per_server', 'tolerance'] as const;
export const KNOWN_KEYS: readonly string[] = [...COMMON_KEYS, ...THRESHOLD_KEYS, ...TARGET_TRACKING_KEYS];

/**
 * A config with the other policy's keys, keeping the shared bounds: what the policy switch does. The other policy's
 * own values come from `kept` (its config when the learner last left it), else from its defaults.
 */
export function switchPolicy(config: ScalingConfig, policy: PolicyKind, kept?: ScalingConfig): ScalingConfig {
  if (config.policy === policy) return config;
  const { min_servers, max_servers, initial_servers } = config;
  const base = kept?.policy === policy ? kept : policy === 'threshold' ? LESSON_CONFIG : TARGET_TRACKING_DEFAULTS;
  return { ...base, min_servers, max_servers, initial_servers };
}
