import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitRows, PX_PER_POINT, type ChartRow } from './chartData';

const rowsOf = (values: readonly (number | null)[]): ChartRow[] => values.map((v, t) => ({ t, a: v }));

describe('fitRows', () => {
  it('hands a chart at most one point per two pixels of its plot, keeping every peak and the first second', () => {
    fc.assert(fc.property(
      fc.array(fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: null }), { minLength: 1, maxLength: 700 }),
      fc.integer({ min: 0, max: 1200 }),
      (values, width) => {
        const fitted = fitRows(rowsOf(values), width);
        expect(fitted.length).toBeLessThanOrEqual(Math.max(1, Math.floor(width / PX_PER_POINT)));
        expect(fitted[0]!.t).toBe(0);
        const present = values.filter((v): v is number => v !== null);
        const drawn = fitted.map((row) => row.a).filter((v): v is number => v !== null && v !== undefined);
        if (present.length > 0) expect(Math.max(...drawn)).toBe(Math.max(...present));
        else expect(drawn).toEqual([]);
        const ts = fitted.map((row) => row.t as number);
        expect(ts).toEqual([...ts].sort((x, y) => x - y));
      }));
  });

  it('keeps a one-second spike in a week of 600 spans drawn 480 pixels wide, and leaves few rows alone', () => {
    const values = Array.from({ length: 600 }, (_, i) => (i === 333 ? 90 : 1));
    const fitted = fitRows(rowsOf(values), 480);
    expect(fitted).toHaveLength(480 / PX_PER_POINT);
    expect(fitted.filter((row) => row.a === 90)).toHaveLength(1);
    const few = rowsOf([1, 2, 3]);
    expect(fitRows(few, 480)).toBe(few);
  });
});

describe('labChartData: the demand chart', () => {
  it('sets the arrivals against ready capacity for the web server, and against the requests finished for the LLM replica', async () => {
    const { simulateTime, DEFAULT_PLATFORM, scenarioProfile, POLICY_MODELS } = await import('../../engine/lab');
    const { DEFAULT_LLM_SETTINGS } = await import('../../engine/time/replicas/profiles');
    const { labChartData, demandComparison } = await import('./chartData');
    const policies = [{ name: 'hpa', config: POLICY_MODELS.hpa!.defaults }];
    const base = { traffic: scenarioProfile('spike', 600), seconds: 600, seed: 1, arrivals: 'poisson' as const, platform: DEFAULT_PLATFORM, policies };
    const web = simulateTime(base);
    const llm = simulateTime({ ...base, replica: { kind: 'llm', llm: DEFAULT_LLM_SETTINGS } });
    expect(demandComparison(web)).toBe('capacity');
    expect(demandComparison(llm)).toBe('finished');
    const capacity = DEFAULT_PLATFORM.capacity;
    const webRows = labChartData(web, 0, capacity).demand;
    expect(webRows[0]!.p0).toBe(web[0]!.ready[0]! * capacity);
    const llmRows = labChartData(llm, 0, capacity).demand;
    // each drawn point is its span's peak: the peak of the requests finished over the seconds it covers
    const span = llmRows.length > 1 ? (llmRows[1]!.t as number) : 600;
    const finished = Array.from(llm[0]!.served.subarray(0, span));
    expect(llmRows[0]!.p0).toBe(Math.max(...finished));
    // and it is not the web server's ready x capacity, which an LLM replica does not have
    expect(llmRows.some((row) => row.p0 !== (llm[0]!.ready[row.t as number] ?? 0) * capacity)).toBe(true);
  });
});
