/**
 * A policy's config as text, JSON or YAML, and back: parse with the kept `yaml` library (YAML 1.2 reads JSON too),
 * validate with the engine, and find where a validator's path (`behavior.scale_up.policies[0].value`) sits in the text.
 */
import { isMap, isSeq, LineCounter, parseDocument, stringify, type Node } from 'yaml';
import type { Result, ValidationError } from '../../engine/lesson/validate';
import type { LabPolicyConfig } from './labEngine';

export type TextFormat = 'json' | 'yaml';

export function configToText(config: LabPolicyConfig, format: TextFormat): string {
  return format === 'json' ? JSON.stringify(config, null, 2) : stringify(config);
}

/** Path segments: "a.b[2].c" -> ["a", "b", 2, "c"]. */
export function pathSegments(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const part of path.split('.')) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) { segments.push(part); continue; }
    if (match[1]) segments.push(match[1]);
    for (const index of match[2]!.matchAll(/\[(\d+)\]/g)) segments.push(Number(index[1]));
  }
  return segments;
}

/** The text as a plain value, or the syntax problem at its line. */
export function parseConfigText(text: string): Result<unknown> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const { line, col } = lineCounter.linePos(first.pos[0]);
    return { ok: false, errors: [{ path: `line ${line}:${col}`, message: first.message.split('\n')[0] ?? 'cannot read the text', hint: 'check the indentation, quotes, commas and brackets' }] };
  }
  return { ok: true, value: doc.toJS() as unknown };
}

export interface TextRange { readonly line: number; readonly column: number; readonly endLine: number; readonly endColumn: number }

/** Where a validator's path points in the text: the deepest node of the path that exists (the whole first line if none). */
export function locatePath(text: string, error: ValidationError): TextRange {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, keepSourceTokens: false });
  const lineMatch = /^line (\d+):(\d+)$/.exec(error.path);
  if (lineMatch) {
    const line = Number(lineMatch[1]);
    return { line, column: 1, endLine: line, endColumn: 1000 };
  }
  let node: unknown = doc.contents;
  let range: [number, number, number] | undefined = (doc.contents as Node | null)?.range ?? undefined;
  for (const segment of pathSegments(error.path)) {
    if (isMap(node)) {
      const pair = node.items.find((item) => String((item.key as { value?: unknown } | null)?.value ?? item.key) === String(segment));
      if (!pair) break;
      const keyNode = pair.key as Node | null;
      node = pair.value;
      range = (pair.value as Node | null)?.range ?? keyNode?.range ?? range;
      if (!pair.value && keyNode?.range) range = keyNode.range;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      node = item;
      range = item.range ?? range;
    } else break;
  }
  if (!range) return { line: 1, column: 1, endLine: 1, endColumn: 1000 };
  const start = lineCounter.linePos(range[0]);
  const end = lineCounter.linePos(Math.max(range[0], range[1]));
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.line === start.line ? Math.max(end.col, start.col + 1) : end.col };
}
