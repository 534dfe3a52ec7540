import { describe, expect, it } from 'vitest';
import { LESSON_CONFIG, LESSON_LOADS, TARGET_TRACKING_DEFAULTS } from './config';
import { narrateTrace, narrationText } from './narration';
import { simulate } from './simulate';
import { stepAt } from './step';

const lesson = simulate({ config: LESSON_CONFIG, loads: LESSON_LOADS });

describe('narrateTrace', () => {
  it('opens, tells every step of the lesson from its reason, and sums up', () => {
    const lines = narrateTrace(lesson);
    expect(lines).toHaveLength(LESSON_LOADS.length + 2);
    expect(lines[0]!.text).toBe('The endpoint starts with one instance and sees 6 steps of load. Each step the autoscaler compares the load with the upper threshold 100 and the lower threshold 20, and keeps between 1 and 10 instances.');
    expect(lines[3]).toEqual({ step: 3, text: 'At step 3, load 120 is greater than the upper threshold 100, so the autoscaler adds one instance (1 → 2). The loop prints "Load: 120, Instances: 2".' });
    expect(lines[6]!.text).toContain('At step 6, load 5 is less than 20 and instances (2) are above min_servers (1)');
    expect(lines.at(-1)!.text).toBe('After 6 steps the endpoint runs one instance. It scaled up once and down once, with at most 2 instances at once.');
    for (let i = 0; i < lesson.length; i++) expect(lines[i + 1]!.text.toLowerCase()).toContain(stepAt(lesson, i).reason.toLowerCase());
  });

  it('changes with the scenario', () => {
    const edited = simulate({ config: LESSON_CONFIG, loads: [10, 50, 20, 80, 30, 5] });
    expect(narrateTrace(edited)[3]!.text).toBe('At step 3, load 20 is neither above 100 nor below 20, so instances stay at 1. The loop prints "Load: 20, Instances: 1".');
    expect(narrationText(edited)).not.toBe(narrationText(lesson));
  });

  it('narrates target tracking and caps long traces with a line for the rest', () => {
    const trace = simulate({ config: TARGET_TRACKING_DEFAULTS, loads: Array.from({ length: 10 }, (_, i) => 20 * (i + 1)) });
    const lines = narrateTrace(trace, { maxSteps: 3 });
    expect(lines[0]!.text).toContain('toward 60 %');
    expect(lines[1]!.text).toMatch(/^At step 1, utilization /);
    expect(lines[4]).toEqual({ step: 4, text: '7 more steps follow the same rule; the execution table lists each of them.' });
    expect(lines).toHaveLength(6);
  });

  it('copies as paragraphs', () => {
    expect(narrationText(lesson).split('\n\n')).toHaveLength(8);
  });
});
