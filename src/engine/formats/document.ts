/**
 * Reading a pasted document with the kept `yaml` library (YAML 1.2 reads JSON too): one or more documents, each with
 * its plain value and a way to find the line of any field path, so an error says both where and what.
 */
import { LineCounter, isMap, isScalar, isSeq, parseAllDocuments, type Document } from 'yaml';
import type { Result, ValidationError } from '../lesson/validate';

export type PathSegment = string | number;
export type DocPath = readonly PathSegment[];

/** One parsed document of the text (a multi-document YAML has several). */
export interface SourceDoc {
  /** 0-based position in the text's document stream */
  readonly index: number;
  /** the document as plain data (objects, arrays, strings, numbers, booleans, null) */
  readonly value: unknown;
  /** 1-based line of the field at `path`, or of its nearest ancestor present in the text */
  lineOf(path: DocPath): number | undefined;
}

const SIMPLE_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** A field path as the error messages write it: `spec.metrics[0].pods.target.averageValue`, `annotations["autoscaling.knative.dev/window"]`. */
export function formatPath(path: DocPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (SIMPLE_KEY.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/** The path text with its line, `spec.maxReplicas (line 7)`, as every error of an imported document carries it. */
export function pathWithLine(path: string, line: number | undefined): string {
  if (line === undefined) return path;
  return path === '' ? `(line ${line})` : `${path} (line ${line})`;
}

/** The line an import error points at, read back from its path (for an editor marker), or undefined. */
export function errorLine(error: ValidationError): number | undefined {
  const match = /\(line (\d+)\)$/.exec(error.path);
  return match ? Number(match[1]) : undefined;
}

/** An error at a field of a document. */
export function issueAt(doc: SourceDoc, path: DocPath, message: string, hint: string): ValidationError {
  return { path: pathWithLine(formatPath(path), doc.lineOf(path)), message, hint };
}

function startOf(node: unknown): number | undefined {
  const range = (node as { range?: readonly number[] } | null | undefined)?.range;
  return range && typeof range[0] === 'number' ? range[0] : undefined;
}

/** Where the field at `path` starts: its key's line in a map (a nested block starts on the next line), its item's in a list. */
function fieldStart(doc: Document, path: DocPath): number | undefined {
  if (path.length === 0) return startOf(doc.contents);
  const parent: unknown = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  const last = path[path.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === last);
    return pair === undefined ? undefined : startOf(pair.key) ?? startOf(pair.value);
  }
  if (isSeq(parent) && typeof last === 'number') return startOf(parent.items[last]);
  return undefined;
}

function lineFinder(doc: Document, counter: LineCounter): (path: DocPath) => number | undefined {
  return (path) => {
    for (let length = path.length; length >= 0; length--) {
      const start = fieldStart(doc, path.slice(0, length));
      if (start !== undefined) return counter.linePos(start).line;
    }
    return undefined;
  };
}

/** Parses the text into its documents; a syntax error names its line and column. Empty documents are skipped. */
export function parseDocuments(text: string): Result<readonly SourceDoc[]> {
  if (text.trim() === '') {
    return { ok: false, errors: [{ path: '', message: 'The document is empty', hint: 'paste a Lab JSON config, an HPA, a Knative Service, a Ray Serve config or a SageMaker policy' }] };
  }
  const counter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: counter, prettyErrors: false });
  const errors: ValidationError[] = [];
  const parsed: SourceDoc[] = [];
  for (const doc of Array.isArray(docs) ? docs : []) {
    for (const error of doc.errors) {
      const line = error.linePos?.[0]?.line ?? counter.linePos(error.pos[0]).line;
      const column = error.linePos?.[0]?.col ?? counter.linePos(error.pos[0]).col;
      errors.push({
        path: pathWithLine('', line),
        message: `Not valid YAML or JSON at line ${line}, column ${column}: ${error.message.split('\n')[0] ?? error.message}`,
        hint: 'check the indentation (spaces, not tabs), and for a missing quote, comma, colon or bracket',
      });
    }
    if (doc.errors.length > 0 || doc.contents === null) continue;
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      // the yaml library throws on an alias to no anchor, or on aliases that expand without bound
      const line = counter.linePos(doc.range[0]).line;
      const reason = error instanceof Error ? error.message : String(error);
      errors.push({ path: pathWithLine('', line), message: `The document starting at line ${line} cannot be read: ${reason}`, hint: 'define each &anchor before its *alias, and do not nest aliases deeply' });
      continue;
    }
    parsed.push({ index: parsed.length, value, lineOf: lineFinder(doc, counter) });
  }
  if (errors.length > 0) return { ok: false, errors };
  if (parsed.length === 0) {
    return { ok: false, errors: [{ path: '', message: 'The document holds no data', hint: 'paste a Lab JSON config or a manifest' }] };
  }
  return { ok: true, value: parsed };
}

export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at a path of plain data, or undefined. */
export function valueAt(value: unknown, path: DocPath): unknown {
  let current = value;
  for (const segment of path) {
    if (typeof segment === 'number') current = Array.isArray(current) ? (current as unknown[])[segment] : undefined;
    else current = isRecord(current) && Object.hasOwn(current, segment) ? current[segment] : undefined;
    if (current === undefined) return undefined;
  }
  return current;
}

/** What a value is, in words, for messages: `the text "abc"`, `a list`, `12`. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text "${value.length > 30 ? `${value.slice(0, 30)}…` : value}"`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** A field in a given document of the text (a Knative ConfigMap beside its Service). */
export interface Located {
  readonly doc: SourceDoc;
  readonly path: DocPath;
}

/**
 * Where each Lab config key came from in the document, so a validator's error (Lab key paths such as
 * `metrics[0].target_value`) is reported at the document's own field and line.
 */
export type PathMap = ReadonlyMap<string, DocPath | Located>;

/** Moves validator errors onto the document: the longest mapped prefix of the Lab path, else `fallback`. */
export function relocateErrors(doc: SourceDoc, errors: readonly ValidationError[], map: PathMap, fallback: DocPath): ValidationError[] {
  // the validator speaks the Lab's snake_case keys; say the document's own field names instead
  const renames: [RegExp, string][] = [];
  for (const [key, target] of map) {
    const path = Array.isArray(target) ? target as DocPath : (target as Located).path;
    const last = path[path.length - 1];
    if (/^[a-z]+(_[a-z]+)+$/.test(key) && typeof last === 'string') renames.push([new RegExp(`\\b${key}\\b`, 'g'), last]);
  }
  const rename = (text: string) => renames.reduce((out, [pattern, name]) => out.replace(pattern, name), text);
  return errors.map((raw) => {
    const error = { ...raw, message: rename(raw.message), hint: rename(raw.hint) };
    let key = error.path;
    for (;;) {
      const target = map.get(key);
      if (target) {
        const at: Located = Array.isArray(target) ? { doc, path: target as DocPath } : target as Located;
        const field = formatPath(at.path);
        // a message that names the Lab path names the document's field instead
        const message = key === raw.path && raw.path.includes('.') ? raw.message.split(raw.path).join(field) : error.message;
        return { ...error, message, path: pathWithLine(field, at.doc.lineOf(at.path)) };
      }
      const cut = Math.max(key.lastIndexOf('.'), key.lastIndexOf('['));
      if (cut <= 0) break;
      key = key.slice(0, cut);
    }
    return { ...error, path: pathWithLine(formatPath(fallback), doc.lineOf(fallback)) };
  });
}
