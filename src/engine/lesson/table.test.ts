import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deviationCell } from './step';
import { LESSON_CONFIG, TARGET_TRACKING_DEFAULTS, type TargetTrackingConfig } from './config';
import { simulate } from './simulate';
import { tableColumns, tableRow, tableRows, trackerCell, trackerColumns, trackerRows, trackerVariables } from './table';

const TRACKING: TargetTrackingConfig = {
  ...TARGET_TRACKING_DEFAULTS, min_servers: 2, max_servers: 6, initial_servers: 2,
  target_utilization: 0.6, capacity_per_server: 50, tolerance: 0.1,
};
const trace = simulate({ config: TRACKING, loads: [60, 150, 1000, 160, 170, 0] });

describe('the process table for target tracking', () => {
  it('has a utilization, condition and desired column', () => {
    expect(tableColumns(TRACKING)).toEqual([
      'Step', 'Load (requests)', 'Utilization', 'Condition: |utilization / 0.6 - 1| > 0.1',
      'Desired', 'Action', 'Instances after action', 'Output',
    ]);
  });

  it('has one row per step, cell for cell', () => {
    expect(tableRows(trace)).toEqual([
      ['1', '60', '60 %', 'False (0 ≤ 0.1)', '-', 'No scaling', '2', 'Load: 60, Instances: 2'],
      ['2', '150', '150 %', 'True (1.5 > 0.1)', '5', 'Scale up by 3', '5', 'Load: 150, Instances: 5'],
      ['3', '1000', '400 %', 'True (5.67 > 0.1)', '34', 'Scale up by 1', '6', 'Load: 1000, Instances: 6'],
      ['4', '160', '53.3 %', 'True (0.11 > 0.1)', '6', 'No scaling: desired 6 is already running', '6', 'Load: 160, Instances: 6'],
      ['5', '170', '56.7 %', 'False (0.06 ≤ 0.1)', '-', 'No scaling', '6', 'Load: 170, Instances: 6'],
      ['6', '0', '0 %', 'True (1 > 0.1)', '0', 'Scale down by 4', '2', 'Load: 0, Instances: 2'],
    ]);
  });

  it('rows have as many cells as there are columns', () => {
    for (let i = 0; i < trace.length; i++) expect(tableRow(trace, i)).toHaveLength(tableColumns(TRACKING).length);
  });
});

describe('the process table for the threshold policy beyond the lesson', () => {
  it('headers follow every threshold and the min', () => {
    expect(tableColumns({ ...LESSON_CONFIG, upper_threshold: 150, lower_threshold: 12.5, min_servers: 2 }).slice(2, 4))
      .toEqual(['Condition: load > 150', 'Condition: load < 12.5 and instances > 2']);
  });

  it('marks the at-max and at-min rows', () => {
    const rows = tableRows(simulate({ config: { ...LESSON_CONFIG, max_servers: 2 }, loads: [150, 150, 10, 10] }));
    expect(rows).toEqual([
      ['1', '150', 'True', 'False', 'Scale up by 1', '2', 'Load: 150, Instances: 2'],
      ['2', '150', 'True (at max 2)', 'False', 'No scaling', '2', 'Load: 150, Instances: 2'],
      ['3', '10', 'False', 'True (instances=2)', 'Scale down by 1', '1', 'Load: 10, Instances: 1'],
      ['4', '10', 'False', 'False (instances=1)', 'No scaling', '1', 'Load: 10, Instances: 1'],
    ]);
  });
});

describe('the variable tracker for target tracking', () => {
  it('tracks instances, load and utilization in a fixed order', () => {
    expect(trackerVariables(TRACKING)).toEqual(['instances', 'load', 'utilization']);
    expect(trackerVariables(LESSON_CONFIG)).toEqual(['instances', 'load']);
  });

  it('has Start, After 1..N and Final', () => {
    expect(trackerColumns(trace)).toEqual(['Start', 'After 1', 'After 2', 'After 3', 'After 4', 'After 5', 'After 6', 'Final']);
    expect(trackerRows(trace)).toEqual([
      { variable: 'instances', cells: ['2', '2', '5', '6', '6', '6', '2', '2'] },
      { variable: 'load', cells: ['-', '60', '150', '1000', '160', '170', '0', '-'] },
      { variable: 'utilization', cells: ['-', '60 %', '150 %', '400 %', '53.3 %', '56.7 %', '0 %', '-'] },
    ]);
  });

  it('shows a dash for unknown variables and for utilization under the threshold policy', () => {
    const lesson = simulate({ config: LESSON_CONFIG, loads: [10] });
    expect(trackerCell(lesson, 'utilization', 1)).toBe('-');
    expect(trackerCell(trace, 'nothing', 1)).toBe('-');
  });

  it('an empty trace has Start and Final only', () => {
    const empty = simulate({ config: TRACKING, loads: [] });
    expect(trackerColumns(empty)).toEqual(['Start', 'Final']);
    expect(trackerRows(empty)[0]).toEqual({ variable: 'instances', cells: ['2', '2'] });
  });
});

describe('target tracking when the formula asks for the count already running (tolerance 0)', () => {
  const config: TargetTrackingConfig = { ...TARGET_TRACKING_DEFAULTS, tolerance: 0, capacity_per_server: 50, target_utilization: 0.6 };
  const held = simulate({ config, loads: [10, 100] });

  it('says so in the action cell, beside the condition that held', () => {
    expect(tableRow(held, 0)).toEqual(['1', '10', '20 %', 'True (0.67 > 0)', '1', 'No scaling: desired 1 is already running', '1', 'Load: 10, Instances: 1']);
    expect(tableRow(held, 1)[5]).toBe('Scale up by 3');
    const capped = simulate({ config: { ...config, max_servers: 1 }, loads: [100] });
    expect(tableRow(capped, 0)[5]).toBe('No scaling: desired 4, clamped to 1, is already running');
  });
});

describe('the target-tracking condition cell shows the deviation it compares, not utilization', () => {
  it('reads "True (d > tolerance)" or "False (d ≤ tolerance)", and d agrees with the verdict for any load', () => {
    fc.assert(fc.property(
      fc.double({ min: 0, max: 1e5, noNaN: true }), fc.integer({ min: 1, max: 20 }),
      fc.constantFrom(0, 0.05, 0.1, 0.2), fc.double({ min: 0.1, max: 1, noNaN: true }),
      (load, instances, tolerance, target) => {
        const config: TargetTrackingConfig = { ...TRACKING, min_servers: 1, max_servers: 40, initial_servers: instances, tolerance, target_utilization: target };
        const cell = tableRow(simulate({ config, loads: [load] }), 0)[3]!;
        const match = /^(True|False) \(([\d.]+) (>|≤) ([\d.]+)\)$/.exec(cell);
        expect(match, cell).not.toBeNull();
        const [, verdict, shown, sign, tol] = match!;
        expect(Number(tol)).toBe(tolerance);
        expect(sign).toBe(verdict === 'True' ? '>' : '≤');
        // what is shown compares with the tolerance the way the verdict says (never "0.1 > 0.1")
        if (verdict === 'True') expect(Number(shown)).toBeGreaterThan(tolerance);
        else expect(Number(shown)).toBeLessThanOrEqual(tolerance);
        const utilization = load / (instances * config.capacity_per_server);
        expect(Math.abs(Number(shown) - Math.abs(utilization / target - 1))).toBeLessThanOrEqual(0.005 + 1e-9);
      }));
  });

  it('keeps more decimals only when two would look equal to the tolerance', () => {
    expect(deviationCell(0.1004, 0.1, true)).toBe('0.1004 > 0.1');
    expect(deviationCell(0.0996, 0.1, false)).toBe('0.0996 ≤ 0.1');
    expect(deviationCell(2 / 3, 0, true)).toBe('0.67 > 0');
  });
});
