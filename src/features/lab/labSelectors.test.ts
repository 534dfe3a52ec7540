import { describe, expect, it } from 'vitest';
import type { TimeTrace } from '../../engine/time/types';
import { aroundCursor, bucketMax, bucketStarts, firstScaleOut, neighbours, selectChangeSeconds, selectDecisionSeconds } from './labSelectors';

/** Only the columns the selectors read; the rest of a trace is not needed for them. */
function traceOf(decided: number[], desired: number[]): TimeTrace {
  return { seconds: decided.length, decided: Uint8Array.from(decided), desired: Int32Array.from(desired) } as unknown as TimeTrace;
}

describe('Lab selectors', () => {
  const trace = traceOf([0, 1, 0, 1, 0, 1, 0, 1], [1, 1, 1, 3, 3, 3, 3, 2]);

  it('lists decision seconds and the ones that changed the count, the same array per trace', () => {
    expect(Array.from(selectDecisionSeconds(trace))).toEqual([1, 3, 5, 7]);
    expect(Array.from(selectChangeSeconds(trace))).toEqual([3, 7]);
    expect(selectDecisionSeconds(trace)).toBe(selectDecisionSeconds(trace));
  });

  it('finds the decisions around a cursor and the neighbours of a second', () => {
    const seconds = selectDecisionSeconds(trace);
    expect(aroundCursor(seconds, 4, 1, 2)).toEqual({ seconds: [3, 5, 7], current: 3 });
    expect(aroundCursor(seconds, 0, 2, 1)).toEqual({ seconds: [1], current: null });
    expect(neighbours(seconds, 3)).toEqual({ previous: 1, next: 5 });
    expect(neighbours(seconds, 4)).toEqual({ previous: 3, next: 5 });
    expect(neighbours(seconds, 7)).toEqual({ previous: 5, next: null });
  });

  it('buckets a day into at most 600 spans keeping each span\'s peak, NaN as a gap', () => {
    const starts = bucketStarts(86_400, 600);
    expect(starts.length).toBe(600);
    expect(starts[1]).toBe(144);
    const column = new Float64Array(86_400);
    column[150] = 42;
    expect(bucketMax(column, starts, 86_400)[1]).toBe(42);
    const short = bucketStarts(4, 600);
    expect(Array.from(short)).toEqual([0, 1, 2, 3]);
    expect(bucketMax(Float32Array.from([Number.NaN, 2, Number.NaN, 5]), short, 4)).toEqual([null, 2, null, 5]);
  });

  it('finds the first scale-out and the second its replica became ready', () => {
    const run = { seconds: 6, desired: Int32Array.from([1, 1, 2, 2, 2, 2]), ready: Int32Array.from([1, 1, 1, 1, 2, 2]) } as unknown as TimeTrace;
    expect(firstScaleOut(run)).toEqual({ asked: 2, ready: 4 });
    const never = { seconds: 3, desired: Int32Array.from([1, 2, 2]), ready: Int32Array.from([1, 1, 1]) } as unknown as TimeTrace;
    expect(firstScaleOut(never)).toEqual({ asked: 1, ready: null });
    expect(firstScaleOut({ seconds: 2, desired: Int32Array.from([1, 1]), ready: Int32Array.from([1, 1]) } as unknown as TimeTrace)).toBeNull();
  });
});
