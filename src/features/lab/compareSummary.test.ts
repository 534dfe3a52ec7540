import { describe, expect, it } from 'vitest';
import type { TimeSummary } from '../../engine/time/types';
import { compareRows, formatCompareValue } from './compareSummary';

const summary = (patch: Partial<TimeSummary>): TimeSummary => ({
  arrivals: 1000, served: 1000, dropped: 0, failed: 0, queue_end: 0, p95_ms: 120, slo_violation_s: 0,
  instance_seconds: 3600, cost: 1, scale_events: 4, ...patch,
});

describe('compareRows', () => {
  it('marks the lowest value of each column as best, ties shared', () => {
    const rows = compareRows([
      { name: 'A', seconds: 3600, summary: summary({ slo_violation_s: 30, cost: 2, dropped: 5 }) },
      { name: 'B', seconds: 3600, summary: summary({ slo_violation_s: 10, cost: 3, dropped: 5, failed: 2 }) },
      { name: 'C', seconds: 3600, summary: summary({ slo_violation_s: 10, cost: 4, dropped: 9, p95_ms: 90 }) },
    ]);
    expect([...rows[0]!.best].sort()).toEqual(['cost', 'dropped', 'failed', 'scale_events_per_hour']);
    expect([...rows[1]!.best].sort()).toEqual(['dropped', 'scale_events_per_hour', 'slo_violation_s']);
    expect([...rows[2]!.best].sort()).toEqual(['failed', 'p95_ms', 'scale_events_per_hour', 'slo_violation_s']);
  });

  it('gives the star to every policy when all tie (as the note says, ties share it), and none to a lone policy', () => {
    const same = compareRows([{ name: 'A', seconds: 60, summary: summary({ p95_ms: 35_100 }) }, { name: 'B', seconds: 60, summary: summary({ p95_ms: 35_100 }) }]);
    expect(same.every((row) => row.best.has('p95_ms') && row.best.size === 6)).toBe(true);
    expect(compareRows([{ name: 'A', seconds: 60, summary: summary({ cost: 0 }) }])[0]!.best.size).toBe(0);
  });

  it('never calls a missing p95 best, and counts scale events per hour of the run', () => {
    const rows = compareRows([
      { name: 'A', seconds: 1800, summary: summary({ p95_ms: null, scale_events: 3 }) },
      { name: 'B', seconds: 1800, summary: summary({ p95_ms: 400, scale_events: 1 }) },
    ]);
    expect(rows[0]!.values.scale_events_per_hour).toBe(6);
    expect(rows[0]!.best.has('p95_ms')).toBe(false);
    expect(rows[1]!.best.has('p95_ms')).toBe(true);
    expect(formatCompareValue('p95_ms', null)).toBe('—');
    expect(formatCompareValue('cost', 1.5)).toBe('1.50');
  });
});
