import { describe, expect, it } from 'vitest';
import { LESSON_CONFIG, LESSON_LOADS } from './config';
import { keyMoments } from './moments';
import { simulate } from './simulate';
import { tableColumns, tableRows, trackerColumns, trackerRows } from './table';
import { codeListing } from './code';

const trace = simulate({ config: LESSON_CONFIG, loads: LESSON_LOADS });

describe('the lesson, exactly', () => {
  it('reproduces the process table cell for cell', () => {
    expect(tableColumns(LESSON_CONFIG)).toEqual([
      'Step', 'Load (requests)', 'Condition: load > 100', 'Condition: load < 20 and instances > 1',
      'Action', 'Instances after action', 'Output',
    ]);
    expect(tableRows(trace)).toEqual([
      ['1', '10', 'False', 'False (instances=1)', 'No scaling', '1', 'Load: 10, Instances: 1'],
      ['2', '50', 'False', 'False', 'No scaling', '1', 'Load: 50, Instances: 1'],
      ['3', '120', 'True', 'False', 'Scale up by 1', '2', 'Load: 120, Instances: 2'],
      ['4', '80', 'False', 'False', 'No scaling', '2', 'Load: 80, Instances: 2'],
      ['5', '30', 'False', 'False', 'No scaling', '2', 'Load: 30, Instances: 2'],
      ['6', '5', 'False', 'True (instances=2)', 'Scale down by 1', '1', 'Load: 5, Instances: 1'],
    ]);
  });

  it('reproduces the status tracker', () => {
    expect(trackerColumns(trace)).toEqual(['Start', 'After 1', 'After 2', 'After 3', 'After 4', 'After 5', 'After 6', 'Final']);
    expect(trackerRows(trace)).toEqual([
      { variable: 'instances', cells: ['1', '1', '1', '2', '2', '2', '1', '1'] },
      { variable: 'load', cells: ['-', '10', '50', '120', '80', '30', '5', '-'] },
    ]);
  });

  it('finds the lesson\'s three key moments, in its words', () => {
    expect(keyMoments(trace)).toEqual([
      { kind: 'held_at_min', step: 1, question: 'Why doesn\'t the number of instances decrease when load is 10 at step 1?',
        answer: 'Because instances start at 1 and the condition to scale down requires instances > 1. At step 1, instances = 1, so no scale down happens (see execution_table row 1).' },
      { kind: 'scaled_up', step: 3, question: 'Why do instances increase at step 3 when load is 120?',
        answer: 'Load 120 is greater than the upper threshold 100, so the system scales up by adding one instance (see execution_table row 3).' },
      { kind: 'scaled_down', step: 6, question: 'Why does the system scale down at step 6?',
        answer: 'Load 5 is less than 20 and instances are currently 2, so the system removes one instance (see execution_table row 6).' },
    ]);
  });

  it('shows the lesson\'s loop as the lesson writes it', () => {
    expect(codeListing(LESSON_CONFIG, LESSON_LOADS)).toEqual([
      'requests = [10, 50, 120, 80, 30, 5]',
      'instances = 1',
      'for load in requests:',
      '    if load > 100:',
      '        instances += 1',
      '    elif load < 20 and instances > 1:',
      '        instances -= 1',
      '    print(f"Load: {load}, Instances: {instances}")',
    ]);
  });

  it('headers follow the config', () => {
    expect(tableColumns({ ...LESSON_CONFIG, upper_threshold: 150 })[2]).toBe('Condition: load > 150');
  });
});
