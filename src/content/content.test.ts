import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  LESSON_CONFIG, LESSON_LOADS, actionAt, keyMoments, parseConfigText, simulate, stepAt, tableColumns, tableRow,
  validateConfig, type Trace,
} from '../engine';
import { checkGoal, flowNodes, grade, targetExists, type MultipleChoiceQuestion, type Question } from '../quiz';
import { LESSON_FLOW, LESSON_KEY_MOMENTS } from './lesson';
import { CONCEPT_SNAPSHOT, FULL_TRANSCRIPT } from './lessonSummary';
import { LESSON_FIX_CONFIG, LESSON_PRACTICE, PRACTICE_CONFIG_CHOICES, PRACTICE_GOAL } from './lessonPractice';
import { LESSON_QUIZ, LOWER_THRESHOLD_10 } from './lessonQuiz';

const lessonTrace = simulate({ config: LESSON_CONFIG, loads: LESSON_LOADS });
const correctChoice = (q: MultipleChoiceQuestion) => q.choices.find((c) => c.correct)!;
const firstStep = (trace: Trace, test: (i: number) => boolean) => {
  for (let i = 0; i < trace.length; i++) if (test(i)) return i + 1;
  return undefined;
};
const [quiz1, quiz2, quiz3] = LESSON_QUIZ as [MultipleChoiceQuestion, MultipleChoiceQuestion, MultipleChoiceQuestion];
const [, practice2, practice3, practice4, practice5] = LESSON_PRACTICE as MultipleChoiceQuestion[] as [MultipleChoiceQuestion, MultipleChoiceQuestion, MultipleChoiceQuestion, MultipleChoiceQuestion, MultipleChoiceQuestion];

describe('visual quiz answer keys, checked by the engine', () => {
  it('Q1: instances after load 80', () => {
    const index = LESSON_LOADS.indexOf(80);
    expect(correctChoice(quiz1).text).toBe(String(lessonTrace.after[index]));
    expect(quiz1.refersTo).toEqual({ kind: 'cell', step: index + 1, column: 'Instances after action' });
    const column = tableColumns(LESSON_CONFIG).indexOf('Instances after action');
    expect(tableRow(lessonTrace, index)[column]).toBe(correctChoice(quiz1).text);
  });

  it('Q2: first step where load > 100 is true', () => {
    const step = firstStep(lessonTrace, (i) => lessonTrace.loads[i]! > LESSON_CONFIG.upper_threshold);
    expect(correctChoice(quiz2).text).toBe(`Step ${step}`);
    const column = tableColumns(LESSON_CONFIG).indexOf('Condition: load > 100');
    const cells = Array.from({ length: lessonTrace.length }, (_, i) => tableRow(lessonTrace, i)[column]);
    expect(cells.indexOf('True') + 1).toBe(step);
  });

  it('Q3: re-run with lower_threshold 10 and find the scale-down', () => {
    const changed = validateConfig({ ...LESSON_CONFIG, lower_threshold: 10 });
    expect(changed).toEqual({ ok: true, value: LOWER_THRESHOLD_10 });
    const trace = simulate({ config: LOWER_THRESHOLD_10, loads: LESSON_LOADS });
    const step = firstStep(trace, (i) => actionAt(trace, i) === 'scale_down');
    expect(step).toBeDefined();
    expect(correctChoice(quiz3).text).toBe(`Step ${step}`);
    expect(quiz3.whatIf?.config).toEqual(LOWER_THRESHOLD_10);
  });
});

describe('practice answer keys, checked by the engine', () => {
  it('Q2: min_servers is a setting, scale_up_threshold is not', () => {
    expect(correctChoice(practice2).text).toBe('min_servers');
    expect(validateConfig({ min_servers: 2 }).ok).toBe(true);
    const wrong = validateConfig({ scale_up_threshold: 100 });
    expect(wrong.ok).toBe(false);
  });

  it('Q3: 80 % usage against a 0.7 target scales up', () => {
    const snippet = /\{[\s\S]*\}/.exec(practice3.prompt)![0];
    const parsed = parseConfigText(snippet);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok || practice3.scenario.config.policy !== 'target_tracking') throw new Error('unreachable');
    expect(parsed.value).toMatchObject({ min_servers: 2, max_servers: 5, target_utilization: 0.7 });
    expect(practice3.scenario.config).toMatchObject({ min_servers: 2, max_servers: 5, target_utilization: 0.7 });
    const trace = simulate(practice3.scenario);
    const step = stepAt(trace, 0);
    expect(step.utilization).toBeCloseTo(0.8);
    expect(step.action).toBe('scale_up');
    expect(correctChoice(practice3).text).toBe('The system will scale up servers to reduce load');
  });

  it('Q4: a 0.95 target never scales above 1 server on a load that a 0.5 target scales up for', () => {
    const { config, loads } = practice4.scenario;
    expect(config).toMatchObject({ min_servers: 1, max_servers: 3, target_utilization: 0.95 });
    const high = simulate({ config, loads });
    expect(Array.from(high.after).every((n) => n === 1)).toBe(true);
    const lower = simulate({ config: { ...config, target_utilization: 0.5 } as typeof config, loads });
    expect(Math.max(...lower.after)).toBeGreaterThan(1);
    expect(Math.max(...lower.after)).toBeLessThanOrEqual(config.max_servers);
    expect(correctChoice(practice4).id).toBe('B');
  });

  it('Q5: validate each choice and run the goal checker; only C meets the goal', () => {
    const verdicts = Object.fromEntries(Object.entries(PRACTICE_CONFIG_CHOICES).map(([id, text]) => {
      const parsed = parseConfigText(text);
      return [id, parsed.ok ? checkGoal(PRACTICE_GOAL, parsed.value) : parsed.errors];
    }));
    const b = parseConfigText(PRACTICE_CONFIG_CHOICES.B);
    expect(b.ok).toBe(false);
    if (!b.ok) expect(b.errors[0]!.hint).toMatch(/swapped/);
    expect(verdicts.A).toMatchObject({ met: false, reasons: [expect.stringMatching(/target_utilization 0\.9/)] });
    expect(verdicts.D).toMatchObject({ met: false, reasons: [expect.stringMatching(/min_servers is 1/)] });
    expect(verdicts.C).toMatchObject({ met: true });
    expect(correctChoice(practice5).text).toBe(PRACTICE_CONFIG_CHOICES.C);
    expect(practice5.choices.map((c) => c.text)).toEqual(Object.values(PRACTICE_CONFIG_CHOICES));
  });

  it('Q5 as a config exercise: the start text fails, the solution passes', () => {
    expect(grade(LESSON_FIX_CONFIG, { kind: 'fix_config', configText: LESSON_FIX_CONFIG.startText }).correct).toBe(false);
    expect(grade(LESSON_FIX_CONFIG, { kind: 'fix_config', configText: LESSON_FIX_CONFIG.solutionText }).correct).toBe(true);
  });
});

describe('content shape', () => {
  const all: readonly Question[] = [...LESSON_QUIZ, ...LESSON_PRACTICE, LESSON_FIX_CONFIG];

  it('ids are unique; each multiple-choice question has A-D and exactly one correct choice', () => {
    expect(new Set(all.map((q) => q.id)).size).toBe(all.length);
    for (const q of [...LESSON_QUIZ, ...LESSON_PRACTICE]) {
      expect(q.choices.map((c) => c.id)).toEqual(['A', 'B', 'C', 'D']);
      expect(q.choices.filter((c) => c.correct)).toHaveLength(1);
      expect(grade(q, { kind: 'multiple_choice', choice: correctChoice(q).id }).correct).toBe(true);
    }
  });

  it('every picture target exists in its scenario', () => {
    for (const q of all) {
      const trace = simulate(q.scenario);
      for (const target of [q.refersTo, ...(q.alsoRefersTo ?? [])]) expect(targetExists(target, trace), `${q.id} ${JSON.stringify(target)}`).toBe(true);
    }
  });

  it('the engine finds the lesson\'s key moments, word for word', () => {
    expect(keyMoments(lessonTrace).map(({ step, question, answer }) => ({ step, question, answer }))).toEqual(LESSON_KEY_MOMENTS);
  });

  it('flow steps name nodes the threshold diagram has', () => {
    for (const step of LESSON_FLOW) if (step.node) expect(flowNodes('threshold')).toContain(step.node);
  });
});

/** A copy of the seed lesson (shared/seed/000_9494381622b57e98.txt), kept with the content so CI checks it too. */
const SEED = new URL('./lesson-source.txt', import.meta.url);

describe('verbatim against the lesson text', () => {
  const lesson = readFileSync(SEED, 'utf8');
  const expectInLesson = (text: string) => expect(lesson.includes(text), text).toBe(true);

  it('quiz and practice prompts, choices, hints, solutions and mistakes', () => {
    for (const q of [...LESSON_QUIZ, ...LESSON_PRACTICE]) {
      expectInLesson(q.prompt);
      // the quiz prints choices as "A1", practice as "A. text"
      q.choices.forEach((c) => expectInLesson(LESSON_QUIZ.includes(q) ? `${c.id}${c.text}` : `${c.id}. ${c.text}`));
      q.hints.forEach(expectInLesson);
      q.solutionSteps?.forEach((s) => { expectInLesson(s.title); expectInLesson(s.text); });
    }
    for (const q of LESSON_PRACTICE) q.commonMistakes?.forEach(expectInLesson);
  });

  it('concept snapshot, transcript and flow', () => {
    expectInLesson(CONCEPT_SNAPSHOT.title);
    CONCEPT_SNAPSHOT.points.forEach((p) => expectInLesson(`- ${p}`));
    expectInLesson(FULL_TRANSCRIPT);
    LESSON_FLOW.forEach((s) => expectInLesson(`${s.via ?? ''}${s.text}`));
    LESSON_KEY_MOMENTS.forEach((m) => { expectInLesson(m.question); expectInLesson(m.answer); });
  });
});
