import { describe, expect, it } from 'vitest';
import { scanJsonText } from './jsonText';

describe('scanJsonText', () => {
  it('finds a key repeated in one object, with both lines, and skips strings', () => {
    expect(scanJsonText('{"a": 1,\n"b": "a",\n"a": 2}').duplicates).toEqual([{ path: 'a', lines: [1, 3] }]);
    expect(scanJsonText('{"a": {"x": 1, "x": 2}}').duplicates).toEqual([{ path: 'a.x', lines: [1, 1] }]);
    expect(scanJsonText('{"k": "a \\" , }"}').duplicates).toEqual([]);
    expect(scanJsonText('{"k": "a \\" , }"}').trailingComma).toBeUndefined();
  });

  it('finds a comma right before a closing brace or bracket', () => {
    expect(scanJsonText('{"a": 1 , }').trailingComma).toBe(8);
    expect(scanJsonText('[1, 2]').trailingComma).toBeUndefined();
    expect(scanJsonText('{"a": 1,,}').trailingComma).toBeUndefined();
  });
});
