import { describe, expect, it } from 'vitest';
import { LESSON_CONFIG, LESSON_LOADS, TARGET_TRACKING_DEFAULTS, type TargetTrackingConfig } from './config';
import { codeListing } from './code';
import { simulate } from './simulate';
import { actionLabel, outputLine, stepAt } from './step';

const TRACKING: TargetTrackingConfig = {
  ...TARGET_TRACKING_DEFAULTS, min_servers: 2, max_servers: 6, initial_servers: 2,
  target_utilization: 0.6, capacity_per_server: 50, tolerance: 0.1,
};
/** on target, scale up, capped at max, off target but already right, within tolerance, raised to min */
const TRACKING_LOADS = [60, 150, 1000, 160, 170, 0] as const;

describe('stepAt: the threshold policy', () => {
  const lesson = simulate({ config: LESSON_CONFIG, loads: LESSON_LOADS });

  it('expands the lesson\'s step 3 into a self-contained record', () => {
    expect(stepAt(lesson, 2)).toEqual({
      step: 3, load: 120, instancesBefore: 1, instancesAfter: 2, action: 'scale_up', branch: 'above_upper',
      output: 'Load: 120, Instances: 2', codeLine: 5, codeLines: [3, 4, 5, 8],
      conditions: [{ node: 'check_upper', label: 'load > 100', value: true, cell: 'True', question: '120 > 100? yes' }],
      flowPath: ['monitor', 'check_upper', 'scale_up', 'update', 'continue'],
      reason: 'Load 120 is greater than the upper threshold 100, so the autoscaler adds one instance (1 → 2).',
    });
  });

  it('step 1 checks both conditions and explains why instances stay at min', () => {
    const step = stepAt(lesson, 0);
    expect(step.conditions.map((c) => c.cell)).toEqual(['False', 'False (instances=1)']);
    expect(step.conditions[1]!.question).toBe('10 < 20 and 1 > 1? no');
    expect(step.flowPath).toEqual(['monitor', 'check_upper', 'check_lower', 'no_change', 'update', 'continue']);
    expect(step.reason).toBe('Load 10 is less than 20, but instances are already at min_servers (1), so nothing is removed.');
  });

  it('step 6 scales down through the elif', () => {
    const step = stepAt(lesson, 5);
    expect(step.conditions.map((c) => c.value)).toEqual([false, true]);
    expect(step.codeLine).toBe(7);
    expect(step.flowPath).toContain('scale_down');
    expect(step.reason).toBe('Load 5 is less than 20 and instances (2) are above min_servers (1), so the autoscaler removes one instance (2 → 1).');
  });

  it('says when the max holds instances back', () => {
    const trace = simulate({ config: { ...LESSON_CONFIG, max_servers: 1 }, loads: [150] });
    const step = stepAt(trace, 0);
    expect(step.branch).toBe('above_upper_at_max');
    expect(step.conditions[0]).toMatchObject({ value: false, cell: 'True (at max 1)', question: '150 > 100? yes, but already at max 1, so no' });
    expect(step.reason).toBe('Load 150 is greater than the upper threshold 100, but instances are already at max_servers (1), so nothing is added.');
  });

  it('names the real change when scale_step is capped', () => {
    const trace = simulate({ config: { ...LESSON_CONFIG, scale_step: 5, max_servers: 3 }, loads: [150] });
    expect(stepAt(trace, 0).reason).toContain('adds 2 instances (1 → 3)');
  });
});

describe('stepAt: the target-tracking policy', () => {
  const trace = simulate({ config: TRACKING, loads: TRACKING_LOADS });
  const steps = Array.from({ length: trace.length }, (_, i) => stepAt(trace, i));

  it('records utilization, the condition and the desired count', () => {
    expect(steps[1]).toMatchObject({
      step: 2, load: 150, instancesBefore: 2, instancesAfter: 5, action: 'scale_up', branch: 'off_target',
      utilization: 1.5, desired: 5, codeLine: 8, codeLines: [4, 5, 6, 7, 8, 9],
      flowPath: ['monitor', 'measure', 'check_target', 'set_desired', 'update', 'continue'],
    });
    expect(steps[1]!.conditions).toEqual([{
      node: 'check_target', label: '|utilization / 0.6 - 1| > 0.1', value: true,
      cell: 'True (1.5 > 0.1)', question: '150 % vs target 60 %: off by more than 10 %? yes',
    }]);
  });

  it('leaves desired out within tolerance', () => {
    expect(steps[0]!.desired).toBeUndefined();
    expect(steps[0]).toMatchObject({ branch: 'within_tolerance', utilization: 0.6, codeLine: 6, action: 'none' });
    expect(steps[0]!.flowPath).toContain('no_change');
  });

  it('explains each kind of step in a sentence', () => {
    expect(steps.map((s) => s.reason)).toEqual([
      'Utilization 60 % is within 10 % of the 60 % target, so instances stay at 2.',
      'Utilization 150 % is off the 60 % target, so the autoscaler wants ceil(150 / (50 × 0.6)) = 5 servers: 2 → 5.',
      'Utilization 400 % is off the 60 % target, so the autoscaler wants ceil(1000 / (50 × 0.6)) = 34 servers, capped at max_servers 6: 5 → 6.',
      'Utilization 53.3 % is off the 60 % target, so the autoscaler wants ceil(160 / (50 × 0.6)) = 6 servers, which is what it already has (6).',
      'Utilization 56.7 % is within 10 % of the 60 % target, so instances stay at 6.',
      'Utilization 0 % is off the 60 % target, so the autoscaler wants ceil(0 / (50 × 0.6)) = 0 servers, raised to min_servers 2: 6 → 2.',
    ]);
  });

  it('says "1 server" when the formula asks for exactly one', () => {
    const trace = simulate({ config: { ...TARGET_TRACKING_DEFAULTS, min_servers: 1, initial_servers: 2 }, loads: [25] });
    expect(stepAt(trace, 0).reason).toBe('Utilization 25 % is off the 60 % target, so the autoscaler wants ceil(25 / (50 × 0.6)) = 1 server: 2 → 1.');
  });

  it('prints the lesson\'s output line', () => {
    expect(steps.map((s) => s.output)).toEqual([
      'Load: 60, Instances: 2', 'Load: 150, Instances: 5', 'Load: 1000, Instances: 6',
      'Load: 160, Instances: 6', 'Load: 170, Instances: 6', 'Load: 0, Instances: 2',
    ]);
  });

  it('points at lines of the target-tracking listing that exist', () => {
    const listing = codeListing(TRACKING, TRACKING_LOADS);
    for (const step of steps) {
      for (const line of step.codeLines) expect(listing[line - 1]).toBeDefined();
      expect(step.codeLines).toContain(step.codeLine);
    }
    expect(listing[steps[1]!.codeLine - 1]).toBe('        instances = min(max(desired, 2), 6)');
    expect(listing[steps[0]!.codeLine - 1]).toBe('    if abs(utilization / 0.6 - 1) > 0.1:');
  });
});

describe('labels', () => {
  it('actionLabel writes the lesson\'s action cell', () => {
    expect(actionLabel('none', 2, 2)).toBe('No scaling');
    expect(actionLabel('scale_up', 1, 2)).toBe('Scale up by 1');
    expect(actionLabel('scale_down', 6, 2)).toBe('Scale down by 4');
  });

  it('outputLine prints like the lesson\'s f-string', () => {
    expect(outputLine(120, 2)).toBe('Load: 120, Instances: 2');
    expect(outputLine(2.5, 1)).toBe('Load: 2.5, Instances: 1');
  });

  it('codeListing shortens long load lists', () => {
    expect(codeListing(TRACKING, Array.from({ length: 40 }, (_, i) => i + 1))[1]).toBe('requests = [1, 2, 3, 4, 5, 6, 7, 8, ...]  # 40 steps');
    expect(codeListing({ ...LESSON_CONFIG, scale_step: 2 }, [1])[4]).toBe('        instances += 2');
  });
});
