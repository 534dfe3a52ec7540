import { describe, expect, it } from 'vitest';
import { parseTrafficCsv } from './csv';

const errorsOf = (text: string) => {
  const result = parseTrafficCsv(text, 'load.csv');
  return result.ok ? [] : result.errors;
};

describe('parseTrafficCsv', () => {
  it('reads points with or without a header, CRLF, a BOM and blank lines', () => {
    const result = parseTrafficCsv('\uFEFFseconds,requests_per_second\r\n0,10\r\n\r\n60, 25.5\r\n120,0\r\n', 'x.csv');
    expect(result).toEqual({ ok: true, value: { points: [{ t: 0, rps: 10 }, { t: 60, rps: 25.5 }, { t: 120, rps: 0 }] } });
    expect(parseTrafficCsv('0,3\n5,4').ok).toBe(true);
  });

  it('names the file and line of each problem, with what to do', () => {
    const errors = errorsOf('seconds,rps\n0,10\n60,-1\n50,3\n70\n80,abc\n');
    expect(errors.map((e) => e.path)).toEqual(['load.csv:3', 'load.csv:4', 'load.csv:5', 'load.csv:6']);
    expect(errors[0]!.message).toMatch(/negative/);
    expect(errors[1]!.message).toMatch(/not after the previous line's 60/);
    expect(errors[2]!.message).toMatch(/expected 2 values/);
    expect(errors[3]!.message).toMatch(/"abc" is not a number/);
    expect(errors.every((e) => e.hint.length > 0)).toBe(true);
  });

  it('refuses a profile that does not start at 0, an empty file, and times beyond seven days', () => {
    expect(errorsOf('5,10\n')[0]).toMatchObject({ path: 'load.csv:1', message: expect.stringMatching(/not 0/) });
    expect(errorsOf('seconds,rps\n')[0]).toMatchObject({ path: 'load.csv:1', message: expect.stringMatching(/no data/) });
    expect(errorsOf('0,1\n700000,2\n')[0]).toMatchObject({ path: 'load.csv:2', message: expect.stringMatching(/seven days/) });
  });

  it('cuts a profile at seven days when asked, instead of refusing it', () => {
    const csv = '0,10\n600000,20\n604800,30\n700000,40\n800000,50\n';
    expect(parseTrafficCsv(csv).ok).toBe(false);
    const cut = parseTrafficCsv(csv, 'week.csv', { cutAtMaxSeconds: true });
    expect(cut.ok && cut.value.points).toEqual([{ t: 0, rps: 10 }, { t: 600000, rps: 20 }, { t: 604800, rps: 30 }]);
    expect(parseTrafficCsv('0,10\n700000,x\n', 'bad.csv', { cutAtMaxSeconds: true }).ok).toBe(false);
  });

  it('a header is only allowed on the first line', () => {
    expect(errorsOf('0,1\nseconds,rps\n')[0]).toMatchObject({ path: 'load.csv:2' });
  });

  it('a repeated time is refused as not increasing', () => {
    expect(errorsOf('0,1\n0,2\n')[0]).toMatchObject({ path: 'load.csv:2', message: expect.stringMatching(/not after/) });
  });
});
