/** Nothing a learner pastes breaks the import: any text gives a result (policies or errors with a path), never a throw. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat, importWithNotes } from './import';

const fixtures = Object.values(import.meta.glob<string>('./fixtures/*.{yaml,json}', { query: '?raw', import: 'default', eager: true }));

function expectResult(text: string): void {
  const result = importWithNotes(text);
  if (result.ok) expect(result.value.policies.length).toBeGreaterThan(0);
  else for (const error of result.errors) expect(typeof error.path === 'string' && error.message !== '' && error.hint !== '').toBe(true);
  detectFormat(text);
}

describe('import never throws', () => {
  it('on any text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), expectResult), { numRuns: 300 });
  });

  it('on any JSON value', () => {
    fc.assert(fc.property(fc.json({ maxDepth: 4 }), expectResult), { numRuns: 300 });
  });

  it('on real manifests with a line dropped, duplicated or cut short', () => {
    const mutated = fc.tuple(fc.constantFrom(...fixtures), fc.nat(), fc.constantFrom('drop', 'duplicate', 'cut'), fc.nat({ max: 40 }))
      .map(([text, at, how, keep]) => {
        const lines = text.split('\n');
        const i = at % lines.length;
        if (how === 'drop') lines.splice(i, 1);
        else if (how === 'duplicate') lines.splice(i, 0, lines[i]!);
        else lines[i] = lines[i]!.slice(0, keep);
        return lines.join('\n');
      });
    fc.assert(fc.property(mutated, expectResult), { numRuns: 150 });
  });

  it('on YAML that expands aliases without bound', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`)].join('\n');
    const result = importWithNotes(bomb);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.message).toMatch(/^The document starting at line 1 cannot be read: Excessive alias count/);
    const dangling = importWithNotes('policy: hpa\nmax_replicas: *ten\n');
    expect(dangling.ok).toBe(false);
  });
});
