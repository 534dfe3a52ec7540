/**
 * Text renderings of a trace: aligned table, Markdown, CSV and JSON. Pure functions, shared by the CLI (stdout)
 * and the app's export buttons (downloads), so a handout from either is the same text.
 */
import { finalInstances, type Action, type Branch, type Trace } from './simulate';
import { stepAt } from './step';
import { tableColumns, tableRows, trackerColumns, trackerRows, type TrackerRow } from './table';

export const TRACE_TEXT_FORMATS = ['table', 'md', 'csv', 'json'] as const;
export type TraceTextFormat = (typeof TRACE_TEXT_FORMATS)[number];

type Cells = readonly string[];

function columnWidths(columns: Cells, rows: readonly Cells[]): number[] {
  return columns.map((column, c) => rows.reduce((width, row) => Math.max(width, (row[c] ?? '').length), column.length));
}

/** An aligned plain-text table: header, a rule of dashes, then the rows; columns two spaces apart. */
export function formatPlainTable(columns: Cells, rows: readonly Cells[]): string {
  const widths = columnWidths(columns, rows);
  const line = (cells: Cells) => widths.map((width, c) => (cells[c] ?? '').padEnd(width)).join('  ').trimEnd();
  return [line(columns), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n') + '\n';
}

const escapeMarkdown = (cell: string) => cell.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** A GitHub-flavoured Markdown table, padded so it also reads well as plain text. */
export function formatMarkdownTable(columns: Cells, rows: readonly Cells[]): string {
  const escapedColumns = columns.map(escapeMarkdown);
  const escapedRows = rows.map((row) => row.map(escapeMarkdown));
  const widths = columnWidths(escapedColumns, escapedRows).map((width) => Math.max(width, 3));
  const line = (cells: Cells) => `| ${widths.map((width, c) => (cells[c] ?? '').padEnd(width)).join(' | ')} |`;
  const rule = `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`;
  return [line(escapedColumns), rule, ...escapedRows.map(line)].join('\n') + '\n';
}

/** One CSV field, quoted (RFC 4180) when it holds a comma, quote, line break or edge whitespace. */
export function csvField(cell: string): string {
  return /[",\r\n]|^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function formatCsv(columns: Cells, rows: readonly Cells[]): string {
  return [columns, ...rows].map((cells) => cells.map(csvField).join(',')).join('\n') + '\n';
}

export interface TraceJsonCondition {
  readonly label: string;
  readonly value: boolean;
  readonly cell: string;
}

export interface TraceJsonRow {
  readonly step: number;
  readonly load: number;
  readonly instances_before: number;
  readonly instances_after: number;
  readonly action: Action;
  readonly output: string;
  readonly branch: Branch;
  readonly reason: string;
  readonly conditions: readonly TraceJsonCondition[];
  /** target tracking only: load / (instances before x capacity_per_server) */
  readonly utilization?: number;
  /** target tracking only: the unclamped desired count, when it was computed */
  readonly desired?: number;
}

export interface TraceJson {
  readonly rows: readonly TraceJsonRow[];
  readonly tracker: { readonly columns: readonly string[]; readonly rows: readonly TrackerRow[] };
  readonly final_instances: number;
}

/** The trace as plain data in the lesson's snake_case vocabulary. */
export function traceToJson(trace: Trace): TraceJson {
  const rows = Array.from({ length: trace.length }, (_, i): TraceJsonRow => {
    const step = stepAt(trace, i);
    return {
      step: step.step, load: step.load, instances_before: step.instancesBefore, instances_after: step.instancesAfter,
      action: step.action, output: step.output, branch: step.branch, reason: step.reason,
      conditions: step.conditions.map(({ label, value, cell }) => ({ label, value, cell })),
      ...(step.utilization === undefined ? {} : { utilization: step.utilization }),
      ...(step.desired === undefined ? {} : { desired: step.desired }),
    };
  });
  return { rows, tracker: { columns: trackerColumns(trace), rows: trackerRows(trace) }, final_instances: finalInstances(trace) };
}

/** The whole stdout for a format, ending in a newline. */
export function renderTrace(trace: Trace, format: TraceTextFormat): string {
  switch (format) {
    case 'json': return `${JSON.stringify(traceToJson(trace), null, 2)}\n`;
    case 'md': return formatMarkdownTable(tableColumns(trace.config), tableRows(trace));
    case 'csv': return formatCsv(tableColumns(trace.config), tableRows(trace));
    case 'table': return formatPlainTable(tableColumns(trace.config), tableRows(trace));
  }
}

