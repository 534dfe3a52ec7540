/** Question sets drawn from the templates over one scenario: reproducible from a seed, never repeating a question. */
import { seededRandom, type ScalingConfig } from '../engine';
import { shuffled } from './build';
import { givesAway } from './giveaway';
import { scenarioFromSeed } from './scenario';
import { TEMPLATES, createContext, type Params, type TemplateContext } from './templates';
import { DIFFICULTIES, type Difficulty, type Question, type Scenario } from './types';

export interface GenerateInput {
  readonly config: ScalingConfig;
  /** requests per step; at least one step */
  readonly loads: readonly number[];
  readonly seed: number;
  readonly count: number;
  /** only questions of this difficulty */
  readonly difficulty?: Difficulty;
  /** the config as the editor shows it, kept on each question's scenario */
  readonly configText?: string;
  /** ids of questions not to draw again (e.g. ones already answered) */
  readonly exclude?: Iterable<string>;
}

interface Taken {
  readonly ids: Set<string>;
  readonly prompts: Set<string>;
  /** the questions drawn so far, so a new one gives none of their answers away (nor they its) */
  readonly questions: Question[];
}

/**
 * Round-robin over the shuffled templates, one question from each in turn, so a set mixes kinds. A question that would
 * give away another's answer (a step to predict that another question is about) is passed over.
 */
function draw(context: TemplateContext, random: () => number, count: number, difficulty: Difficulty | undefined, taken: Taken): Question[] {
  const { config } = context.scenario;
  const templates = TEMPLATES.filter((t) => t.applies(config) && (!difficulty || t.difficulties.includes(difficulty)));
  const queues = shuffled(templates, random).map((template) => ({ template, params: shuffled(template.params(context, random), random) }));
  const out: Question[] = [];
  let progressed = true;
  while (out.length < count && progressed) {
    progressed = false;
    for (const queue of queues) {
      if (out.length >= count) break;
      for (let params = queue.params.shift(); params; params = queue.params.shift()) {
        const question = queue.template.build(context, params);
        if (!question || (difficulty && question.difficulty !== difficulty)) continue;
        if (taken.ids.has(question.id) || taken.prompts.has(question.prompt)) continue;
        if (taken.questions.some((other) => givesAway(question, other, context.trace))) continue;
        taken.ids.add(question.id);
        taken.prompts.add(question.prompt);
        taken.questions.push(question);
        out.push(question);
        progressed = true;
        break;
      }
    }
  }
  return out;
}

function scenarioOf(input: { config: ScalingConfig; loads: readonly number[]; configText?: string }): Scenario {
  return input.configText === undefined
    ? { config: input.config, loads: input.loads }
    : { config: input.config, loads: input.loads, configText: input.configText };
}

/**
 * Up to `count` distinct questions about one scenario (fewer when the templates run out).
 * The same input always gives the same questions in the same order.
 */
export function generateQuestions(input: GenerateInput): Question[] {
  if (input.loads.length === 0 || input.count <= 0) return [];
  const context = createContext(scenarioOf(input));
  const taken: Taken = { ids: new Set(input.exclude ?? []), prompts: new Set(), questions: [] };
  return draw(context, seededRandom(input.seed), input.count, input.difficulty, taken);
}

export interface TestInput {
  readonly seed: number;
  /** the scenario to test on; drawn from the seed when left out */
  readonly scenario?: Scenario;
}

export interface TestSet {
  readonly seed: number;
  readonly scenario: Scenario;
  /** ten questions, easy first, then medium, then hard */
  readonly questions: readonly Question[];
}

/** How many questions of each difficulty a test has. */
export const TEST_PLAN: Readonly<Record<Difficulty, number>> = { easy: 3, medium: 4, hard: 3 };
export const TEST_LENGTH = TEST_PLAN.easy + TEST_PLAN.medium + TEST_PLAN.hard;

const rank = (difficulty: Difficulty) => DIFFICULTIES.indexOf(difficulty);

/** "Test this pattern": 10 questions, 3 easy, 4 medium, 3 hard, over a scenario drawn from the seed. */
export function generateTest({ seed, scenario = scenarioFromSeed(seed) }: TestInput): TestSet {
  if (scenario.loads.length === 0) return { seed, scenario, questions: [] };
  const context = createContext(scenario);
  const random = seededRandom(seed);
  const taken: Taken = { ids: new Set(), prompts: new Set(), questions: [] };
  const questions = DIFFICULTIES.flatMap((difficulty) => draw(context, random, TEST_PLAN[difficulty], difficulty, taken));
  if (questions.length < TEST_LENGTH) {
    // a scenario too small for one bucket borrows from the others; the order stays easy -> medium -> hard
    questions.push(...draw(context, random, TEST_LENGTH - questions.length, undefined, taken));
    questions.sort((a, b) => rank(a.difficulty) - rank(b.difficulty));
  }
  return { seed, scenario, questions };
}

/** Names of every template, for buildQuestion. */
export const TEMPLATE_NAMES: readonly string[] = TEMPLATES.map((t) => t.name);

/**
 * One question from a named template with given parameters, e.g. buildQuestion('predict_next', scenario, { step: 4 })
 * for Predict mode's hidden row. Undefined for an unknown template, a policy it does not apply to, or a degenerate case.
 */
export function buildQuestion(template: string, scenario: Scenario, params: Params): Question | undefined {
  const found = TEMPLATES.find((t) => t.name === template);
  if (!found || scenario.loads.length === 0 || !found.applies(scenario.config)) return undefined;
  const step = params.step;
  if (step !== undefined && !(Number.isInteger(Number(step)) && Number(step) >= 1 && Number(step) <= scenario.loads.length)) return undefined;
  return found.build(createContext(scenario), params);
}
