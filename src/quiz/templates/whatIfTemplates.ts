/** "What if" questions: change one config value, re-run the engine, and ask what the new trace does. */
import {
  actionAt, formatNumber, instancesBefore, simulate, stepAt, validateConfig,
  type Action, type ScalingConfig, type ThresholdConfig, type Trace,
} from '../../engine';
import { buildChoices, sampleIndices, type ChoiceDraft } from '../build';
import type { Question } from '../types';
import { conditionText, findStep, identity, instances, lowerFirst, stepText, type Params, type QuestionTemplate } from './template';

/** The config with one key changed, when the validator accepts it. */
export function changedConfig(config: ScalingConfig, key: string, value: number): ScalingConfig | undefined {
  const result = validateConfig({ ...config, [key]: value });
  return result.ok ? result.value : undefined;
}

const firstAction = (trace: Trace, action: Action) => findStep(trace.length, (i) => actionAt(trace, i) === action);

function pickValues(values: readonly number[], random: () => number, count: number): Params[] {
  const unique = [...new Set(values)];
  return sampleIndices(unique.length, count, random).map((i) => ({ value: unique[i]! }));
}

function whatIfThreshold(which: 'lower' | 'upper'): QuestionTemplate {
  const key = which === 'lower' ? 'lower_threshold' : 'upper_threshold';
  const action: Action = which === 'lower' ? 'scale_down' : 'scale_up';
  const verb = which === 'lower' ? 'scaling down' : 'scaling up';
  const none = `No ${verb} would occur`;
  return {
    name: `what_if_${which}`,
    difficulties: ['hard'],
    applies: (config) => config.policy === 'threshold',
    params(context, random) {
      const config = context.trace.config as ThresholdConfig;
      const loads = Array.from(context.trace.loads.subarray(0, 50));
      const current = config[key];
      const candidates = which === 'lower'
        ? [Math.floor(current / 2), ...loads.map((l) => Math.floor(l) + 1), ...loads.map(Math.floor)].filter((v) => v < config.upper_threshold)
        : [current * 2, Math.floor(current / 2), ...loads.map((l) => Math.ceil(l) - 1), ...loads.map(Math.ceil)].filter((v) => v > config.lower_threshold);
      return pickValues(candidates.filter((v) => v >= 0 && v !== current), random, 4);
    },
    build(context, params) {
      const { trace, columns } = context;
      const config = trace.config as ThresholdConfig;
      const value = Number(params.value);
      const changed = changedConfig(config, key, value);
      if (!changed) return undefined;
      const next = simulate({ config: changed, loads: context.scenario.loads });
      const first = firstAction(next, action);
      const original = firstAction(trace, action);
      const exists = (i: number) => i >= 0 && i < trace.length;
      const v = formatNumber(value);
      const at = (i: number) => `with ${key} ${v}, step ${i + 1}: ${lowerFirst(stepAt(next, i).reason)}`;
      const crosses = (i: number) => (which === 'lower' ? next.loads[i]! < value : next.loads[i]! > value);
      const blocked = findStep(next.length, (i) => crosses(i) && actionAt(next, i) !== action);
      const side = which === 'lower' ? 'below' : 'above';
      // a load past the new threshold that does not scale is always at the bound (the other threshold cannot fire)
      const bound = which === 'lower' ? `min_servers (${config.min_servers})` : `max_servers (${config.max_servers})`;
      const atBound = (i: number) => {
        const running = instancesBefore(next, i);
        return `At step ${i + 1} load ${formatNumber(next.loads[i]!)} is ${side} ${v}, but ${instances(running)} ${running === 1 ? 'is' : 'are'} already at ${bound}, so nothing is ${which === 'lower' ? 'removed' : 'added'}.`;
      };
      /** Why a step that is not the answer is wrong: it is not first, it is one off, or it does not scale at all. */
      const notIt = (i: number) => {
        if (i > first && first >= 0 && actionAt(next, i) === action) {
          return `${verb.charAt(0).toUpperCase()}${verb.slice(1)} happens at step ${i + 1} too, but not first: step ${first + 1} comes earlier.`;
        }
        return Math.abs(i - first) === 1 ? `Off by one: ${at(i)}` : `W${at(i).slice(1)}`;
      };

      const distractors: ChoiceDraft[] = [];
      if (exists(blocked) && (first < 0 || blocked < first)) {
        distractors.push({ text: stepText(blocked), feedback: atBound(blocked) });
      }
      const boundary = findStep(next.length, (i) => next.loads[i] === value);
      if (exists(boundary) && boundary !== first) {
        distractors.push({ text: stepText(boundary), feedback: `At step ${boundary + 1} the load is exactly ${v}; '${which === 'lower' ? '<' : '>'} ${v}' needs strictly ${which === 'lower' ? 'less' : 'more'}.` });
      }
      if (exists(original) && original !== first) {
        const alsoNow = first >= 0 && actionAt(next, original) === action;
        distractors.push({
          text: stepText(original),
          feedback: `Step ${original + 1} is where it happens with the old ${key} ${formatNumber(config[key])}; ${alsoNow ? `with ${key} ${v} it happens there too, but step ${first + 1} comes first.` : at(original)}`,
        });
      }
      if (first >= 0) {
        for (const i of [first - 1, first + 1].filter(exists)) distractors.push({ text: stepText(i), feedback: notIt(i) });
        // the explanation that follows says where and why: here only that it does happen
        distractors.push({ text: none, feedback: `It does happen: with ${key} ${v}, step ${first + 1} ${verb === 'scaling up' ? 'scales up' : 'scales down'}.` });
      }
      for (const i of [0, trace.length - 1, 1, trace.length - 2].filter(exists)) distractors.push({ text: stepText(i), feedback: notIt(i) });

      const later = exists(blocked) && findStep(next.length, (i) => i > blocked && crosses(i)) >= 0;
      const explanation = first >= 0
        ? `Re-running with ${key} ${v}: the first ${verb.replace('ing', 'e')} is at step ${first + 1}: ${lowerFirst(stepAt(next, first).reason)}`
        : exists(blocked)
          ? `Re-running with ${key} ${v}: the load is ${side} ${v} at step ${blocked + 1}${later ? ' and later' : ''}, but instances are already at ${bound} each time, so ${lowerFirst(none)}.`
          : `Re-running with ${key} ${v}: no load is ${side} ${v}, so ${lowerFirst(none)}.`;
      const base = identity(context, this.name, params);
      const choices = buildChoices(base.id, { text: first >= 0 ? stepText(first) : none, feedback: `Right. ${explanation}` }, distractors);
      if (!choices) return undefined;
      const header = columns[which === 'lower' ? 3 : 2]!;
      const several = Array.prototype.filter.call(next.after, (_: number, i: number) => actionAt(next, i) === action).length > 1;
      const crossing = findAll(next, crosses).slice(0, 8);
      return {
        ...base, kind: 'multiple_choice', difficulty: 'hard', choices,
        prompt: `If the ${which} threshold changed from ${formatNumber(config[key])} to ${v}, at which step would ${verb} happen${several ? ' first' : ''}?`,
        explanation,
        hints: [
          `Compare loads with the new threshold and check the '${header}' column in the execution table.`,
          which === 'lower'
            ? `Scaling down also needs more than ${instances(config.min_servers)} running at that moment.`
            : `Scaling up also needs fewer than ${instances(config.max_servers)} running at that moment.`,
        ],
        solutionSteps: [
          { title: 'Step 1: Apply the change', text: `${key} becomes ${v}, so the condition reads '${conditionText(header).replace(formatNumber(config[key]), v)}'.` },
          { title: 'Step 2: Walk the loads', text: crossing.length === 0 ? `No load is ${which === 'lower' ? 'below' : 'above'} ${v}.` : crossing.map((i) => `step ${i + 1}: load ${formatNumber(next.loads[i]!)}, ${instances(instancesBefore(next, i))} before`).join('; ') + '.' },
          { title: 'Final Answer', text: first >= 0 ? stepText(first) : none },
        ],
        commonMistakes: ['Ignoring the instance bound in the condition', 'Answering with the step the old threshold gives', 'Off by one step'],
        refersTo: { kind: 'column', column: header },
        alsoRefersTo: [{ kind: 'config', key }],
        whatIf: { config: changed, loads: context.scenario.loads },
      };
    },
  };
}

function findAll(trace: Trace, test: (index: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < trace.length && out.length < 50; i++) if (test(i)) out.push(i);
  return out;
}

export const whatIfLower = whatIfThreshold('lower');
export const whatIfUpper = whatIfThreshold('upper');

/** Values worth trying for one key of a config. */
function changes(config: ScalingConfig, peak: number): [string, number][] {
  const out: [string, number][] = [['max_servers', Math.max(config.min_servers, config.initial_servers, peak - 1)], ['max_servers', config.max_servers + 2]];
  if (config.policy === 'threshold') {
    out.push(['scale_step', config.scale_step + 1], ['upper_threshold', config.upper_threshold * 2], ['lower_threshold', Math.floor(config.lower_threshold / 2)]);
  } else {
    for (const target of [0.5, 0.6, 0.7, 0.8, 0.9]) out.push(['target_utilization', target]);
    out.push(['capacity_per_server', config.capacity_per_server * 2]);
  }
  return out.filter(([key, value]) => (config as unknown as Record<string, number>)[key] !== value);
}

export const whatIfCount: QuestionTemplate = {
  name: 'what_if_count',
  difficulties: ['hard'],
  applies: () => true,
  params(context, random) {
    let peak = context.trace.config.initial_servers;
    for (let i = 0; i < context.trace.length; i++) peak = Math.max(peak, context.trace.after[i]!);
    const all = changes(context.trace.config, peak);
    return sampleIndices(all.length, 4, random).map((i) => ({ key: all[i]![0], value: all[i]![1] }));
  },
  /** Asks about the first step where the change makes a difference (the last step when it makes none). */
  build(context, params): Question | undefined {
    const { trace } = context;
    const key = String(params.key);
    const value = Number(params.value);
    const changed = changedConfig(trace.config, key, value);
    if (!changed) return undefined;
    const next = simulate({ config: changed, loads: context.scenario.loads });
    const diverges = findStep(next.length, (i) => next.after[i] !== trace.after[i]);
    const index = diverges >= 0 ? diverges : next.length - 1;
    const count = next.after[index]!;
    const old = trace.after[index]!;
    const before = formatNumber((trace.config as unknown as Record<string, number>)[key]!);
    const last = index === next.length - 1;
    return {
      ...identity(context, this.name, params), kind: 'numeric', difficulty: 'hard', answer: count, tolerance: 0, unit: 'instances',
      prompt: `If ${key} were ${formatNumber(value)} instead of ${before}, how many instances would be running after ${last ? 'the last step' : `step ${index + 1}`}?`,
      explanation: `Re-running with ${key} ${formatNumber(value)}, step ${index + 1} ends with ${instances(count)}: ${lowerFirst(stepAt(next, index).reason)}`,
      hints: [
        `The highlighted tracker cell is the count after ${last ? 'the last step' : `step ${index + 1}`} as it runs now, with ${key} ${before}. `
        + `Change ${key} to ${formatNumber(value)} and walk the steps again, starting from ${instances(changed.initial_servers)}.`,
      ],
      mistakes: count === old ? [] : [{ value: old, feedback: `${old} is the count with ${key} ${before}: the change matters here.` }],
      refersTo: { kind: 'tracker', variable: 'instances', column: index + 1 },
      alsoRefersTo: [{ kind: 'config', key }],
      whatIf: { config: changed, loads: context.scenario.loads },
    };
  },
};
