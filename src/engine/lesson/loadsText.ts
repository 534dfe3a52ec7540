/**
 * Loads typed or pasted as text (the Load panel's list editor, the CLI's --loads). Apart from validate.ts, which the
 * first screen needs to check a config or a link, because only the list editor (a lazy chunk) and the CLI read text.
 */
import { describeValue, MAX_REPORTED, validateLoads, type Result, type ValidationError } from './validate';

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Parses a load list such as "10,50,120", "10 50 120" or a pasted spreadsheet column (one number a line). Only decimal numbers count ("0x10", "abc" and
 * empty entries are errors at their index); the numbers then go through validateLoads.
 */
export function parseLoadsText(text: string): Result<readonly number[]> {
  const errors: ValidationError[] = [];
  // the lesson writes its loads as a Python list: "[10, 50, 120, 80, 30, 5]"; a trailing separator is fine too
  const body = text.trim().replace(/^\[/, '').replace(/\]$/, '').trim().replace(/[,;]\s*$/, '');
  const values = body.split(/\s*[,;\n]\s*|\s+/).map((raw, i) => {
    const part = raw.trim();
    if (DECIMAL.test(part)) return Number(part);
    if (errors.length < MAX_REPORTED) {
      errors.push({
        path: `loads[${i}]`,
        message: part === '' ? `loads[${i}] is empty` : `loads[${i}] is not a number: ${describeValue(part)}`,
        hint: 'write plain numbers separated by commas, spaces or new lines, e.g. 10,50,120',
      });
    }
    return 0;
  });
  const checked = validateLoads(values);
  if (errors.length === 0 && checked.ok) return checked;
  const indexOf = (error: ValidationError) => Number(/\[(\d+)\]/.exec(error.path)?.[1] ?? -1);
  const all = [...errors, ...(checked.ok ? [] : checked.errors)].sort((a, b) => indexOf(a) - indexOf(b));
  return { ok: false, errors: all.slice(0, MAX_REPORTED).map(countingFromOne) };
}

/** Messages about a typed list count steps from 1, as the table and the sliders do ("Step 3", not "loads[2]"). */
function countingFromOne(error: ValidationError): ValidationError {
  const message = error.message.replace(/^loads\[(\d+)\]/, (_, index: string) => `Step ${Number(index) + 1}`);
  return { ...error, message };
}
