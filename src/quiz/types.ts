/** The question model: what a question asks, how it is answered, and what in the picture it points at. */
import type { Action, FlowNodeId, ScalingConfig } from '../engine';

export type Difficulty = 'easy' | 'medium' | 'hard';
export const DIFFICULTIES: readonly Difficulty[] = ['easy', 'medium', 'hard'];

/** The config and load a question is about; the workspace shows this scenario beside the question. */
export interface Scenario {
  readonly config: ScalingConfig;
  /** requests per step */
  readonly loads: readonly number[];
  /** the config as the editor shows it, when it was written by hand */
  readonly configText?: string;
}

/** A table column: its header text (e.g. "Instances after action") or its 0-based index. */
export type ColumnRef = string | number;

/** What in the picture a question refers to; a hint highlights it. Steps are 1-based, as the table counts. */
export type PictureTarget =
  | { readonly kind: 'row'; readonly step: number }
  | { readonly kind: 'column'; readonly column: ColumnRef }
  | { readonly kind: 'cell'; readonly step: number; readonly column: ColumnRef }
  /** a variable tracker cell; column is its header ("Start", "After 3", "Final") or 0-based index */
  | { readonly kind: 'tracker'; readonly variable: string; readonly column: ColumnRef }
  | { readonly kind: 'node'; readonly node: FlowNodeId }
  | { readonly kind: 'config'; readonly key: string };

export interface SolutionStep {
  readonly title: string;
  readonly text: string;
}

/** What every question has, whichever engine made it. */
interface QuestionCore {
  /** stable: the same template and parameters (and scenario or seed) always give the same id */
  readonly id: string;
  /** the template that made it ("instances_after", "lesson_quiz", ...) */
  readonly template: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly difficulty: Difficulty;
  readonly prompt: string;
  /** why the answer is right, in words computed from the trace or the run */
  readonly explanation: string;
  /** shown one at a time on request: what to reason from, never the answer */
  readonly hints: readonly [string, ...string[]];
}

interface QuestionBase extends QuestionCore {
  readonly solutionSteps?: readonly SolutionStep[];
  readonly commonMistakes?: readonly string[];
  /** the main thing to highlight */
  readonly refersTo: PictureTarget;
  /** further things worth highlighting with it */
  readonly alsoRefersTo?: readonly PictureTarget[];
  readonly scenario: Scenario;
  /** "what if" questions: the changed scenario the answer was computed on */
  readonly whatIf?: Scenario;
}

export type ChoiceId = 'A' | 'B' | 'C' | 'D';
export const CHOICE_IDS: readonly ChoiceId[] = ['A', 'B', 'C', 'D'];

export interface Choice {
  readonly id: ChoiceId;
  readonly text: string;
  readonly correct: boolean;
  /** said when this choice is picked: why it is right, or the mistake that leads to it */
  readonly feedback: string;
}

export interface MultipleChoiceQuestion extends QuestionBase {
  readonly kind: 'multiple_choice';
  /** three or four choices, exactly one correct */
  readonly choices: readonly Choice[];
}

/** A numeric answer that is a known mistake, with what to say about it. */
export interface NumericMistake {
  readonly value: number;
  readonly feedback: string;
}

export interface NumericQuestion extends QuestionBase {
  readonly kind: 'numeric';
  readonly answer: number;
  /** largest accepted distance from the answer */
  readonly tolerance: number;
  /** shown beside the input, e.g. "%" or "instances" */
  readonly unit?: string;
  readonly mistakes?: readonly NumericMistake[];
}

export interface StepPrediction {
  readonly action: Action;
  readonly instances: number;
}

export interface PredictStepQuestion extends QuestionBase {
  readonly kind: 'predict_step';
  /** 1-based step whose row is hidden until the prediction is made */
  readonly step: number;
  readonly answer: StepPrediction;
}

/** A stated goal for a config; checkGoal (goal.ts) decides whether a config meets it. */
export interface ConfigGoal {
  /** the goal in words, shown to the learner */
  readonly description: string;
  readonly policy?: ScalingConfig['policy'];
  /** min_servers must be exactly this ("never drops below N") */
  readonly minServers?: number;
  /** max_servers must be exactly this ("never exceeds N") */
  readonly maxServers?: number;
  /** target_utilization wanted, a decimal */
  readonly targetUtilization?: number;
  /** how far target_utilization may be from the wanted value; default 0.05 */
  readonly utilizationTolerance?: number;
  readonly upperThreshold?: number;
  readonly lowerThreshold?: number;
  /** load to run the config on; the trace must then stay within [minServers, maxServers] */
  readonly loads?: readonly number[];
}

export interface GoalResult {
  readonly met: boolean;
  /** when not met: every reason it fails (what is off, not how to fix it); when met: what was checked */
  readonly reasons: readonly string[];
  /** when not met: how to fix each failing reason, by index ('' when the reason says enough); said only after a check */
  readonly fixes?: readonly string[];
}

export interface FixConfigQuestion extends QuestionBase {
  readonly kind: 'fix_config';
  readonly goal: ConfigGoal;
  /** the config text the editor starts with (it does not meet the goal) */
  readonly startText: string;
  /** one config text that meets the goal, for "show me" */
  readonly solutionText: string;
}

export type Question = MultipleChoiceQuestion | NumericQuestion | PredictStepQuestion | FixConfigQuestion;

/**
 * A question about a Lab run (the time engine, e.g. an LLM endpoint) rather than the lesson's steps: no step scenario
 * and no picture to point at; the prompt states the setup, and the answer and the explanation come from the run.
 */
export interface RunQuestionBase extends QuestionCore {
  /** what was run, in a few words (shown with the question) */
  readonly source: string;
}

export interface RunChoiceQuestion extends RunQuestionBase, Pick<MultipleChoiceQuestion, 'kind' | 'choices'> {}
export interface RunNumericQuestion extends RunQuestionBase, Pick<NumericQuestion, 'kind' | 'answer' | 'tolerance' | 'unit' | 'mistakes'> {}
export type RunQuestion = RunChoiceQuestion | RunNumericQuestion;

export type QuestionKind = Question['kind'];

export type Answer =
  | { readonly kind: 'multiple_choice'; readonly choice: ChoiceId }
  | { readonly kind: 'numeric'; readonly value: number }
  | ({ readonly kind: 'predict_step' } & StepPrediction)
  | { readonly kind: 'fix_config'; readonly configText: string };

export interface Grade {
  readonly correct: boolean;
  /** why, not only right or wrong: specific to this answer and computed from the trace */
  readonly feedback: string;
  /** the right answer in words, for reviews */
  readonly expected: string;
}
