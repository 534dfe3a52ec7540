import { describe, expect, it } from 'vitest';
import { actionAt, LESSON_CONFIG, LESSON_LOADS, presetLoads, simulate, validateConfig, type ScalingConfig } from '../engine';
import { LESSON_QUIZ } from '../content/lessonQuiz';
import { buildQuestion, generateQuestions, generateTest, TEMPLATE_NAMES, TEST_PLAN } from './generate';
import { expectedAnswer, grade } from './grade';
import { LESSON_SCENARIO, scenarioFromSeed } from './scenario';
import { verifyAgainstEngine } from './testing/verify';
import { DIFFICULTIES, type MultipleChoiceQuestion, type Question, type Scenario } from './types';

const lesson = { config: LESSON_CONFIG, loads: LESSON_LOADS };
const build = (scenario: Scenario, name: string, params: Record<string, string | number>) =>
  buildQuestion(name, scenario, params) as Question;
const correctText = (q: Question) => (q as MultipleChoiceQuestion).choices.find((c) => c.correct)!.text;

describe('the generator reproduces the lesson\'s visual quiz', () => {
  it('instances after step 4 is the lesson\'s Q1, answered 2', () => {
    const q = build(LESSON_SCENARIO, 'instances_after', { step: 4 });
    expect(q.prompt).toBe(LESSON_QUIZ[0]!.prompt);
    expect(correctText(q)).toBe('2');
    expect(q.refersTo).toEqual(LESSON_QUIZ[0]!.refersTo);
    expect(q.hints[0]).toBe(LESSON_QUIZ[0]!.hints[0]);
  });

  it('first step where load > 100 is the lesson\'s Q2, answered Step 3', () => {
    const q = build(LESSON_SCENARIO, 'first_condition_true', { which: 'upper' });
    expect(q.prompt).toBe(LESSON_QUIZ[1]!.prompt);
    expect(correctText(q)).toBe('Step 3');
    expect(q.hints[0]).toBe(LESSON_QUIZ[1]!.hints[0]);
  });

  it('lower threshold 10 is the lesson\'s Q3, answered Step 6, its hint sending to the view that holds the condition', () => {
    const q = build(LESSON_SCENARIO, 'what_if_lower', { value: 10 });
    expect(q.prompt).toBe(LESSON_QUIZ[2]!.prompt);
    expect(correctText(q)).toBe('Step 6');
    // the lesson says "in variable_tracker", which holds no condition: the engine's hint names the table's column
    expect(q.hints[0]).toBe(LESSON_QUIZ[2]!.hints[0]!.replace('logic in variable_tracker', 'column in the execution table'));
    expect(q.whatIf?.config).toMatchObject({ lower_threshold: 10 });
  });

  it('offers "No scaling down would occur" and gets it right when nothing scales down', () => {
    const q = build(LESSON_SCENARIO, 'what_if_lower', { value: 5 }) as MultipleChoiceQuestion;
    expect(correctText(q)).toBe('No scaling down would occur');
    expect(q.choices.some((c) => c.text === 'Step 6' && !c.correct)).toBe(true);
  });

  it('distractors come from the common mistakes', () => {
    const q = build(LESSON_SCENARIO, 'instances_after', { step: 3 }) as MultipleChoiceQuestion;
    expect(q.choices.find((c) => c.text === '1')!.feedback).toMatch(/before step 3/);
    const keeps = build(LESSON_SCENARIO, 'keeps_at_least', { floor: 2 }) as MultipleChoiceQuestion;
    expect(keeps.choices.some((c) => c.text === '{ "min_servers": 10, "max_servers": 2 }' && /swapped/.test(c.feedback))).toBe(true);
    const tt: Scenario = { config: validTarget(), loads: [90, 180] };
    const desired = build(tt, 'tt_desired', { step: 1 }) as MultipleChoiceQuestion;
    expect(desired.choices.some((c) => /percentage/.test(c.feedback))).toBe(true);
  });
});

function validTarget(): ScalingConfig {
  const result = validateConfig({ policy: 'target_tracking', min_servers: 1, max_servers: 8, target_utilization: 0.6, capacity_per_server: 50 });
  if (!result.ok) throw new Error('bad config');
  return result.value;
}

describe('buildQuestion', () => {
  it('builds one named question, and refuses unknown templates, wrong policies and missing steps', () => {
    expect(TEMPLATE_NAMES).toContain('predict_next');
    expect(buildQuestion('predict_next', LESSON_SCENARIO, { step: 6 })).toMatchObject({ kind: 'predict_step', step: 6, answer: { action: 'scale_down', instances: 1 } });
    expect(buildQuestion('predict_next', LESSON_SCENARIO, { step: 7 })).toBeUndefined();
    expect(buildQuestion('tt_desired', LESSON_SCENARIO, { step: 1 })).toBeUndefined();
    expect(buildQuestion('no_such_template', LESSON_SCENARIO, {})).toBeUndefined();
  });
});

describe('generateQuestions', () => {
  it('is reproducible from its seed', () => {
    const a = generateQuestions({ ...lesson, seed: 42, count: 12 });
    const b = generateQuestions({ ...lesson, seed: 42, count: 12 });
    expect(a.map((q) => q.id)).toEqual(b.map((q) => q.id));
    expect(a).toEqual(b);
    const c = generateQuestions({ ...lesson, seed: 43, count: 12 });
    expect(c.map((q) => q.id)).not.toEqual(a.map((q) => q.id));
  });

  it('never repeats a question (by id or prompt) and mixes templates', () => {
    const questions = generateQuestions({ ...lesson, seed: 3, count: 200 });
    expect(questions.length).toBeGreaterThan(30);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    expect(new Set(questions.map((q) => q.prompt)).size).toBe(questions.length);
    const first = generateQuestions({ ...lesson, seed: 3, count: 8 });
    expect(new Set(first.map((q) => q.template)).size).toBe(8);
  });

  it('filters by difficulty and skips excluded ids', () => {
    for (const difficulty of DIFFICULTIES) {
      const questions = generateQuestions({ ...lesson, seed: 9, count: 5, difficulty });
      expect(questions).toHaveLength(5);
      expect(questions.every((q) => q.difficulty === difficulty)).toBe(true);
    }
    const first = generateQuestions({ ...lesson, seed: 9, count: 5 });
    const next = generateQuestions({ ...lesson, seed: 9, count: 5, exclude: first.map((q) => q.id) });
    expect(next.some((q) => first.some((f) => f.id === q.id))).toBe(false);
  });

  it('returns nothing for an empty load', () => {
    expect(generateQuestions({ config: LESSON_CONFIG, loads: [], seed: 1, count: 5 })).toEqual([]);
  });

  it('every generated answer agrees with a fresh engine run, over many seeded scenarios', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const scenario = scenarioFromSeed(seed);
      for (const q of generateQuestions({ ...scenario, seed, count: 60 })) {
        expect(verifyAgainstEngine(q), q.id).toEqual([]);
      }
    }
  }, 30_000);

  it('the right answer grades correct and a wrong one grades wrong, with a reason', () => {
    for (const q of generateQuestions({ ...scenarioFromSeed(5), seed: 5, count: 60 })) {
      if (q.kind === 'multiple_choice') {
        const right = q.choices.find((c) => c.correct)!;
        const wrong = q.choices.find((c) => !c.correct)!;
        expect(grade(q, { kind: 'multiple_choice', choice: right.id }).correct).toBe(true);
        const graded = grade(q, { kind: 'multiple_choice', choice: wrong.id });
        expect(graded.correct).toBe(false);
        expect(graded.feedback).toContain(q.explanation);
      } else if (q.kind === 'numeric') {
        expect(grade(q, { kind: 'numeric', value: q.answer }).correct).toBe(true);
        expect(grade(q, { kind: 'numeric', value: q.answer + 7 }).correct).toBe(false);
      } else if (q.kind === 'predict_step') {
        expect(grade(q, { kind: 'predict_step', ...q.answer }).correct).toBe(true);
      } else {
        expect(grade(q, { kind: 'fix_config', configText: q.solutionText }).correct).toBe(true);
        expect(grade(q, { kind: 'fix_config', configText: q.startText }).correct).toBe(false);
      }
    }
  });

  it('stays quick on a long trace', () => {
    const loads = presetLoads('diurnal', { steps: 100_000, peak: 300 });
    const started = performance.now();
    const questions = generateQuestions({ config: LESSON_CONFIG, loads, seed: 1, count: 10 });
    expect(questions).toHaveLength(10);
    expect(performance.now() - started).toBeLessThan(3000);
  }, 15_000);
});

describe('generateTest', () => {
  const rank = (q: Question) => DIFFICULTIES.indexOf(q.difficulty);

  it('gives 10 distinct questions, 3 easy, 4 medium, 3 hard, in that order, for many seeds', () => {
    for (let seed = 0; seed < 80; seed++) {
      const test = generateTest({ seed });
      expect(test.questions).toHaveLength(10);
      expect(new Set(test.questions.map((q) => q.id)).size).toBe(10);
      expect(test.questions.map((q) => q.difficulty)).toEqual(
        DIFFICULTIES.flatMap((d) => Array<string>(TEST_PLAN[d]).fill(d)),
      );
      for (const q of test.questions) expect(q.scenario).toEqual(test.scenario);
    }
  });

  it('is reproducible and draws the lesson scenario for some seeds and others for the rest', () => {
    expect(generateTest({ seed: 11 })).toEqual(generateTest({ seed: 11 }));
    const scenarios = Array.from({ length: 40 }, (_, seed) => generateTest({ seed }).scenario);
    expect(scenarios.some((s) => s === LESSON_SCENARIO)).toBe(true);
    expect(scenarios.some((s) => s.config.policy === 'target_tracking')).toBe(true);
    expect(scenarios.some((s) => s.config.policy === 'threshold' && s !== LESSON_SCENARIO)).toBe(true);
  });

  it('works on a given one-step scenario, keeping the order even when a bucket runs short', () => {
    const test = generateTest({ seed: 2, scenario: { config: LESSON_CONFIG, loads: [50] } });
    expect(test.questions).toHaveLength(10);
    const ranks = test.questions.map(rank);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });
});

describe('wording a learner reads', () => {
  const whatIfQuestions = () => {
    const out: MultipleChoiceQuestion[] = [];
    for (let seed = 1; seed <= 60; seed++) {
      const scenario = scenarioFromSeed(seed);
      for (const q of generateQuestions({ ...scenario, seed, count: 60 })) {
        if (q.template === 'what_if_upper' || q.template === 'what_if_lower') out.push(q as MultipleChoiceQuestion);
      }
    }
    return out;
  };

  it('a what-if choice naming a later step that scales too says it is not the first, never "off by one"', () => {
    let checked = 0;
    for (const q of whatIfQuestions()) {
      const run = simulate(q.whatIf!);
      const wanted = q.template === 'what_if_upper' ? 'scale_up' : 'scale_down';
      for (const choice of q.choices.filter((c) => !c.correct && /^Step \d+$/.test(c.text))) {
        const index = Number(choice.text.slice(5)) - 1;
        if (actionAt(run, index) !== wanted) continue;
        checked++;
        expect(choice.feedback, q.id).not.toMatch(/^Off by one/);
        expect(choice.feedback, q.id).toMatch(/not first|comes first/);
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('when the load passes the new threshold but the bound stops every change, the explanation says so plainly', () => {
    const q = build({ config: LESSON_CONFIG, loads: [10, 50, 5] }, 'what_if_lower', { value: 30 }) as MultipleChoiceQuestion;
    expect(correctText(q)).toBe('No scaling down would occur');
    expect(q.explanation).toBe('Re-running with lower_threshold 30: the load is below 30 at step 1 and later, but instances are already at min_servers (1) each time, so no scaling down would occur.');
    expect(q.choices.find((c) => c.text === 'Step 1')!.feedback).toBe('At step 1 load 10 is below 30, but 1 instance is already at min_servers (1), so nothing is removed.');
    for (const text of [q.explanation, ...q.choices.map((c) => c.feedback)]) expect(text).not.toMatch(/, but [^.]*, but /);
  });

  it('counts are singular for one: "1 instance", "1 time", "more than 1 instance", "the only step"', () => {
    const final = build(LESSON_SCENARIO, 'final_instances', {});
    expect(expectedAnswer(final)).toBe('1 instance');
    expect(grade(final, { kind: 'numeric', value: 1 }).expected).toBe('1 instance');
    expect(expectedAnswer(build(LESSON_SCENARIO, 'count_actions', { direction: 'down' }))).toBe('1 time');
    expect(expectedAnswer(build(LESSON_SCENARIO, 'count_actions', { direction: 'up' }))).toBe('1 time');
    expect(build(LESSON_SCENARIO, 'what_if_lower', { value: 10 }).hints[1]).toBe('Scaling down also needs more than 1 instance running at that moment.');
    const one = { config: LESSON_CONFIG, loads: [50] };
    expect(build(one, 'final_instances', {}).prompt).toBe('After the only step, how many instances are running?');
    expect(build(one, 'count_actions', { direction: 'up' }).prompt).toBe('How many times does the autoscaler scale up during the only step?');
    for (const q of generateQuestions({ ...scenarioFromSeed(3), seed: 3, count: 60 })) {
      expect(`${q.prompt} ${q.explanation} ${q.hints.join(' ')}`, q.id).not.toMatch(/\b1 (instances|servers|times|steps)\b/);
    }
  });

  it('a step the bounds cut short (scale_step 2 meets max_servers) is medium, not easy', () => {
    const config = { ...LESSON_CONFIG, max_servers: 2, scale_step: 2 };
    const q = build({ config, loads: [150] }, 'action_at', { step: 1 }) as MultipleChoiceQuestion;
    expect(correctText(q)).toBe('Scale up by 1');
    expect(q.difficulty).toBe('medium');
  });

  it('a what-if count hint says the highlighted cell is the count as it runs now', () => {
    const q = build(LESSON_SCENARIO, 'what_if_count', { key: 'scale_step', value: 2 });
    expect(q.refersTo).toEqual({ kind: 'tracker', variable: 'instances', column: 3 });
    expect(q.hints[0]).toBe('The highlighted tracker cell is the count after step 3 as it runs now, with scale_step 1. Change scale_step to 2 and walk the steps again, starting from 1 instance.');
  });
});
