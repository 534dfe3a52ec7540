/**
 * What JSON.parse does not say about a text: a comma after the last entry (its error reads like a missing comma),
 * and a key written twice in one object (it silently keeps the last). One pass over the text, strings skipped.
 */

export interface DuplicateKey {
  /** the key's path, e.g. "max_servers" or "outer.inner" */
  readonly path: string;
  /** 1-based lines of the first and the repeated occurrence */
  readonly lines: readonly [number, number];
}

interface Frame {
  readonly kind: '{' | '[';
  readonly path: string;
  readonly keys: Map<string, number>;
  expectingKey: boolean;
  lastKey: string;
}

export interface JsonTextFacts {
  /** offset of a comma directly before a closing } or ], if any */
  readonly trailingComma?: number;
  readonly duplicates: readonly DuplicateKey[];
}

export function scanJsonText(text: string): JsonTextFacts {
  const stack: Frame[] = [];
  const duplicates: DuplicateKey[] = [];
  let trailingComma: number | undefined;
  let line = 1;
  let lastComma = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\n') { line++; continue; }
    if (/\s/.test(char)) continue;
    const frame = stack[stack.length - 1];
    if (char === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (frame?.kind === '{' && frame.expectingKey) {
        const key = readString(text.slice(i, end + 1));
        const first = frame.keys.get(key);
        const path = frame.path ? `${frame.path}.${key}` : key;
        if (first !== undefined) duplicates.push({ path, lines: [first, line] });
        else frame.keys.set(key, line);
        frame.expectingKey = false;
        frame.lastKey = key;
      }
      i = end;
      lastComma = -1;
      continue;
    }
    if (char === '{' || char === '[') {
      const path = frame?.kind === '{' ? (frame.path ? `${frame.path}.${frame.lastKey}` : frame.lastKey) : frame?.path ?? '';
      stack.push({ kind: char, path, keys: new Map(), expectingKey: char === '{', lastKey: '' });
    } else if (char === '}' || char === ']') {
      if (lastComma >= 0 && trailingComma === undefined) trailingComma = lastComma;
      lastComma = -1;
      stack.pop();
    } else if (char === ',') {
      if (frame?.kind === '{') frame.expectingKey = true;
      // a comma after a comma is not "one too many at the end": leave that to JSON.parse's own message
      lastComma = lastComma === -1 ? i : -2;
      continue;
    }
    lastComma = -1;
  }
  return trailingComma === undefined ? { duplicates } : { trailingComma, duplicates };
}

function readString(literal: string): string {
  try {
    const value: unknown = JSON.parse(literal);
    return typeof value === 'string' ? value : literal;
  } catch {
    return literal.slice(1, -1);
  }
}
