import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  simulate, tableColumns, trackerVariables, validateConfig, type ScalingConfig,
} from '../engine';
import { generateQuestions, generateTest } from './generate';
import { resolveTarget } from './targets';
import { verifyAgainstEngine } from './testing/verify';
import { DIFFICULTIES, type PictureTarget, type Question, type Scenario } from './types';

const validated = (raw: Record<string, unknown>): ScalingConfig => {
  const result = validateConfig(raw);
  if (!result.ok) throw new Error(`arbitrary made an invalid config: ${JSON.stringify(result.errors)}`);
  return result.value;
};

const bounds = fc.record({ min: fc.integer({ min: 1, max: 4 }), span: fc.integer({ min: 0, max: 8 }), start: fc.nat(8) })
  .map(({ min, span, start }) => ({ min_servers: min, max_servers: min + span, initial_servers: min + Math.min(start, span) }));

const thresholdConfig = fc.record({
  bounds, lower: fc.integer({ min: 0, max: 150 }), gap: fc.integer({ min: 1, max: 300 }), step: fc.integer({ min: 1, max: 3 }),
}).map(({ bounds: b, lower, gap, step }) => validated({ policy: 'threshold', ...b, lower_threshold: lower, upper_threshold: lower + gap, scale_step: step }));

const targetConfig = fc.record({
  bounds, target: fc.integer({ min: 5, max: 100 }), capacity: fc.integer({ min: 1, max: 200 }), tolerance: fc.constantFrom(0, 0.05, 0.1, 0.25),
}).map(({ bounds: b, target, capacity, tolerance }) => validated({
  policy: 'target_tracking', ...b, target_utilization: target / 100, capacity_per_server: capacity, tolerance,
}));

const load = fc.oneof(
  fc.integer({ min: 0, max: 500 }),
  fc.double({ min: 0, max: 500, noNaN: true, noDefaultInfinity: true }).map((x) => Math.round(x * 100) / 100),
);

const scenario: fc.Arbitrary<Scenario> = fc.record({
  config: fc.oneof(thresholdConfig, targetConfig),
  loads: fc.array(load, { minLength: 1, maxLength: 30 }),
});

/** The target exists, checked straight against the engine's headers and variables (not only via resolveTarget). */
function targetIsThere(target: PictureTarget, s: Scenario): boolean {
  const steps = s.loads.length;
  const headers = tableColumns(s.config);
  const column = (ref: string | number) => (typeof ref === 'number' ? ref >= 0 && ref < headers.length : headers.includes(ref));
  switch (target.kind) {
    case 'row': return target.step >= 1 && target.step <= steps;
    case 'column': return column(target.column);
    case 'cell': return target.step >= 1 && target.step <= steps && column(target.column);
    case 'tracker': return trackerVariables(s.config).includes(target.variable)
      && (typeof target.column === 'number' ? target.column >= 0 && target.column <= steps + 1 : target.column === 'Start' || target.column === 'Final' || /^After \d+$/.test(target.column) && Number(target.column.slice(6)) <= steps);
    case 'node': return resolveTarget(target, simulate(s)) !== undefined;
    case 'config': return target.key in s.config;
  }
}

function checkQuestion(q: Question, s: Scenario): void {
  expect(q.scenario).toEqual(s);
  if (q.kind === 'multiple_choice') {
    expect(q.choices.filter((c) => c.correct), q.id).toHaveLength(1);
    expect(new Set(q.choices.map((c) => c.text)).size, q.id).toBe(q.choices.length);
    expect(q.choices.length).toBeGreaterThanOrEqual(3);
  }
  for (const target of [q.refersTo, ...(q.alsoRefersTo ?? [])]) expect(targetIsThere(target, s), `${q.id} ${JSON.stringify(target)}`).toBe(true);
  expect(q.hints.length).toBeGreaterThan(0);
  expect(verifyAgainstEngine(q), q.id).toEqual([]);
}

describe('properties over random valid scenarios and seeds', () => {
  it('every generated question has one correct choice among distinct ones, a target that exists, and the engine\'s answer', () => {
    fc.assert(fc.property(scenario, fc.integer(), (s, seed) => {
      const questions = generateQuestions({ ...s, seed, count: 16 });
      expect(questions.length).toBeGreaterThan(0);
      expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
      expect(new Set(questions.map((q) => q.prompt)).size).toBe(questions.length);
      for (const q of questions) checkQuestion(q, s);
    }), { numRuns: 150 });
  }, 30_000);

  it('generateTest returns 10 distinct questions, easy -> medium -> hard', () => {
    fc.assert(fc.property(scenario, fc.integer(), (s, seed) => {
      const { questions } = generateTest({ seed, scenario: s });
      expect(questions).toHaveLength(10);
      expect(new Set(questions.map((q) => q.id)).size).toBe(10);
      expect(new Set(questions.map((q) => q.prompt)).size).toBe(10);
      const ranks = questions.map((q) => DIFFICULTIES.indexOf(q.difficulty));
      expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
      expect(new Set(ranks).size).toBe(3);
      for (const q of questions) checkQuestion(q, s);
    }), { numRuns: 150 });
  }, 30_000);

  it('the same seed gives the same test; seeded scenarios are always valid', () => {
    fc.assert(fc.property(fc.integer(), (seed) => {
      const test = generateTest({ seed });
      expect(validateConfig(test.scenario.config).ok).toBe(true);
      expect(generateTest({ seed }).questions.map((q) => q.id)).toEqual(test.questions.map((q) => q.id));
    }), { numRuns: 60 });
  }, 30_000);
});
