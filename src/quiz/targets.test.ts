import { describe, expect, it } from 'vitest';
import { LESSON_CONFIG, LESSON_LOADS, TARGET_TRACKING_DEFAULTS, simulate } from '../engine';
import { flowNodes, resolveTarget, targetExists } from './targets';

const trace = simulate({ config: LESSON_CONFIG, loads: LESSON_LOADS });

describe('resolveTarget', () => {
  it('turns headers into indices', () => {
    expect(resolveTarget({ kind: 'cell', step: 4, column: 'Instances after action' }, trace)).toEqual({ kind: 'cell', step: 4, column: 5 });
    expect(resolveTarget({ kind: 'column', column: 'Condition: load > 100' }, trace)).toEqual({ kind: 'column', column: 2 });
    expect(resolveTarget({ kind: 'tracker', variable: 'load', column: 'After 6' }, trace)).toEqual({ kind: 'tracker', variable: 'load', row: 1, column: 6 });
    expect(resolveTarget({ kind: 'tracker', variable: 'instances', column: 'Final' }, trace)).toEqual({ kind: 'tracker', variable: 'instances', row: 0, column: 7 });
  });

  it('rejects what is not in the picture', () => {
    expect(targetExists({ kind: 'row', step: 7 }, trace)).toBe(false);
    expect(targetExists({ kind: 'row', step: 0 }, trace)).toBe(false);
    expect(targetExists({ kind: 'column', column: 'Condition: load > 150' }, trace)).toBe(false);
    expect(targetExists({ kind: 'column', column: 7 }, trace)).toBe(false);
    expect(targetExists({ kind: 'tracker', variable: 'utilization', column: 'Start' }, trace)).toBe(false);
    expect(targetExists({ kind: 'tracker', variable: 'load', column: 'After 7' }, trace)).toBe(false);
    expect(targetExists({ kind: 'node', node: 'check_target' }, trace)).toBe(false);
    expect(targetExists({ kind: 'config', key: 'target_utilization' }, trace)).toBe(false);
  });

  it('knows each policy\'s nodes and keys', () => {
    const tracking = simulate({ config: TARGET_TRACKING_DEFAULTS, loads: [10] });
    expect(targetExists({ kind: 'node', node: 'check_target' }, tracking)).toBe(true);
    expect(targetExists({ kind: 'config', key: 'target_utilization' }, tracking)).toBe(true);
    expect(targetExists({ kind: 'cell', step: 1, column: 'Desired' }, tracking)).toBe(true);
    expect(flowNodes('threshold')).toContain('check_lower');
  });
});
