/** Text renderings of a trace for the command line; the formats live in the engine (traceFormat.ts), shared with the app's export. */
import type { ValidationError } from '../engine';

export {
  csvField, formatCsv, formatMarkdownTable, formatPlainTable, renderTrace, traceToJson,
  type TraceJson, type TraceJsonCondition, type TraceJsonRow,
} from '../engine/lesson/traceFormat';

/** One stderr line per problem: `path: message (hint)`; a problem with the whole document is named by `root`. */
export function formatErrors(errors: readonly ValidationError[], root: string): string {
  return errors.map(({ path, message, hint }) => `${path || root}: ${message}${hint ? ` (${hint})` : ''}\n`).join('');
}
