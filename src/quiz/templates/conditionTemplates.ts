/** Questions about a condition column and about counting actions over the whole run. */
import { actionAt, formatNumber, instancesBefore, type ThresholdConfig, type Trace } from '../../engine';
import { buildChoices, type ChoiceDraft } from '../build';
import type { NumericMistake, Question } from '../types';
import { conditionText, findStep, identity, stepText, type QuestionTemplate } from './template';

const NEVER = 'Never';

/** The condition a threshold column tests, as a predicate over a step and its words at that step. */
function conditionOf(trace: Trace, which: 'upper' | 'lower') {
  const config = trace.config as ThresholdConfig;
  const upper = formatNumber(config.upper_threshold);
  const lower = formatNumber(config.lower_threshold);
  if (which === 'upper') {
    return {
      holds: (i: number) => trace.loads[i]! > config.upper_threshold,
      words: (i: number) => `${formatNumber(trace.loads[i]!)} > ${upper} is ${trace.loads[i]! > config.upper_threshold ? 'True' : 'False'}`,
    };
  }
  const holds = (i: number) => trace.loads[i]! < config.lower_threshold && instancesBefore(trace, i) > config.min_servers;
  return {
    holds,
    words: (i: number) => `${formatNumber(trace.loads[i]!)} < ${lower} and ${instancesBefore(trace, i)} > ${config.min_servers} is ${holds(i) ? 'True' : 'False'}`,
  };
}

export const firstConditionTrue: QuestionTemplate = {
  name: 'first_condition_true',
  difficulties: ['medium'],
  applies: (config) => config.policy === 'threshold',
  params: () => [{ which: 'upper' }, { which: 'lower' }],
  build(context, params) {
    const { trace, columns } = context;
    const config = trace.config as ThresholdConfig;
    const which = params.which === 'lower' ? 'lower' : 'upper';
    const header = columns[which === 'upper' ? 2 : 3]!;
    const condition = conditionOf(trace, which);
    const first = findStep(trace.length, condition.holds);
    const at = (i: number) => `At step ${i + 1}: ${condition.words(i)}.`;
    const exists = (i: number) => i >= 0 && i < trace.length;

    const distractors: ChoiceDraft[] = [];
    const nearMiss = which === 'upper'
      ? findStep(trace.length, (i) => trace.loads[i] === config.upper_threshold)
      : findStep(trace.length, (i) => trace.loads[i]! < config.lower_threshold && !condition.holds(i));
    if (exists(nearMiss)) {
      distractors.push({
        text: stepText(nearMiss),
        feedback: which === 'upper'
          ? `At step ${nearMiss + 1} the load is exactly ${formatNumber(config.upper_threshold)}; 'load > ${formatNumber(config.upper_threshold)}' needs strictly more.`
          : `At step ${nearMiss + 1} the load is below ${formatNumber(config.lower_threshold)}, but only ${instancesBefore(trace, nearMiss)} running, not above ${config.min_servers}: ${condition.words(nearMiss)}.`,
      });
    }
    if (first >= 0) {
      for (const i of [first - 1, first + 1, first - 2, first + 2].filter(exists)) {
        distractors.push({ text: stepText(i), feedback: i > first && condition.holds(i) ? `${at(i)} But it was already True at step ${first + 1}.` : at(i) });
      }
      // the explanation that follows shows the step: say it once, there
      distractors.push({ text: NEVER, feedback: `It does become true, at step ${first + 1}.` });
    } else {
      let peak = 0;
      for (let i = 1; i < trace.length; i++) if (trace.loads[i]! > trace.loads[peak]!) peak = i;
      for (const i of [peak, 0, trace.length - 1, 1].filter(exists)) distractors.push({ text: stepText(i), feedback: at(i) });
    }
    const correctText = first >= 0 ? stepText(first) : NEVER;
    const explanation = first >= 0
      ? `${at(first)} No earlier step makes '${conditionText(header)}' true.`
      : `No step makes '${conditionText(header)}' true, so it never becomes true.`;
    const base = identity(context, this.name, params);
    const choices = buildChoices(base.id, { text: correctText, feedback: `Right. ${explanation}` }, distractors);
    if (!choices) return undefined;
    return {
      ...base, kind: 'multiple_choice', difficulty: 'medium', choices,
      prompt: `At which step does the condition '${conditionText(header)}' become true for the first time?`,
      explanation,
      hints: [`Look at the '${header}' column in the execution_table.`],
      commonMistakes: which === 'upper'
        ? ['Counting a load equal to the threshold as above it', 'Off by one step']
        : ['Forgetting the "instances > min" half of the condition', 'Off by one step'],
      refersTo: { kind: 'column', column: header },
    };
  },
};

export const countActions: QuestionTemplate = {
  name: 'count_actions',
  difficulties: ['medium'],
  applies: () => true,
  params: () => [{ direction: 'up' }, { direction: 'down' }],
  build(context, params): Question {
    const { trace } = context;
    const up = params.direction === 'up';
    const wanted = up ? 'scale_up' : 'scale_down';
    const steps: number[] = [];
    let moved = 0;
    let any = 0;
    for (let i = 0; i < trace.length; i++) {
      const action = actionAt(trace, i);
      if (action !== 'none') any++;
      if (action !== wanted) continue;
      steps.push(i + 1);
      moved += Math.abs(trace.after[i]! - instancesBefore(trace, i));
    }
    const mistakes: NumericMistake[] = [];
    if (moved !== steps.length) mistakes.push({ value: moved, feedback: `${moved} counts the instances ${up ? 'added' : 'removed'}, not the number of scale-${up ? 'up' : 'down'} decisions.` });
    if (any !== steps.length) mistakes.push({ value: any, feedback: `${any} counts every scaling action, up and down.` });
    if (trace.config.policy === 'threshold') {
      const config = trace.config;
      const blocked = findAll(trace.length, (i) => (up ? trace.loads[i]! > config.upper_threshold : trace.loads[i]! < config.lower_threshold)).length;
      if (blocked !== steps.length) mistakes.push({ value: blocked, feedback: `${blocked} counts the steps with load ${up ? `above ${formatNumber(config.upper_threshold)}` : `below ${formatNumber(config.lower_threshold)}`}, including those where a bound stopped the action.` });
    }
    const shown = steps.slice(0, 10).join(', ') + (steps.length > 10 ? ', …' : '');
    return {
      ...identity(context, this.name, params), kind: 'numeric', difficulty: 'medium', answer: steps.length, tolerance: 0, unit: 'times',
      prompt: `How many times does the autoscaler scale ${up ? 'up' : 'down'} during the ${trace.length === 1 ? 'only step' : `${trace.length} steps`}?`,
      explanation: steps.length === 0
        ? `No step scales ${up ? 'up' : 'down'}: the 'Action' column never says "Scale ${up ? 'up' : 'down'}".`
        : `The 'Action' column says "Scale ${up ? 'up' : 'down'}" at step${steps.length === 1 ? '' : 's'} ${shown}: ${steps.length} time${steps.length === 1 ? '' : 's'}.`,
      hints: [`Count the "Scale ${up ? 'up' : 'down'}" cells in the 'Action' column.`],
      mistakes: dedupeMistakes(mistakes, steps.length),
      refersTo: { kind: 'column', column: 'Action' },
    };
  },
};

function findAll(length: number, test: (index: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < length; i++) if (test(i)) out.push(i);
  return out;
}

function dedupeMistakes(mistakes: readonly NumericMistake[], answer: number): NumericMistake[] {
  const seen = new Set<number>([answer]);
  return mistakes.filter((m) => !seen.has(m.value) && (seen.add(m.value), true));
}
