import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LESSON_CONFIG, LESSON_LOADS } from './config';
import { directionChanges, ruleDecision, runEndpointModel } from './endpointModel';
import { simulate } from './simulate';

describe('runEndpointModel', () => {
  it('with every knob at zero is the lesson trace, served at once', () => {
    const run = runEndpointModel({ config: LESSON_CONFIG, loads: LESSON_LOADS, capacityPerInstance: 100 });
    expect(run.steps.map((s) => s.instances)).toEqual([1, 1, 2, 2, 2, 1]);
    expect(run.steps.map((s) => s.ready)).toEqual([1, 1, 2, 2, 2, 1]);
    expect(run.backloggedSteps).toBe(0);
  });

  it('matches simulate for any loads and config when nothing is added', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 30 }), fc.integer({ min: 1, max: 4 }), (loads, step) => {
      const config = { ...LESSON_CONFIG, scale_step: step, max_servers: 5 };
      const run = runEndpointModel({ config, loads, capacityPerInstance: 50 });
      expect(run.steps.map((s) => s.instances)).toEqual(Array.from(simulate({ config, loads }).after));
    }));
  });

  it('a cold start leaves the new instance unready and requests queue', () => {
    const run = runEndpointModel({ config: LESSON_CONFIG, loads: [10, 50, 120, 180, 80], capacityPerInstance: 100, coldStartSteps: 2 });
    expect(run.steps.map((s) => s.instances)).toEqual([1, 1, 2, 3, 3]);
    expect(run.steps.map((s) => s.ready)).toEqual([1, 1, 1, 1, 2]);
    expect(run.steps.map((s) => s.backlog)).toEqual([0, 0, 20, 100, 0]);
    expect(run.steps[3]!.waitSteps).toBe(1);
    expect(run.maxBacklog).toBe(100);
  });

  it('a cooldown holds the count and stops flapping', () => {
    const loads = [120, 10, 120, 10, 120, 10];
    const free = runEndpointModel({ config: LESSON_CONFIG, loads, capacityPerInstance: 100 });
    expect(directionChanges(free)).toBe(5);
    const cooled = runEndpointModel({ config: LESSON_CONFIG, loads, capacityPerInstance: 100, cooldownSteps: 2 });
    expect(cooled.steps.map((s) => s.instances)).toEqual([2, 2, 2, 1, 1, 1]);
    expect(cooled.steps.map((s) => s.held)).toEqual([undefined, 'cooldown', 'cooldown', undefined, 'cooldown', undefined]);
    expect(directionChanges(cooled)).toBe(1);
  });

  it('scales to zero when idle and starts one instance when a request arrives', () => {
    const run = runEndpointModel({ config: LESSON_CONFIG, loads: [0, 0, 0, 40, 40], capacityPerInstance: 100, coldStartSteps: 1, scaleToZeroAfter: 2 });
    expect(run.steps.map((s) => s.instances)).toEqual([1, 0, 0, 1, 1]);
    expect(run.steps.map((s) => s.ready)).toEqual([1, 0, 0, 0, 1]);
    expect(run.steps[3]!.backlog).toBe(40);
    expect(run.steps[3]!.waitSteps).toBe(Infinity);
    expect(run.zeroSteps).toBe(2);
  });

  it('ruleDecision is the engine rule for one load', () => {
    expect(ruleDecision(LESSON_CONFIG, 120, 1)).toBe(2);
    expect(ruleDecision(LESSON_CONFIG, 5, 1)).toBe(1);
    expect(ruleDecision(LESSON_CONFIG, 5, 3)).toBe(2);
  });
});
