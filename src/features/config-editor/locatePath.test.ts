import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../engine';
import { LESSON_CONFIG_TEXT } from '../../store/scenarioSlice';
import { locateError, locatePath, pathSegments } from './locatePath';

describe('pathSegments', () => {
  it('splits dotted paths and indices', () => {
    expect(pathSegments('')).toEqual([]);
    expect(pathSegments('min_servers')).toEqual(['min_servers']);
    expect(pathSegments('a.b[2].c')).toEqual(['a', 'b', 2, 'c']);
  });
});

describe('locatePath', () => {
  it('finds a top-level key and its value on the lesson config', () => {
    // line 4 is `  "max_servers": 10,`
    expect(locatePath(LESSON_CONFIG_TEXT, 'max_servers')).toEqual({ line: 4, column: 3, endColumn: 20 });
  });
  it('finds keys on a single line', () => {
    const text = '{"min_servers": 6, "max_servers": 2}';
    expect(locatePath(text, 'min_servers')).toEqual({ line: 1, column: 2, endColumn: 18 });
    expect(locatePath(text, 'max_servers')).toEqual({ line: 1, column: 20, endColumn: 36 });
  });
  it('does not match a key name inside a string or a nested object', () => {
    const text = '{\n  "note": "min_servers",\n  "x": {"min_servers": 1},\n  "min_servers": 3\n}';
    expect(locatePath(text, 'min_servers')).toEqual({ line: 4, column: 3, endColumn: 19 });
    expect(locatePath(text, 'x.min_servers')).toEqual({ line: 3, column: 9, endColumn: 25 });
  });
  it('marks only the key when the value is an object or list', () => {
    const text = '{"loads": [1, "a", 3]}';
    expect(locatePath(text, 'loads')).toEqual({ line: 1, column: 2, endColumn: 9 });
    expect(locatePath(text, 'loads[1]')).toEqual({ line: 1, column: 15, endColumn: 18 });
  });
  it('takes the last of duplicate keys, as JSON.parse does', () => {
    expect(locatePath('{"a": 1, "a": 2}', 'a')).toEqual({ line: 1, column: 10, endColumn: 16 });
  });
  it('handles escaped quotes in strings', () => {
    expect(locatePath('{"p": "say \\"hi\\"", "q": true}', 'q')).toEqual({ line: 1, column: 21, endColumn: 30 });
  });
  it('returns undefined for an absent path or text that does not parse', () => {
    expect(locatePath('{"a": 1}', 'b')).toBeUndefined();
    expect(locatePath('{"a": 1', 'a')).toBeUndefined();
    expect(locatePath('[1, 2]', 'a')).toBeUndefined();
  });
  it('maps the whole document to its first line', () => {
    expect(locatePath('  [1, 2]', '')).toEqual({ line: 1, column: 3, endColumn: 9 });
  });
});

describe('locateError', () => {
  it('marks every validator error on a key inside the text', () => {
    for (const text of ['{"min_servers": 6, "max_servers": 2}', '{"target_utilization": 60}', '{\n  "uper_threshold": 150\n}']) {
      const parsed = parseConfigText(text);
      expect(parsed.ok).toBe(false);
      if (parsed.ok) continue;
      for (const error of parsed.errors) {
        const range = locateError(text, error);
        const line = text.split('\n')[range.line - 1]!;
        expect(line.slice(range.column - 1, range.endColumn - 1)).toContain(`"${error.path}"`);
      }
    }
  });
  it('marks a JSON syntax error where the parser stopped', () => {
    const text = '{\n  "upper_threshold": 150\n  "lower_threshold": 10\n}';
    const parsed = parseConfigText(text);
    if (parsed.ok) throw new Error('expected a syntax error');
    const range = locateError(text, parsed.errors[0]!);
    expect(range.line).toBe(3);
    expect(text.split('\n')[2]!.slice(range.column - 1)).toMatch(/^"lower_threshold"/);
  });
});
