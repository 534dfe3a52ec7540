import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const STORE_DIR = join(__dirname);
const sources = readdirSync(STORE_DIR).filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file));

/** The modules a store file imports from its own folder ("./x"), by file name without extension. */
function localImports(file: string): string[] {
  const text = readFileSync(join(STORE_DIR, file), 'utf8');
  return [...text.matchAll(/from '\.\/([\w.]+)'/g)].map((match) => match[1]!);
}

describe('the store\'s modules import one another without a circle', () => {
  it('nothing store.ts imports (directly or not) imports store.ts back: AppState comes from types.ts', () => {
    const reached = new Set<string>();
    const visit = (name: string) => {
      for (const next of localImports(`${name}.ts`)) if (!reached.has(next) && sources.includes(`${next}.ts`)) { reached.add(next); visit(next); }
    };
    visit('store');
    expect([...reached].filter((name) => name !== 'store' && localImports(`${name}.ts`).includes('store'))).toEqual([]);
    expect(reached.has('store')).toBe(false);
  });

  it('types.ts imports no other store module but the link codecs (which import no slice), so it can sit below all of them', () => {
    expect(localImports('types.ts').filter((name) => name !== 'urlState' && name !== 'labLink')).toEqual([]);
  });
});
