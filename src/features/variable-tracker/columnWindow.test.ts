import { describe, expect, it } from 'vitest';
import { hiddenColumnCount, trackerColumnWindow, type TrackerSlot } from './columnWindow';

const columns = (slots: readonly TrackerSlot[]) => slots.flatMap((slot) => (slot.kind === 'column' ? [slot.column] : []));

describe('trackerColumnWindow', () => {
  it('shows every column of the lesson (Start, After 1..6, Final)', () => {
    const slots = trackerColumnWindow(8, 3);
    expect(columns(slots)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(hiddenColumnCount(slots)).toBe(0);
  });

  it('shows Start, k-10..k+10 and Final for a long trace, with a gap each side', () => {
    const slots = trackerColumnWindow(10_002, 5_000);
    expect(slots[0]).toEqual({ kind: 'column', column: 0 });
    expect(slots[1]).toEqual({ kind: 'gap', from: 1, to: 4_989 });
    expect(columns(slots)).toEqual([0, ...Array.from({ length: 21 }, (_, i) => 4_990 + i), 10_001]);
    expect(slots.at(-2)).toEqual({ kind: 'gap', from: 5_011, to: 10_000 });
    expect(hiddenColumnCount(slots)).toBe(10_002 - 23);
  });

  it('keeps the window the same width at either end, with no empty gaps', () => {
    const atStart = trackerColumnWindow(10_002, 0);
    expect(columns(atStart)).toEqual([0, ...Array.from({ length: 21 }, (_, i) => 1 + i), 10_001]);
    expect(atStart.filter((slot) => slot.kind === 'gap')).toHaveLength(1);
    const atEnd = trackerColumnWindow(10_002, 10_001);
    expect(columns(atEnd)).toEqual([0, ...Array.from({ length: 21 }, (_, i) => 9_980 + i), 10_001]);
    expect(atEnd.filter((slot) => slot.kind === 'gap')).toHaveLength(1);
  });

  it('always contains the current column', () => {
    for (const current of [0, 1, 11, 12, 500, 9_990, 10_000, 10_001]) {
      expect(columns(trackerColumnWindow(10_002, current))).toContain(current);
    }
  });
});
