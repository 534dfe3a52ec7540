/**
 * The lesson's target-tracking policy, in time. Source: the lesson (seed/000_9494381622b57e98.txt), target tracking:
 * `utilization = load / (instances x capacity_per_server)`; off target by more than the tolerance ->
 * `desired = ceil(load / (capacity_per_server x target_utilization))`, clamped. The rule is the step engine's
 * `targetTrackingDecision` (../simulate.ts); in time it wakes every `period_s`, reads the mean requests per second over
 * that period, and honours two cooldowns.
 */
import { formatNumber, formatPercent } from '../format';
import { targetTrackingDecision, utilizationOf } from '../lesson/simulate';
import {
  afterMove, BOUND_KNOBS, cooldownBlock, cooldownSentence, LESSON_LEAVES_OUT, LESSON_TIME_KNOBS, LESSON_TIME_MODEL,
  periodLoad, type LessonTimeState,
} from './lessonTime';
import type { Decision, PolicyModel, TargetTrackingTimeConfig } from './types';

/** Reason codes: 0 before the first decision. */
export const TARGET_TRACKING_REASONS = ['initial', 'within_tolerance', 'off_target', 'out_cooldown', 'in_cooldown'] as const;

/** capacity_per_server 10 matches the Lab's default platform (10 requests/s per replica). */
export const TARGET_TRACKING_TIME_DEFAULTS: TargetTrackingTimeConfig = {
  policy: 'target_tracking',
  min_servers: 1,
  max_servers: 10,
  initial_servers: 1,
  target_utilization: 0.6,
  capacity_per_server: 10,
  tolerance: 0.1,
  period_s: 15,
  scale_out_cooldown_s: 0,
  scale_in_cooldown_s: 0,
};

export const targetTrackingModel: PolicyModel<TargetTrackingTimeConfig, LessonTimeState> = {
  kind: 'target_tracking',
  title: 'The lesson\'s target tracking',
  source: 'The lesson (seed/000_9494381622b57e98.txt): target tracking; the same rule as the step engine (src/engine/lesson/simulate.ts targetTrackingDecision)',
  leavesOut: `${LESSON_LEAVES_OUT} Its capacity_per_server is the policy's belief, which may differ from the platform's real capacity.`,
  defaults: TARGET_TRACKING_TIME_DEFAULTS,
  knobs: [
    ...BOUND_KNOBS,
    { key: 'target_utilization', native: 'target_utilization', default: 0.6, min: 0.05, max: 1, step: 0.05, doc: 'Utilization the policy steers to, a decimal (0.6 = 60 %).' },
    { key: 'capacity_per_server', native: 'capacity_per_server', default: 10, unit: 'requests/s', min: 0.1, step: 1, doc: 'Requests per second the policy believes one server handles at 100 %.' },
    { key: 'tolerance', native: 'tolerance', default: 0.1, min: 0, max: 0.99, step: 0.01, doc: 'Relative distance from target tolerated without acting (0.1 = 10 %).' },
    ...LESSON_TIME_KNOBS,
  ],
  metricUnit: () => 'utilization (mean load over the period / servers x capacity_per_server)',
  ...LESSON_TIME_MODEL,
  decide(config, state, obs) {
    const load = periodLoad(config, obs);
    const current = obs.current;
    const want = targetTrackingDecision(load, current, config);
    const utilization = utilizationOf(load, current, config.capacity_per_server);
    const metric = Number.isNaN(utilization) ? 0 : utilization;
    const next = want >= 0 ? Math.min(Math.max(want, config.min_servers), config.max_servers) : current;
    const block = cooldownBlock(config, state, obs.t, current, next);
    const desired = block === null ? next : current;
    const reason = block === 'out' ? 3 : block === 'in' ? 4 : want >= 0 ? 2 : 1;
    const decision: Decision = { raw: want >= 0 ? want : current, desired, metric, reason, mode: 0 };
    return { state: afterMove(state, obs.t, current, desired), decision };
  },
  explain(config, decision, obs) {
    const head = `Target tracking: utilization ${formatPercent(decision.metric)} of ${obs.current} servers vs target ${formatPercent(config.target_utilization)}`;
    switch (TARGET_TRACKING_REASONS[decision.reason] ?? 'initial') {
      case 'initial': return `Target tracking: no decision yet (the first comes after ${formatNumber(config.period_s)} s); ${obs.current} servers as configured.`;
      case 'within_tolerance': return `${head}, within the ${formatPercent(config.tolerance)} tolerance: keep ${decision.desired}.`;
      case 'off_target': return `${head}: desired ${formatNumber(decision.raw)}, set ${decision.desired} (clamped to ${config.min_servers}..${config.max_servers}).`;
      case 'out_cooldown': return `${head}: wants ${formatNumber(decision.raw)}, but ${cooldownSentence('out', config)}: keep ${decision.desired}.`;
      case 'in_cooldown': return `${head}: wants ${formatNumber(decision.raw)}, but ${cooldownSentence('in', config)}: keep ${decision.desired}.`;
    }
  },
};
