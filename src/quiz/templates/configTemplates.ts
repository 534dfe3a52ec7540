/** Questions about the config itself: what a key means, which change keeps a floor, and fixing a config to a goal. */
import {
  COMMON_KEYS, TARGET_TRACKING_KEYS, THRESHOLD_KEYS, formatNumber, formatPercent, nearestKey, simulate, validateConfig,
  type ScalingConfig,
} from '../../engine';
import { buildChoices, snippet, type ChoiceDraft } from '../build';
import type { ConfigGoal, Question } from '../types';
import { identity, instances, type Params, type QuestionTemplate } from './template';

/** What each key sets, in words. */
export const KEY_MEANINGS: Readonly<Record<string, string>> = {
  min_servers: 'the minimum number of servers to keep running',
  max_servers: 'the maximum number of servers that may ever run',
  initial_servers: 'how many servers run before the first step',
  upper_threshold: 'the load above which servers are added',
  lower_threshold: 'the load below which servers are removed',
  scale_step: 'how many servers one scaling decision adds or removes',
  target_utilization: 'the utilization the autoscaler aims to keep (a decimal: 0.6 means 60 %)',
  capacity_per_server: 'how many requests one server handles per step at full utilization',
  tolerance: 'how far utilization may drift from the target before the autoscaler acts',
};

const MIRRORS: Readonly<Record<string, string>> = {
  min_servers: 'max_servers', max_servers: 'min_servers', upper_threshold: 'lower_threshold', lower_threshold: 'upper_threshold',
  target_utilization: 'tolerance', tolerance: 'target_utilization', initial_servers: 'min_servers', scale_step: 'upper_threshold',
  capacity_per_server: 'target_utilization',
};

/** Names people reach for that are not settings here (the lesson's "scale_up_threshold"). */
const NOT_SETTINGS = ['scale_up_threshold', 'min_instances', 'target_cpu', 'max_replicas'];

function policyKeys(config: ScalingConfig): string[] {
  return [...COMMON_KEYS.filter((k) => k !== 'policy'), ...(config.policy === 'threshold' ? THRESHOLD_KEYS : TARGET_TRACKING_KEYS)];
}

export const configKey: QuestionTemplate = {
  name: 'config_key',
  difficulties: ['easy'],
  applies: () => true,
  params: (context) => policyKeys(context.trace.config).map((key) => ({ key })),
  build(context, params) {
    const key = String(params.key);
    const meaning = KEY_MEANINGS[key];
    if (!meaning) return undefined;
    const keys = policyKeys(context.trace.config);
    const mirror = MIRRORS[key];
    const fake = NOT_SETTINGS[key.length % NOT_SETTINGS.length]!;
    const others = [...(mirror && keys.includes(mirror) ? [mirror] : []), ...keys.filter((k) => k !== key && k !== mirror)];
    const distractors: ChoiceDraft[] = [
      ...others.slice(0, 2).map((k) => ({ text: k, feedback: `${k} sets ${KEY_MEANINGS[k] ?? 'something else'}.` })),
      { text: fake, feedback: `${fake} is not a setting here${nearestKey(fake) ? ` (the validator would suggest "${nearestKey(fake)}")` : ''}.` },
    ];
    const base = identity(context, this.name, params);
    const value = (context.trace.config as unknown as Record<string, number>)[key];
    const explanation = `${key} sets ${meaning}; in this scenario it is ${value === undefined ? 'unset' : formatNumber(value)}.`;
    const choices = buildChoices(base.id, { text: key, feedback: `Right: ${explanation}` }, distractors);
    if (!choices) return undefined;
    return {
      ...base, kind: 'multiple_choice', difficulty: 'easy', choices,
      prompt: `Which configuration setting defines ${meaning}?`,
      explanation,
      hints: [`Read the key names in the config editor; the name says what it sets.`],
      commonMistakes: ['Confusing a setting with its mirror (min with max, upper with lower)', 'Using settings that do not exist here'],
      refersTo: { kind: 'config', key },
    };
  },
};

interface ChangeVerdict { readonly keeps: boolean; readonly feedback: string }

/** Applies a change (instances start inside the new bounds), validates, runs, and checks the floor. */
function judgeChange(config: ScalingConfig, loads: readonly number[], change: Readonly<Record<string, unknown>>, floor: number): ChangeVerdict {
  const raw: Record<string, unknown> = { ...config, ...change };
  const min = Number(raw.min_servers);
  const max = Number(raw.max_servers);
  if (!('initial_servers' in change) && min <= max) raw.initial_servers = Math.min(Math.max(config.initial_servers, min), max);
  const result = validateConfig(raw);
  if (!result.ok) {
    const error = result.errors[0]!;
    return { keeps: false, feedback: `This config does not validate: ${error.message} (${error.hint}).` };
  }
  const trace = simulate({ config: result.value, loads });
  let lowest = result.value.initial_servers;
  let when = 'at the start';
  for (let i = 0; i < trace.length; i++) if (trace.after[i]! < lowest) [lowest, when] = [trace.after[i]!, `after step ${i + 1}`];
  return lowest >= floor
    ? { keeps: true, feedback: `Right: with it the count never drops below ${lowest}, so at least ${floor} always run.` }
    : { keeps: false, feedback: `With this change only ${instances(lowest)} ${lowest === 1 ? 'runs' : 'run'} ${when}, fewer than ${floor}.` };
}

export const keepsAtLeast: QuestionTemplate = {
  name: 'keeps_at_least',
  difficulties: ['medium'],
  applies: () => true,
  params: (context) => [1, 2].map((extra) => ({ floor: context.trace.config.min_servers + extra })).filter((p) => p.floor <= 999),
  build(context, params) {
    const { config } = context.trace;
    const { loads } = context.scenario;
    const floor = Number(params.floor);
    const top = Math.max(config.max_servers, floor + 1);
    const correct = { min_servers: floor, max_servers: top };
    const verdict = judgeChange(config, loads, correct, floor);
    if (!verdict.keeps) return undefined;
    const candidates: Record<string, unknown>[] = [
      { min_servers: top, max_servers: floor },
      { min_servers: floor - 1, max_servers: top },
      { min_servers: 1, max_servers: floor - 1 },
      { min_servers: String(floor), max_servers: top },
      { max_servers: floor },
    ];
    const distractors: ChoiceDraft[] = [];
    for (const change of candidates) {
      const judged = judgeChange(config, loads, change, floor);
      if (!judged.keeps) distractors.push({ text: snippet(change), feedback: judged.feedback });
    }
    const base = identity(context, this.name, params);
    const explanation = `${snippet(correct)} sets min_servers to ${floor}: the autoscaler never removes servers below it, and max_servers ${top} stays above it.`;
    const choices = buildChoices(base.id, { text: snippet(correct), feedback: verdict.feedback }, distractors);
    if (!choices) return undefined;
    return {
      ...base, kind: 'multiple_choice', difficulty: 'medium', choices,
      prompt: `Which change to the config keeps at least ${floor} servers running at every step of this load? (Keys not shown keep their values; the starting count moves inside the new bounds.)`,
      explanation,
      hints: ['min_servers is the floor the autoscaler never goes below.', 'min_servers may not be greater than max_servers, and numbers go without quotes.'],
      commonMistakes: ['Swapping min_servers and max_servers', 'Setting min_servers lower than required', 'Writing numbers in quotes'],
      refersTo: { kind: 'config', key: 'min_servers' },
      alsoRefersTo: [{ kind: 'config', key: 'max_servers' }],
    };
  },
};

const TARGETS = [0.5, 0.6, 0.65, 0.7, 0.75, 0.8];

export const fixConfig: QuestionTemplate = {
  name: 'fix_config',
  difficulties: ['hard'],
  applies: () => true,
  params(_context, random): Params[] {
    const floor = 1 + Math.floor(random() * 3);
    const ceiling = floor + 2 + Math.floor(random() * 5);
    const target = TARGETS[Math.floor(random() * TARGETS.length)]!;
    const upper = 50 + 10 * Math.floor(random() * 16);
    const lower = 5 * (1 + Math.floor(random() * Math.floor(upper / 15)));
    return [{ variant: 'target', floor, ceiling, target }, { variant: 'threshold', floor, ceiling, upper, lower }];
  },
  build(context, params): Question {
    const floor = Number(params.floor);
    const ceiling = Number(params.ceiling);
    const loads = context.scenario.loads;
    const base = identity(context, this.name, params);
    const shared = {
      ...base, kind: 'fix_config' as const, difficulty: 'hard' as const,
      commonMistakes: ['Swapping min_servers and max_servers values', 'Using target_utilization as percentage (60) instead of decimal (0.6)', 'Setting min_servers lower than required'],
      refersTo: { kind: 'config' as const, key: 'min_servers' },
      alsoRefersTo: [{ kind: 'config' as const, key: 'max_servers' }],
    };
    if (params.variant === 'target') {
      const target = Number(params.target);
      const goal: ConfigGoal = {
        description: `Never drop below ${floor} ${floor === 1 ? 'server' : 'servers'}, never exceed ${ceiling}, and aim to keep utilization around ${formatPercent(target)}.`,
        policy: 'target_tracking', minServers: floor, maxServers: ceiling, targetUtilization: target, loads,
      };
      const solutionText = snippet({ min_servers: floor, max_servers: ceiling, target_utilization: target });
      return {
        ...shared, goal, solutionText,
        startText: snippet({ min_servers: ceiling, max_servers: floor, target_utilization: Math.round(target * 100) }),
        prompt: `Fix the config so that it meets the goal: ${goal.description}`,
        explanation: `${solutionText} meets it: min_servers ${floor} is the floor, max_servers ${ceiling} the ceiling, and target_utilization is the decimal ${formatNumber(target)}, not ${Math.round(target * 100)}.`,
        hints: [`min_servers ≤ max_servers, and target_utilization as a decimal (${formatNumber(target)}).`],
      };
    }
    const upper = Number(params.upper);
    const lower = Number(params.lower);
    const goal: ConfigGoal = {
      description: `Keep between ${floor} and ${ceiling} servers; add servers when load goes above ${upper} requests and remove them when it drops below ${lower}.`,
      policy: 'threshold', minServers: floor, maxServers: ceiling, upperThreshold: upper, lowerThreshold: lower, loads,
    };
    const solutionText = snippet({ policy: 'threshold', min_servers: floor, max_servers: ceiling, upper_threshold: upper, lower_threshold: lower });
    return {
      ...shared, goal, solutionText,
      startText: snippet({ policy: 'threshold', min_servers: ceiling, max_servers: floor, upper_threshold: lower, lower_threshold: upper }),
      prompt: `Fix the config so that it meets the goal: ${goal.description}`,
      explanation: `${solutionText} meets it: min_servers ${floor} ≤ max_servers ${ceiling}, and upper_threshold ${upper} is above lower_threshold ${lower}.`,
      hints: ['min_servers ≤ max_servers, and lower_threshold < upper_threshold: the start config has both pairs swapped.'],
    };
  },
};
