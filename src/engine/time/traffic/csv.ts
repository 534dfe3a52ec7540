/**
 * Traffic from a CSV file: `seconds,requests_per_second`, one point a line, a header line allowed, times strictly
 * increasing from 0, each rate holding until the next line's time. papaparse splits the fields (quotes, BOM, CRLF);
 * every problem is reported at `file:line` with what is wrong and what to do, never thrown.
 */
import Papa from 'papaparse';
import { formatNumber } from '../../format';
import type { Result, ValidationError } from '../../lesson/validate';
import { MAX_SECONDS } from '../platform';
import type { TrafficProfile } from '../types';

/** Most errors one file reports, so a long bad file stays readable. */
const MAX_REPORTED = 20;
/** Largest rate accepted, requests per second. */
export const MAX_RPS = 10_000_000;

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const EXAMPLE = 'each line is "seconds,requests_per_second", e.g. 60,25';

/** Largest CSV text the Lab reads (a week at one point a second is about 8 MB). */
export const MAX_CSV_BYTES = 16 * 1024 * 1024;

/**
 * Parses a traffic CSV into a profile; `file` names the source in error paths (`file:line`). Points past seven days
 * are refused, or with `cutAtMaxSeconds` left out (the run can cover seven days at most).
 */
export function parseTrafficCsv(text: string, file = 'traffic.csv', options: { readonly cutAtMaxSeconds?: boolean } = {}): Result<TrafficProfile> {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const parsed = Papa.parse<string[]>(normalized, { delimiter: ',', newline: '\n', skipEmptyLines: false });
  const errors: ValidationError[] = [];
  const points: { t: number; rps: number }[] = [];
  const at = (line: number) => `${file}:${line}`;
  const push = (line: number, message: string, hint: string) => { if (errors.length < MAX_REPORTED) errors.push({ path: at(line), message, hint }); };

  for (const error of parsed.errors) {
    if (error.code === 'UndetectableDelimiter') continue;
    push((error.row ?? 0) + 1, `cannot read this line: ${error.message}`, 'check its quotes; ' + EXAMPLE);
  }

  let seenData = false;
  let previous = -1;
  parsed.data.forEach((row, index) => {
    const line = index + 1;
    const fields = row.map((field) => field.trim());
    if (fields.every((field) => field === '')) return;
    const numeric = fields.map((field) => DECIMAL.test(field));
    const firstLine = !seenData;
    seenData = true;
    if (firstLine && !numeric.some(Boolean)) return; // the header
    if (fields.length !== 2) {
      push(line, `expected 2 values (seconds, requests per second), found ${fields.length}`, EXAMPLE);
      return;
    }
    const [timeText, rateText] = fields as [string, string];
    if (!numeric[0] || !numeric[1]) {
      const bad = !numeric[0] ? timeText : rateText;
      push(line, `"${bad}" is not a number`, `write plain numbers; ${EXAMPLE}`);
      return;
    }
    const t = Number(timeText);
    const rps = Number(rateText);
    if (options.cutAtMaxSeconds && t > MAX_SECONDS && t > previous) { previous = t; return; }
    let ok = true;
    if (t < 0) { push(line, `time ${formatNumber(t)} is negative`, 'times count seconds from 0'); ok = false; }
    else if (previous < 0 && t !== 0) { push(line, `the first time is ${formatNumber(t)}, not 0`, 'start the profile at 0 seconds, e.g. 0,10'); ok = false; }
    else if (t <= previous) { push(line, `time ${formatNumber(t)} is not after the previous line's ${formatNumber(previous)}`, 'times must increase strictly from line to line; sort the file or remove the duplicate'); ok = false; }
    else if (t > MAX_SECONDS) { push(line, `time ${formatNumber(t)} is beyond seven days (${formatNumber(MAX_SECONDS)} s)`, 'the Lab runs at most seven days; cut the file there'); ok = false; }
    if (rps < 0) { push(line, `rate ${formatNumber(rps)} is negative`, 'a rate is 0 or more requests per second'); ok = false; }
    else if (rps > MAX_RPS) { push(line, `rate ${formatNumber(rps)} is too large; the most is ${formatNumber(MAX_RPS)}`, 'use requests per second, not per day'); ok = false; }
    if (!ok) { if (t > previous && t >= 0) previous = t; return; }
    previous = t;
    points.push({ t, rps });
  });

  if (errors.length === 0 && points.length === 0) {
    errors.push({ path: at(1), message: 'the file has no data lines', hint: 'add at least one line, e.g. 0,10' });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { points } };
}
