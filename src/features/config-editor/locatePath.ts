/**
 * Where a validator path ("min_servers", "loads[3]", "a.b") sits in JSON text, so the editor can underline it.
 * Pure: text in, a 1-based line and column range out (Monaco's convention), or undefined when the path is not there.
 */
import type { ValidationError } from '../../engine';

export interface TextRange {
  /** 1-based line */
  readonly line: number;
  /** 1-based column of the first character */
  readonly column: number;
  /** 1-based column just past the last character (exclusive), on the same line */
  readonly endColumn: number;
}

type Segment = string | number;

/** "a.b[2]" -> ['a', 'b', 2]; '' -> [] (the whole document). */
export function pathSegments(path: string): Segment[] {
  const segments: Segment[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[1] !== undefined) segments.push(match[1]);
  }
  return segments;
}

interface Span { readonly start: number; readonly end: number }

/** A tiny JSON scanner that walks to one path and returns the offsets of its key (or item) and value. */
class PathFinder {
  private pos = 0;
  constructor(private readonly text: string) {}

  find(segments: readonly Segment[]): { key: Span; value: Span } | undefined {
    try {
      this.skipSpace();
      const whole = this.value();
      return this.walk(whole, segments);
    } catch {
      return undefined;
    }
  }

  private walk(root: Span, segments: readonly Segment[]): { key: Span; value: Span } | undefined {
    let found: { key: Span; value: Span } = { key: root, value: root };
    for (const segment of segments) {
      const child = this.child(found.value, segment);
      if (!child) return undefined;
      found = child;
    }
    return found;
  }

  /** Re-scans the container at `span` for a key (last duplicate wins, like JSON.parse) or an index. */
  private child(span: Span, segment: Segment): { key: Span; value: Span } | undefined {
    this.pos = span.start;
    const open = this.text[this.pos];
    if ((open === '{') !== (typeof segment === 'string') || (open !== '{' && open !== '[')) return undefined;
    this.pos++;
    let index = 0;
    let result: { key: Span; value: Span } | undefined;
    this.skipSpace();
    if (this.text[this.pos] === (open === '{' ? '}' : ']')) return undefined;
    for (;;) {
      this.skipSpace();
      let key: Span;
      if (open === '{') {
        const keyStart = this.pos;
        const name = JSON.parse(this.text.slice(keyStart, this.stringEnd())) as string;
        key = { start: keyStart, end: this.pos };
        this.skipSpace();
        this.expect(':');
        this.skipSpace();
        const value = this.value();
        if (name === segment) result = { key, value };
      } else {
        const value = this.value();
        if (index === segment) return { key: value, value };
        index++;
      }
      this.skipSpace();
      const next = this.text[this.pos++];
      if (next === ',') continue;
      if (next === (open === '{' ? '}' : ']')) return result;
      throw new Error('unexpected character');
    }
  }

  /** Skips one value and returns its span. */
  private value(): Span {
    const start = this.pos;
    const first = this.text[this.pos];
    if (first === '"') { this.stringEnd(); return { start, end: this.pos }; }
    if (first === '{' || first === '[') {
      const close = first === '{' ? '}' : ']';
      this.pos++;
      this.skipSpace();
      if (this.text[this.pos] === close) { this.pos++; return { start, end: this.pos }; }
      for (;;) {
        this.skipSpace();
        if (first === '{') { this.stringEnd(); this.skipSpace(); this.expect(':'); this.skipSpace(); }
        this.value();
        this.skipSpace();
        const next = this.text[this.pos++];
        if (next === close) return { start, end: this.pos };
        if (next !== ',') throw new Error('unexpected character');
      }
    }
    const literal = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(this.text.slice(this.pos, this.pos + 400));
    if (!literal) throw new Error('not a value');
    this.pos += literal[0].length;
    return { start, end: this.pos };
  }

  /** Moves past a string starting at pos; returns the end offset. */
  private stringEnd(): number {
    if (this.text[this.pos] !== '"') throw new Error('expected a string');
    this.pos++;
    while (this.pos < this.text.length) {
      const char = this.text[this.pos++];
      if (char === '\\') this.pos++;
      else if (char === '"') return this.pos;
    }
    throw new Error('unterminated string');
  }

  private expect(char: string) {
    if (this.text[this.pos] !== char) throw new Error(`expected ${char}`);
    this.pos++;
  }

  private skipSpace() {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
  }
}

/** 1-based line and column of an offset. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** The first line's non-blank extent: where document-wide problems are marked. */
function documentStart(text: string): TextRange {
  const firstLine = text.split('\n')[0] ?? '';
  const indent = firstLine.length - firstLine.trimStart().length;
  return { line: 1, column: indent + 1, endColumn: Math.max(indent + 2, firstLine.trimEnd().length + 1) };
}

/**
 * The range of `path` in `text`: the key and, when it is a number, string or literal on the same line, its value too.
 * '' is the whole document (its first line). Undefined when the text does not parse or the path is absent.
 */
export function locatePath(text: string, path: string): TextRange | undefined {
  const segments = pathSegments(path);
  if (segments.length === 0) return text.trim() === '' ? { line: 1, column: 1, endColumn: 1 } : documentStart(text);
  const found = new PathFinder(text).find(segments);
  if (!found) return undefined;
  const start = positionAt(text, found.key.start);
  const valueIsContainer = /[{[]/.test(text[found.value.start] ?? '');
  const end = positionAt(text, valueIsContainer ? found.key.end : found.value.end);
  return { line: start.line, column: start.column, endColumn: end.line === start.line ? end.column : start.column + (found.key.end - found.key.start) };
}

/** Where to mark a validator error: its path, or for a JSON syntax error the line and column the message names. */
export function locateError(text: string, error: ValidationError): TextRange {
  const named = /line (\d+),? column (\d+)/.exec(error.message);
  if (error.path === '' && named) {
    const line = Number(named[1]);
    const column = Number(named[2]);
    return { line, column, endColumn: column + 1 };
  }
  const position = /position (\d+)/.exec(error.message);
  if (error.path === '' && position) {
    const at = positionAt(text, Number(position[1]));
    return { line: at.line, column: at.column, endColumn: at.column + 1 };
  }
  return locatePath(text, error.path) ?? documentStart(text);
}
