/**
 * Hints are the lesson's words, kept as written; where one sends learners to the variable tracker for something the
 * tracker does not hold (a condition is a column of the execution table), the app adds a note saying where it is.
 */
import { tableColumns, trackerVariables, type ScalingConfig } from '../engine';

const TRACKER = /variable_tracker|variable tracker/;

const listed = (names: readonly string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);

/** The app's note for a hint, or undefined when the hint points where what it names is. */
export function hintNote(hint: string, config: ScalingConfig): string | undefined {
  if (!TRACKER.test(hint)) return undefined;
  const variables = trackerVariables(config);
  const columns = tableColumns(config);
  const misplaced = [...hint.matchAll(/'([^']+)'/g)].map((match) => match[1]!)
    .filter((name) => !variables.includes(name) && columns.includes(name));
  if (misplaced.length === 0) return undefined;
  const names = misplaced.map((name) => `'${name}'`).join(' and ');
  return `${names} ${misplaced.length === 1 ? 'is a column' : 'are columns'} of the execution table; the variable tracker holds ${listed(variables)}.`;
}
