import { describe, expect, it } from 'vitest';
import { LESSON_CONFIG, LESSON_LOADS, TARGET_TRACKING_DEFAULTS, simulate } from '../engine';
import { csvField, formatCsv, formatErrors, formatMarkdownTable, formatPlainTable, renderTrace, traceToJson } from './format';

const lesson = simulate({ config: LESSON_CONFIG, loads: LESSON_LOADS });

/** The lesson's process table as Markdown, exactly as `npm run trace -- --format md` prints it. */
const LESSON_MARKDOWN = [
  '| Step | Load (requests) | Condition: load > 100 | Condition: load < 20 and instances > 1 | Action          | Instances after action | Output                  |',
  '| ---- | --------------- | --------------------- | -------------------------------------- | --------------- | ---------------------- | ----------------------- |',
  '| 1    | 10              | False                 | False (instances=1)                    | No scaling      | 1                      | Load: 10, Instances: 1  |',
  '| 2    | 50              | False                 | False                                  | No scaling      | 1                      | Load: 50, Instances: 1  |',
  '| 3    | 120             | True                  | False                                  | Scale up by 1   | 2                      | Load: 120, Instances: 2 |',
  '| 4    | 80              | False                 | False                                  | No scaling      | 2                      | Load: 80, Instances: 2  |',
  '| 5    | 30              | False                 | False                                  | No scaling      | 2                      | Load: 30, Instances: 2  |',
  '| 6    | 5               | False                 | True (instances=2)                     | Scale down by 1 | 1                      | Load: 5, Instances: 1   |',
  '',
].join('\n');

describe('formatPlainTable', () => {
  it('aligns columns two spaces apart under a rule, without trailing spaces', () => {
    expect(formatPlainTable(['a', 'long header'], [['wide cell', 'x'], ['b', '']])).toBe(
      'a          long header\n---------  -----------\nwide cell  x\nb\n',
    );
  });

  it('prints the lesson table with every header and row', () => {
    const lines = renderTrace(lesson, 'table').trimEnd().split('\n');
    expect(lines).toHaveLength(8);
    expect(lines[0]).toMatch(/^Step {2}Load \(requests\) {2}Condition: load > 100 {2}Condition: load < 20 and instances > 1 {2}Action/);
    expect(lines[2]).toMatch(/^1 +10 +False +False \(instances=1\) +No scaling +1 +Load: 10, Instances: 1$/);
    expect(lines[7]).toMatch(/^6 +5 +False +True \(instances=2\) +Scale down by 1 +1 +Load: 5, Instances: 1$/);
  });
});

describe('formatMarkdownTable', () => {
  it('prints the lesson\'s process table', () => {
    expect(renderTrace(lesson, 'md')).toBe(LESSON_MARKDOWN);
  });

  it('escapes pipes and backslashes and flattens line breaks', () => {
    expect(formatMarkdownTable(['a|b'], [['c\\d'], ['e\nf']])).toBe('| a\\|b |\n| ---- |\n| c\\\\d |\n| e f  |\n');
  });

  it('keeps separator rules at least three dashes wide', () => {
    expect(formatMarkdownTable(['a'], [])).toBe('| a   |\n| --- |\n');
  });
});

describe('formatCsv', () => {
  it('quotes only the fields that need it', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('Load: 10, Instances: 1')).toBe('"Load: 10, Instances: 1"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField('')).toBe('');
  });

  it('prints the lesson table, one record per line', () => {
    expect(renderTrace(lesson, 'csv')).toBe([
      'Step,Load (requests),Condition: load > 100,Condition: load < 20 and instances > 1,Action,Instances after action,Output',
      '1,10,False,False (instances=1),No scaling,1,"Load: 10, Instances: 1"',
      '2,50,False,False,No scaling,1,"Load: 50, Instances: 1"',
      '3,120,True,False,Scale up by 1,2,"Load: 120, Instances: 2"',
      '4,80,False,False,No scaling,2,"Load: 80, Instances: 2"',
      '5,30,False,False,No scaling,2,"Load: 30, Instances: 2"',
      '6,5,False,True (instances=2),Scale down by 1,1,"Load: 5, Instances: 1"',
      '',
    ].join('\n'));
    expect(formatCsv(['a', 'b'], [['1', '"x", y']])).toBe('a,b\n1,"""x"", y"\n');
  });
});

describe('traceToJson', () => {
  it('gives rows in snake_case, the tracker and the final count', () => {
    const json = traceToJson(lesson);
    expect(json.rows).toHaveLength(6);
    expect(json.rows[2]).toEqual({
      step: 3, load: 120, instances_before: 1, instances_after: 2, action: 'scale_up', output: 'Load: 120, Instances: 2',
      branch: 'above_upper', reason: 'Load 120 is greater than the upper threshold 100, so the autoscaler adds one instance (1 → 2).',
      conditions: [{ label: 'load > 100', value: true, cell: 'True' }],
    });
    expect(json.rows[0]!.conditions).toEqual([
      { label: 'load > 100', value: false, cell: 'False' },
      { label: 'load < 20 and instances > 1', value: false, cell: 'False (instances=1)' },
    ]);
    expect(json.tracker).toEqual({
      columns: ['Start', 'After 1', 'After 2', 'After 3', 'After 4', 'After 5', 'After 6', 'Final'],
      rows: [
        { variable: 'instances', cells: ['1', '1', '1', '2', '2', '2', '1', '1'] },
        { variable: 'load', cells: ['-', '10', '50', '120', '80', '30', '5', '-'] },
      ],
    });
    expect(json.final_instances).toBe(1);
  });

  it('adds utilization and desired for target tracking', () => {
    const trace = simulate({ config: { ...TARGET_TRACKING_DEFAULTS, capacity_per_server: 50, target_utilization: 0.6 }, loads: [150, 30] });
    const json = traceToJson(trace);
    expect(json.rows[0]).toMatchObject({ utilization: 3, desired: 5, instances_after: 5, action: 'scale_up' });
    expect(json.rows[1]).toMatchObject({ utilization: 0.12, desired: 1, instances_after: 1, action: 'scale_down' });
    expect(json.final_instances).toBe(1);
  });

  it('renders as parseable, indented JSON', () => {
    const text = renderTrace(lesson, 'json');
    expect(JSON.parse(text)).toEqual(traceToJson(lesson));
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('formatErrors', () => {
  it('writes one "path: message (hint)" line per problem, naming root problems', () => {
    expect(formatErrors([
      { path: 'min_servers', message: 'min_servers (5) is greater than max_servers (2)', hint: 'they look swapped' },
      { path: '', message: 'The config is not valid JSON', hint: '' },
    ], 'config')).toBe('min_servers: min_servers (5) is greater than max_servers (2) (they look swapped)\nconfig: The config is not valid JSON\n');
  });
});
