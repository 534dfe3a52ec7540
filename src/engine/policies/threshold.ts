/**
 * The lesson's threshold loop, in time. Source: the lesson's own pseudocode (seed/000_9494381622b57e98.txt):
 * `if load > upper_threshold: instances += scale_step; elif load < lower_threshold: instances -= scale_step`, clamped
 * to [min_servers, max_servers]. The rule is the step engine's `thresholdDecision` (../simulate.ts); in time it wakes
 * every `period_s`, reads the mean requests per second over that period, and honours two cooldowns.
 */
import { formatNumber } from '../format';
import { thresholdDecision, thresholdInstances } from '../lesson/simulate';
import {
  afterMove, BOUND_KNOBS, cooldownBlock, cooldownSentence, LESSON_LEAVES_OUT, LESSON_TIME_KNOBS, LESSON_TIME_MODEL,
  periodLoad, type LessonTimeState,
} from './lessonTime';
import type { Decision, PolicyModel, ThresholdTimeConfig } from './types';

/** Reason codes: 0 before the first decision, 1 .. 5 the step engine's branch + 1, then the two cooldown holds. */
export const THRESHOLD_REASONS = [
  'initial', 'between', 'above_upper', 'above_upper_at_max', 'below_lower', 'below_lower_at_min', 'out_cooldown', 'in_cooldown',
] as const;

export const THRESHOLD_TIME_DEFAULTS: ThresholdTimeConfig = {
  policy: 'threshold',
  min_servers: 1,
  max_servers: 10,
  initial_servers: 1,
  upper_threshold: 100,
  lower_threshold: 20,
  scale_step: 1,
  period_s: 15,
  scale_out_cooldown_s: 0,
  scale_in_cooldown_s: 0,
};

export const thresholdModel: PolicyModel<ThresholdTimeConfig, LessonTimeState> = {
  kind: 'threshold',
  title: 'The lesson\'s threshold loop',
  source: 'The lesson (seed/000_9494381622b57e98.txt): the threshold loop; the same rule as the step engine (src/engine/lesson/simulate.ts thresholdDecision)',
  leavesOut: LESSON_LEAVES_OUT,
  defaults: THRESHOLD_TIME_DEFAULTS,
  knobs: [
    ...BOUND_KNOBS,
    { key: 'upper_threshold', native: 'upper_threshold', default: 100, unit: 'requests/s', min: 0, step: 1, doc: 'Above this many requests per second (mean over the period), add scale_step servers.' },
    { key: 'lower_threshold', native: 'lower_threshold', default: 20, unit: 'requests/s', min: 0, step: 1, doc: 'Below this many requests per second, remove scale_step servers.' },
    { key: 'scale_step', native: 'scale_step', default: 1, unit: 'servers', min: 1, max: 100, step: 1, doc: 'Servers added or removed per decision.' },
    ...LESSON_TIME_KNOBS,
  ],
  metricUnit: () => 'requests/s (mean over the period)',
  ...LESSON_TIME_MODEL,
  decide(config, state, obs) {
    const load = periodLoad(config, obs);
    const current = obs.current;
    const branch = thresholdDecision(load, current, config);
    const next = thresholdInstances(load, current, config);
    const raw = branch === 1 ? current + config.scale_step : branch === 3 ? current - config.scale_step : current;
    const block = cooldownBlock(config, state, obs.t, current, next);
    const desired = block === null ? next : current;
    const reason = block === 'out' ? 6 : block === 'in' ? 7 : branch + 1;
    const decision: Decision = { raw, desired, metric: load, reason, mode: 0 };
    return { state: afterMove(state, obs.t, current, desired), decision };
  },
  explain(config, decision, obs) {
    const load = formatNumber(Math.round(decision.metric * 100) / 100);
    const upper = formatNumber(config.upper_threshold);
    const lower = formatNumber(config.lower_threshold);
    const head = `Threshold loop: ${load} req/s over the last ${formatNumber(config.period_s)} s`;
    switch (THRESHOLD_REASONS[decision.reason] ?? 'initial') {
      case 'initial': return `Threshold loop: no decision yet (the first comes after ${formatNumber(config.period_s)} s); ${obs.current} servers as configured.`;
      case 'between': return `${head} is between ${lower} and ${upper}: keep ${decision.desired} servers.`;
      case 'above_upper': return `${head} > ${upper}: scale up to ${decision.desired} servers.`;
      case 'above_upper_at_max': return `${head} > ${upper}, but already at max_servers (${config.max_servers}).`;
      case 'below_lower': return `${head} < ${lower}: scale down to ${decision.desired} servers.`;
      case 'below_lower_at_min': return `${head} < ${lower}, but already at min_servers (${config.min_servers}).`;
      case 'out_cooldown': return `${head} > ${upper}, but ${cooldownSentence('out', config)}: keep ${decision.desired}.`;
      case 'in_cooldown': return `${head} < ${lower}, but ${cooldownSentence('in', config)}: keep ${decision.desired}.`;
    }
  },
};
