/**
 * Test support: re-derives each generated question's answer from a fresh engine run, independently of the
 * template that made it, and lists every disagreement. Used by the quiz tests only.
 */
import {
  actionAt, desiredServers, instancesBefore, parseConfigText, simulate, tableColumns, validateConfig,
  type Action, type ScalingConfig, type Trace,
} from '../../engine';
import { checkGoal } from '../goal';
import { targetExists } from '../targets';
import type { MultipleChoiceQuestion, Question } from '../types';

const firstStep = (trace: Trace, test: (i: number) => boolean): string => {
  for (let i = 0; i < trace.length; i++) if (test(i)) return `Step ${i + 1}`;
  return 'none';
};

function actionText(before: number, after: number): string {
  if (after === before) return 'No scaling';
  return after > before ? `Scale up by ${after - before}` : `Scale down by ${before - after}`;
}

const DIRECTION: Record<Action, string> = {
  scale_up: 'The system will scale up servers to reduce load',
  scale_down: 'The system will scale down servers to save cost',
  none: 'The system will keep the same number of servers',
};

/** A changed config as keeps_at_least applies it: the starting count moves inside the new bounds. */
function keepsFloor(config: ScalingConfig, loads: readonly number[], changeText: string, floor: number): boolean {
  const change = JSON.parse(changeText) as Record<string, unknown>;
  const raw: Record<string, unknown> = { ...config, ...change };
  const min = Number(raw.min_servers);
  const max = Number(raw.max_servers);
  if (min <= max) raw.initial_servers = Math.min(Math.max(config.initial_servers, min), max);
  const result = validateConfig(raw);
  if (!result.ok) return false;
  const trace = simulate({ config: result.value, loads });
  return Math.min(result.value.initial_servers, ...trace.after) >= floor;
}

function expectedChoice(q: MultipleChoiceQuestion, trace: Trace): string | undefined {
  const { config } = trace;
  const k = Number(q.params.step) - 1;
  switch (q.template) {
    case 'instances_after': return String(trace.after[k]);
    case 'action_at': return actionText(instancesBefore(trace, k), trace.after[k]!);
    case 'config_key': return String(q.params.key);
    case 'tt_direction': return DIRECTION[actionAt(trace, k)];
    case 'tt_desired': return config.policy === 'target_tracking' ? String(desiredServers(trace.loads[k]!, config)) : undefined;
    case 'first_condition_true': {
      if (config.policy !== 'threshold') return undefined;
      const found = q.params.which === 'upper'
        ? firstStep(trace, (i) => trace.loads[i]! > config.upper_threshold)
        : firstStep(trace, (i) => trace.loads[i]! < config.lower_threshold && instancesBefore(trace, i) > config.min_servers);
      return found === 'none' ? 'Never' : found;
    }
    case 'what_if_lower':
    case 'what_if_upper': {
      const lower = q.template === 'what_if_lower';
      const changed = validateConfig({ ...config, [lower ? 'lower_threshold' : 'upper_threshold']: Number(q.params.value) });
      if (!changed.ok) return undefined;
      const next = simulate({ config: changed.value, loads: q.scenario.loads });
      const found = firstStep(next, (i) => (lower ? next.after[i]! < instancesBefore(next, i) : next.after[i]! > instancesBefore(next, i)));
      return found === 'none' ? `No scaling ${lower ? 'down' : 'up'} would occur` : found;
    }
    default: return undefined;
  }
}

/** Every way the question disagrees with a fresh engine run; empty when it is right. */
export function verifyAgainstEngine(question: Question): string[] {
  const problems: string[] = [];
  const trace = simulate(question.scenario);
  for (const target of [question.refersTo, ...(question.alsoRefersTo ?? [])]) {
    if (!targetExists(target, trace)) problems.push(`target does not exist: ${JSON.stringify(target)}`);
  }
  const k = Number(question.params.step) - 1;
  switch (question.kind) {
    case 'multiple_choice': {
      const correct = question.choices.filter((c) => c.correct);
      if (correct.length !== 1) problems.push(`${correct.length} correct choices`);
      if (question.template === 'keeps_at_least') {
        const floor = Number(question.params.floor);
        for (const choice of question.choices) {
          if (keepsFloor(trace.config, question.scenario.loads, choice.text, floor) !== choice.correct) problems.push(`choice ${choice.id} (${choice.text}) misjudged`);
        }
        break;
      }
      const expected = expectedChoice(question, trace);
      if (expected === undefined) problems.push(`no oracle for ${question.template}`);
      else if (correct[0]?.text !== expected) problems.push(`correct choice is "${correct[0]?.text}", engine says "${expected}"`);
      break;
    }
    case 'numeric': {
      let expected: number | undefined;
      if (question.template === 'final_instances') expected = trace.after[trace.length - 1];
      if (question.template === 'peak_instances') expected = Math.max(trace.config.initial_servers, ...trace.after);
      if (question.template === 'count_actions') {
        const wanted = question.params.direction === 'up' ? 'scale_up' : 'scale_down';
        expected = Array.from({ length: trace.length }, (_, i) => actionAt(trace, i)).filter((a) => a === wanted).length;
      }
      if (question.template === 'tt_utilization' && trace.config.policy === 'target_tracking') {
        expected = (100 * trace.loads[k]!) / (instancesBefore(trace, k) * trace.config.capacity_per_server);
      }
      if (question.template === 'what_if_count') {
        const changed = validateConfig({ ...trace.config, [String(question.params.key)]: Number(question.params.value) });
        const step = /after step (\d+)/.exec(question.prompt)?.[1];
        if (changed.ok) {
          const next = simulate({ config: changed.value, loads: question.scenario.loads });
          expected = next.after[step === undefined ? next.length - 1 : Number(step) - 1];
        }
      }
      if (expected === undefined) problems.push(`no oracle for ${question.template}`);
      else if (Math.abs(expected - question.answer) > question.tolerance + 1e-9) problems.push(`answer ${question.answer}, engine says ${expected}`);
      break;
    }
    case 'predict_step': {
      const before = instancesBefore(trace, question.step - 1);
      const after = trace.after[question.step - 1]!;
      const action: Action = after > before ? 'scale_up' : after < before ? 'scale_down' : 'none';
      if (question.answer.action !== action || question.answer.instances !== after) problems.push(`prediction ${JSON.stringify(question.answer)}, engine says ${action} ${after}`);
      break;
    }
    case 'fix_config': {
      const solution = parseConfigText(question.solutionText);
      if (!solution.ok || !checkGoal(question.goal, solution.value).met) problems.push('solution does not meet the goal');
      const start = parseConfigText(question.startText);
      if (start.ok && checkGoal(question.goal, start.value).met) problems.push('start text already meets the goal');
      break;
    }
  }
  if (question.kind === 'multiple_choice') {
    const texts = question.choices.map((c) => c.text);
    if (new Set(texts).size !== texts.length) problems.push('duplicate choice texts');
    if (question.choices.length < 3 || question.choices.length > 4) problems.push(`${question.choices.length} choices`);
    if (question.choices.some((c, i) => c.id !== 'ABCD'[i])) problems.push('choice ids are not A, B, C, D in order');
  }
  const columns = tableColumns(trace.config);
  if (question.refersTo.kind === 'column' && typeof question.refersTo.column === 'string' && !columns.includes(question.refersTo.column)) {
    problems.push(`column ${question.refersTo.column} not in the table`);
  }
  return problems;
}
