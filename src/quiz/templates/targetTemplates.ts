/** Target-tracking questions: the desired-count formula, measured utilization, and which way the system moves. */
import {
  desiredServers, formatNumber, formatPercent, stepAt, utilizationOf,
  type TargetTrackingConfig, type TraceStep,
} from '../../engine';
import { buildChoices, sampleIndices, type ChoiceDraft } from '../build';
import type { NumericMistake, Question } from '../types';
import { identity, instances, stepParams, type Params, type QuestionTemplate, type TemplateContext } from './template';

const isTargetTracking = (config: { policy: string }) => config.policy === 'target_tracking';
const configOf = (context: TemplateContext) => context.trace.config as TargetTrackingConfig;

/** Sampled 1-based steps where the formula ran (utilization was off target). */
function offTargetParams(context: TemplateContext, random: () => number): Params[] {
  const off: number[] = [];
  for (let i = 0; i < context.trace.length && off.length < 200; i++) if (context.trace.desired[i]! > 0) off.push(i);
  return sampleIndices(off.length, 8, random).map((i) => ({ step: off[i]! + 1 }));
}

export const desiredCount: QuestionTemplate = {
  name: 'tt_desired',
  difficulties: ['medium'],
  applies: isTargetTracking,
  params: offTargetParams,
  build(context, params) {
    const config = configOf(context);
    const k = Number(params.step);
    const s = stepAt(context.trace, k - 1);
    const { capacity_per_server: capacity, target_utilization: target } = config;
    const desired = desiredServers(s.load, config);
    const exact = s.load / (capacity * target);
    const c = formatNumber(capacity);
    const t = formatNumber(target);
    const formula = `ceil(${formatNumber(s.load)} / (${c} × ${t})) = ceil(${formatNumber(Math.round(exact * 1000) / 1000)}) = ${desired}`;
    const distractors: ChoiceDraft[] = [
      { text: String(Math.ceil(s.load / (capacity * target * 100))), feedback: `That uses target_utilization as a percentage (${formatNumber(target * 100)}) instead of a decimal (${t}).` },
      { text: String(Math.floor(exact)), feedback: 'That rounds down; the formula rounds up (ceil), so no server runs above the target.' },
      { text: String(s.instancesAfter), feedback: `${s.instancesAfter} is the count after clamping to min_servers ${config.min_servers} and max_servers ${config.max_servers}; the formula itself asks for ${desired}.` },
      { text: String(Math.ceil(s.load / capacity)), feedback: 'That ignores the target: it fills every server to 100 %.' },
      { text: String(s.instancesBefore), feedback: `${s.instancesBefore} is the count running before step ${k}.` },
      { text: String(desired + 1), feedback: `One too many: ${formula}.` },
      { text: String(desired + 2), feedback: `Too many: ${formula}.` },
    ];
    const base = identity(context, this.name, params);
    const explanation = `desired = ${formula}.${s.instancesAfter !== desired ? ` The bounds then make it ${s.instancesAfter}.` : ''}`;
    const choices = buildChoices(base.id, { text: String(desired), feedback: `Right: ${explanation}` }, distractors);
    if (!choices) return undefined;
    return {
      ...base, kind: 'multiple_choice', difficulty: 'medium', choices,
      prompt: `At step ${k} load ${formatNumber(s.load)} arrives; capacity_per_server is ${c} and target_utilization is ${t}. How many servers does desired = ceil(load / (capacity_per_server × target_utilization)) ask for?`,
      explanation,
      hints: [`Check the 'Desired' column at step ${k}.`, 'target_utilization is a decimal: 0.6 means 60 %.'],
      commonMistakes: ['Using the target as a percentage instead of a decimal', 'Rounding down instead of up', 'Reading the clamped count instead of the formula'],
      refersTo: { kind: 'cell', step: k, column: 'Desired' },
    };
  },
};

export const measuredUtilization: QuestionTemplate = {
  name: 'tt_utilization',
  difficulties: ['medium'],
  applies: isTargetTracking,
  params: (context, random) => stepParams(context, random),
  build(context, params): Question {
    const config = configOf(context);
    const k = Number(params.step);
    const s = stepAt(context.trace, k - 1);
    const ratio = s.utilization!;
    const percent = Math.round(ratio * 1000) / 10;
    const mistakes: NumericMistake[] = [];
    const decimal = Math.round(ratio * 1000) / 1000;
    if (Math.abs(decimal - percent) > 0.5) mistakes.push({ value: decimal, feedback: `That is the utilization as a decimal; answer in percent (${formatNumber(decimal)} is ${formatPercent(ratio)}).` });
    if (s.instancesAfter !== s.instancesBefore) {
      const afterPercent = Math.round(utilizationOf(s.load, s.instancesAfter, config.capacity_per_server) * 1000) / 10;
      if (Math.abs(afterPercent - percent) > 0.5) mistakes.push({ value: afterPercent, feedback: `That divides by the ${s.instancesAfter} instances after the step; utilization is measured on the ${s.instancesBefore} running when the load arrives.` });
    }
    return {
      ...identity(context, this.name, params), kind: 'numeric', difficulty: 'medium', answer: percent, tolerance: 0.5, unit: '%',
      prompt: `What utilization, in percent, does the autoscaler measure at step ${k}, when load ${formatNumber(s.load)} arrives at ${instances(s.instancesBefore)} with capacity_per_server ${formatNumber(config.capacity_per_server)}?`,
      explanation: `utilization = ${formatNumber(s.load)} / (${s.instancesBefore} × ${formatNumber(config.capacity_per_server)}) = ${formatPercent(ratio)}.`,
      hints: ['utilization = load / (instances running × capacity_per_server)', `Check the 'Utilization' column at step ${k}.`],
      mistakes,
      refersTo: { kind: 'cell', step: k, column: 'Utilization' },
    };
  },
};

const DIRECTIONS = {
  scale_up: 'The system will scale up servers to reduce load',
  scale_down: 'The system will scale down servers to save cost',
  none: 'The system will keep the same number of servers',
} as const;
const SHUT_DOWN = 'The system will shut down all servers';

function directionFeedback(s: TraceStep, config: TargetTrackingConfig, text: string): string {
  if (text === SHUT_DOWN) return `min_servers ${config.min_servers} keeps at least ${instances(config.min_servers)} running; autoscaling never shuts everything down.`;
  // the explanation that follows gives the step's reason: say it once, there
  return `"${text}" is not what step ${s.step} does.`;
}

export const scaleDirection: QuestionTemplate = {
  name: 'tt_direction',
  difficulties: ['medium'],
  applies: isTargetTracking,
  params: (context, random) => stepParams(context, random),
  build(context, params) {
    const config = configOf(context);
    const k = Number(params.step);
    const s = stepAt(context.trace, k - 1);
    const correct = DIRECTIONS[s.action];
    const distractors = [...Object.values(DIRECTIONS), SHUT_DOWN].map((text) => ({ text, feedback: directionFeedback(s, config, text) }));
    const base = identity(context, this.name, params);
    const choices = buildChoices(base.id, { text: correct, feedback: `Right: ${s.reason}` }, distractors);
    if (!choices) return undefined;
    return {
      ...base, kind: 'multiple_choice', difficulty: 'medium', choices,
      prompt: `At step ${k} utilization is ${formatPercent(s.utilization!)} (load ${formatNumber(s.load)} on ${instances(s.instancesBefore)}) and target_utilization is ${formatNumber(config.target_utilization)}. What will happen?`,
      explanation: `Step ${k}: ${s.reason}`,
      hints: ['If usage > target, scale up servers; if usage < target, scale down. The bounds and the tolerance can stop either, and desired = ceil(load / (capacity_per_server × target_utilization)) rounds up, which can keep the count when usage is below target.'],
      commonMistakes: ['Scaling down when usage is above target', 'Forgetting that max_servers / min_servers can stop a change', 'Thinking the system shuts down servers automatically'],
      refersTo: { kind: 'node', node: 'check_target' },
      alsoRefersTo: [{ kind: 'cell', step: k, column: 'Utilization' }],
    };
  },
};
