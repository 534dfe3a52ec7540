/**
 * A request trace from a CSV file (`--trace FILE.csv`): one request a line, either `seconds,prompt_tokens,output_tokens`
 * (a header line allowed, times non-decreasing from 0 or later) or the Azure schema as published,
 * `TIMESTAMP,ContextTokens,GeneratedTokens` (`YYYY-MM-DD HH:MM:SS.fffffff`, times relative to the first request).
 * papaparse splits the fields; every problem is reported at `file:line`, never thrown.
 */
import Papa from 'papaparse';
import { formatNumber } from '../../format';
import type { Result, ValidationError } from '../../lesson/validate';
import { MAX_SECONDS } from '../platform';
import type { RequestList } from '../types';

const MAX_REPORTED = 20;
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const STAMP = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2}(?:\.\d+)?)$/;
const EXAMPLE = 'each line is "seconds,prompt_tokens,output_tokens", e.g. 0.25,1020,129 (or the Azure trace\'s TIMESTAMP,ContextTokens,GeneratedTokens)';
/** Most tokens one request may carry. */
const MAX_TOKENS = 1_000_000;

/** Milliseconds since the epoch of an Azure timestamp (read as UTC), or NaN. */
function stampMs(text: string): number {
  const m = STAMP.exec(text);
  if (m === null) return NaN;
  const seconds = Number(m[6]);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), 0) + seconds * 1000;
}

/** Parses a request trace; `file` names the source in error paths (`file:line`). */
export function parseRequestCsv(text: string, file = 'trace.csv'): Result<RequestList> {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const parsed = Papa.parse<string[]>(normalized, { delimiter: ',', newline: '\n', skipEmptyLines: false });
  const errors: ValidationError[] = [];
  const push = (line: number, message: string, hint: string) => { if (errors.length < MAX_REPORTED) errors.push({ path: `${file}:${line}`, message, hint }); };
  for (const error of parsed.errors) {
    if (error.code === 'UndetectableDelimiter') continue;
    push((error.row ?? 0) + 1, `cannot read this line: ${error.message}`, `check its quotes; ${EXAMPLE}`);
  }
  const at: number[] = [];
  const prompt: number[] = [];
  const output: number[] = [];
  let seenData = false;
  let previous = -Infinity;
  let origin = NaN;
  parsed.data.forEach((row, index) => {
    const line = index + 1;
    const fields = row.map((field) => field.trim());
    if (fields.every((field) => field === '')) return;
    const firstLine = !seenData;
    seenData = true;
    if (firstLine && !fields.some((field) => DECIMAL.test(field))) return; // the header
    if (fields.length !== 3) { push(line, `expected 3 values (time, prompt tokens, output tokens), found ${fields.length}`, EXAMPLE); return; }
    const [timeText, promptText, outputText] = fields as [string, string, string];
    let time: number;
    if (DECIMAL.test(timeText)) time = Number(timeText);
    else {
      const ms = stampMs(timeText);
      if (Number.isNaN(ms)) { push(line, `"${timeText}" is neither seconds nor a timestamp`, `write seconds, e.g. 12.5, or YYYY-MM-DD HH:MM:SS.fff; ${EXAMPLE}`); return; }
      if (Number.isNaN(origin)) origin = ms;
      time = (ms - origin) / 1000;
    }
    let ok = true;
    for (const [name, value] of [['prompt tokens', promptText], ['output tokens', outputText]] as const) {
      const n = Number(value);
      if (!DECIMAL.test(value)) { push(line, `${name} "${value}" is not a number`, EXAMPLE); ok = false; }
      else if (!Number.isInteger(n) || n < 1 || n > MAX_TOKENS) { push(line, `${name} must be a whole number from 1 to ${formatNumber(MAX_TOKENS)}, got ${value}`, 'a request has at least one prompt and one output token'); ok = false; }
    }
    if (time < 0) { push(line, `time ${formatNumber(time)} is negative`, 'times count seconds from 0'); ok = false; }
    else if (time < previous) { push(line, `time ${formatNumber(time)} comes before the previous line's ${formatNumber(previous)}`, 'times must not decrease; sort the file by time'); ok = false; }
    else if (time > MAX_SECONDS) { push(line, `time ${formatNumber(time)} is beyond seven days`, 'the Lab runs at most seven days; cut the file there'); ok = false; }
    if (!ok) return;
    previous = time;
    at.push(time);
    prompt.push(Number(promptText));
    output.push(Number(outputText));
  });
  if (errors.length === 0 && at.length === 0) errors.push({ path: `${file}:1`, message: 'the file has no requests', hint: EXAMPLE });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { at: Float64Array.from(at), prompt: Int32Array.from(prompt), output: Int32Array.from(output) } };
}
