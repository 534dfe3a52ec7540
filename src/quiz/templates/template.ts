/** The shape of a question template, and the context every template reads: one scenario and its trace. */
import { simulate, tableColumns, type ScalingConfig, type Trace } from '../../engine';
import { questionId, sampleIndices, scenarioKey } from '../build';
import type { Difficulty, Question, Scenario } from '../types';

export type Params = Readonly<Record<string, string | number>>;

export interface TemplateContext {
  readonly scenario: Scenario;
  readonly trace: Trace;
  /** scenario fingerprint, part of every id */
  readonly key: string;
  /** the process table's headers for this config */
  readonly columns: readonly string[];
}

export interface QuestionTemplate {
  readonly name: string;
  /** the difficulties its questions can have (each question has one) */
  readonly difficulties: readonly Difficulty[];
  applies(config: ScalingConfig): boolean;
  /** candidate parameter sets, a bounded number, chosen with the seeded random */
  params(context: TemplateContext, random: () => number): readonly Params[];
  /** the question for one parameter set, or undefined when it would be ambiguous or degenerate */
  build(context: TemplateContext, params: Params): Question | undefined;
}

export function createContext(scenario: Scenario): TemplateContext {
  return {
    scenario,
    trace: simulate({ config: scenario.config, loads: scenario.loads }),
    key: scenarioKey(scenario),
    columns: tableColumns(scenario.config),
  };
}

/** The fields every question shares, with its stable id. */
export function identity(context: TemplateContext, template: string, params: Params) {
  return { id: questionId(template, params, context.key), template, params, scenario: context.scenario };
}

/** Up to `count` sampled 1-based steps as parameter sets. */
export function stepParams(context: TemplateContext, random: () => number, count = 8): Params[] {
  return sampleIndices(context.trace.length, count, random).map((index) => ({ step: index + 1 }));
}

/** Headers without their "Condition: " prefix, as prompts quote them. */
export function conditionText(header: string): string {
  return header.replace(/^Condition: /, '');
}

export function instances(count: number): string {
  return `${count} ${count === 1 ? 'instance' : 'instances'}`;
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** First 0-based index in [0, length) where `test` holds, or -1. */
export function findStep(length: number, test: (index: number) => boolean): number {
  for (let i = 0; i < length; i++) if (test(i)) return i;
  return -1;
}

export const stepText = (index: number) => `Step ${index + 1}`;
