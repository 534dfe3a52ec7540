/** Questions about one step of the trace: instances after it, the action it takes, predicting it; and the run's totals. */
import {
  actionLabel, finalInstances, formatNumber, formatPercent, stepAt,
  type Action, type TraceStep,
} from '../../engine';
import { buildChoices, type ChoiceDraft } from '../build';
import type { Question } from '../types';
import {
  identity, instances, lowerFirst, stepParams,
  type QuestionTemplate, type TemplateContext,
} from './template';

const INSTANCES_COLUMN = 'Instances after action';
const ACTION_COLUMN = 'Action';

function explainStep(s: TraceStep): string {
  return `Step ${s.step} ends with ${instances(s.instancesAfter)}: ${lowerFirst(s.reason)}`;
}

const always = () => true;

export const instancesAfter: QuestionTemplate = {
  name: 'instances_after',
  difficulties: ['easy'],
  applies: always,
  params: (context, random) => stepParams(context, random),
  build(context, params) {
    const { trace } = context;
    const k = Number(params.step);
    const s = stepAt(trace, k - 1);
    const load = formatNumber(s.load);
    const uniqueLoad = Array.prototype.filter.call(trace.loads, (l: number) => l === s.load).length === 1;
    const next = k < trace.length ? trace.after[k]! : undefined;
    const distractors: ChoiceDraft[] = [
      { text: String(s.instancesBefore), feedback: `${s.instancesBefore} is the count before step ${k} acted; the column shows the count after the action.` },
      ...(next === undefined ? [] : [{ text: String(next), feedback: `${next} is the count after step ${k + 1}: one row too far down.` }]),
      { text: String(trace.config.initial_servers), feedback: `${trace.config.initial_servers} is the starting count (the tracker's Start column), not the count after step ${k}.` },
      ...[s.instancesAfter + 1, s.instancesAfter - 1, s.instancesAfter + 2, 0]
        .filter((n) => n >= 0)
        .map((n) => ({ text: String(n), feedback: `Step ${k} does not end with ${n}.` })),
    ];
    const base = identity(context, this.name, params);
    const choices = buildChoices(base.id, { text: String(s.instancesAfter), feedback: `Right: ${explainStep(s)}` }, distractors);
    if (!choices) return undefined;
    return {
      ...base, kind: 'multiple_choice', difficulty: 'easy', choices,
      prompt: uniqueLoad
        ? `Look at the execution table, what is the number of instances after processing load ${load}?`
        : `Look at the execution table, what is the number of instances after step ${k} (load ${load})?`,
      explanation: explainStep(s),
      hints: [`Check the '${INSTANCES_COLUMN}' column at step ${k} in the execution_table.`],
      commonMistakes: ['Reading the count before the step instead of after it', 'Reading the row above or below (off by one step)'],
      refersTo: { kind: 'cell', step: k, column: INSTANCES_COLUMN },
    };
  },
};

/** What a wrong action choice would have needed, from the config. */
function actionRequirement(context: TemplateContext, s: TraceStep, action: Action): string {
  const { config } = context.trace;
  if (config.policy === 'threshold') {
    if (action === 'scale_up') return `scaling up needs load above ${formatNumber(config.upper_threshold)} with fewer than ${instances(config.max_servers)} running`;
    if (action === 'scale_down') return `scaling down needs load below ${formatNumber(config.lower_threshold)} with more than ${instances(config.min_servers)} running`;
    return `no scaling needs load between the thresholds, or a bound already reached`;
  }
  if (action === 'none') return `no scaling needs utilization within ${formatPercent(config.tolerance)} of the target, or a desired count equal to the ${s.instancesBefore} running`;
  return `scaling ${action === 'scale_up' ? 'up' : 'down'} needs a desired count ${action === 'scale_up' ? 'above' : 'below'} the ${s.instancesBefore} running`;
}

const directionOf = (label: string): Action =>
  label.startsWith('Scale up') ? 'scale_up' : label.startsWith('Scale down') ? 'scale_down' : 'none';

export const actionAt: QuestionTemplate = {
  name: 'action_at',
  difficulties: ['easy', 'medium'],
  applies: always,
  params: (context, random) => stepParams(context, random),
  build(context, params) {
    const { trace } = context;
    const k = Number(params.step);
    const s = stepAt(trace, k - 1);
    const correct = actionLabel(s.action, s.instancesBefore, s.instancesAfter);
    const size = trace.config.policy === 'threshold' ? trace.config.scale_step : Math.max(1, Math.abs(s.instancesAfter - s.instancesBefore));
    const labels = ['No scaling', `Scale up by ${size}`, `Scale down by ${size}`, `Scale up by ${size + 1}`, `Scale down by ${size + 1}`];
    const distractors = labels.map((text) => {
      const action = directionOf(text);
      const feedback = action === s.action
        ? `The direction is right, but step ${k} goes from ${s.instancesBefore} to ${s.instancesAfter}.`
        : `"${text}" is not it: ${actionRequirement(context, s, action)}.`;
      return { text, feedback };
    });
    const base = identity(context, this.name, params);
    const choices = buildChoices(base.id, { text: correct, feedback: `Right: ${s.reason}` }, distractors);
    if (!choices) return undefined;
    // a bound that stops the step, or cuts it short (scale_step 2 from 4 to a max of 5), or the target formula
    const cutShort = s.action !== 'none' && Math.abs(s.instancesAfter - s.instancesBefore) !== size;
    const tricky = s.branch === 'above_upper_at_max' || s.branch === 'below_lower_at_min' || cutShort || trace.config.policy === 'target_tracking';
    return {
      ...base, kind: 'multiple_choice', difficulty: tricky ? 'medium' : 'easy', choices,
      prompt: `What does the autoscaler do at step ${k}, when load ${formatNumber(s.load)} arrives and ${instances(s.instancesBefore)} ${s.instancesBefore === 1 ? 'is' : 'are'} running?`,
      explanation: `Step ${k}: ${s.reason}`,
      hints: [
        `Check the '${ACTION_COLUMN}' column at step ${k} in the execution_table.`,
        `The decision at step ${k}: ${s.conditions.map((c) => c.question).join('; ')}.`,
      ],
      commonMistakes: ['Forgetting the min_servers / max_servers bounds', 'Using the instances after the step to decide the step'],
      refersTo: { kind: 'cell', step: k, column: ACTION_COLUMN },
      alsoRefersTo: [{ kind: 'row', step: k }],
    };
  },
};

export const predictNext: QuestionTemplate = {
  name: 'predict_next',
  difficulties: ['medium'],
  applies: always,
  params: (context, random) => stepParams(context, random),
  build(context, params): Question {
    const { trace } = context;
    const k = Number(params.step);
    const s = stepAt(trace, k - 1);
    const threshold = trace.config.policy === 'threshold';
    return {
      ...identity(context, this.name, params), kind: 'predict_step', difficulty: 'medium', step: k,
      answer: { action: s.action, instances: s.instancesAfter },
      prompt: `Step ${k}: ${instances(s.instancesBefore)} ${s.instancesBefore === 1 ? 'is' : 'are'} running and load ${formatNumber(s.load)} arrives. Predict the action and the number of instances after step ${k}.`,
      explanation: explainStep(s),
      hints: [threshold
        ? 'Compare the load with the thresholds: above the upper one adds servers, below the lower one removes them (unless a bound is reached).'
        : 'Work out utilization = load / (instances × capacity_per_server) and compare it with target_utilization.'],
      commonMistakes: ['Predicting from the previous step\'s load', 'Forgetting the min_servers / max_servers bounds'],
      refersTo: { kind: 'row', step: k },
      alsoRefersTo: [{ kind: 'node', node: threshold ? 'check_upper' : 'check_target' }],
    };
  },
};

export const finalCount: QuestionTemplate = {
  name: 'final_instances',
  difficulties: ['easy'],
  applies: always,
  params: () => [{}],
  build(context, params): Question {
    const { trace } = context;
    const final = finalInstances(trace);
    const last = stepAt(trace, trace.length - 1);
    return {
      ...identity(context, this.name, params), kind: 'numeric', difficulty: 'easy', answer: final, tolerance: 0, unit: 'instances',
      prompt: `After ${trace.length === 1 ? 'the only step' : `all ${trace.length} steps`}, how many instances are running?`,
      explanation: `The last step (${trace.length}) ends with ${instances(final)}: ${lowerFirst(last.reason)}`,
      hints: ['Look at the tracker\'s Final column for instances.'],
      mistakes: final === trace.config.initial_servers ? [] : [{ value: trace.config.initial_servers, feedback: `${trace.config.initial_servers} is the Start column, the count before any step ran.` }],
      refersTo: { kind: 'tracker', variable: 'instances', column: 'Final' },
    };
  },
};

export const peakCount: QuestionTemplate = {
  name: 'peak_instances',
  difficulties: ['easy'],
  applies: always,
  params: () => [{}],
  build(context, params): Question {
    const { trace } = context;
    let peak = trace.config.initial_servers;
    let peakColumn = 0;
    for (let i = 0; i < trace.length; i++) if (trace.after[i]! > peak) [peak, peakColumn] = [trace.after[i]!, i + 1];
    const when = peakColumn === 0 ? 'at the start, before any step' : `after step ${peakColumn}, where ${lowerFirst(stepAt(trace, peakColumn - 1).reason)}`;
    return {
      ...identity(context, this.name, params), kind: 'numeric', difficulty: 'easy', answer: peak, tolerance: 0, unit: 'instances',
      prompt: 'What is the largest number of instances running at any point, the start included?',
      explanation: `The count peaks at ${instances(peak)} ${when}`,
      hints: ['Scan the instances row of the variable tracker for its largest value.'],
      mistakes: [
        { value: finalInstances(trace), feedback: `${finalInstances(trace)} is the final count; the count may have been higher earlier.` },
        { value: trace.config.max_servers, feedback: `max_servers (${trace.config.max_servers}) is the cap, not what actually ran.` },
      ].filter((m) => m.value !== peak),
      refersTo: { kind: 'tracker', variable: 'instances', column: peakColumn },
    };
  },
};
