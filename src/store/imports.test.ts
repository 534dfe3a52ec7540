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
  it('no slice or selector module imports store.ts (AppState comes from types.ts)', () => {
    // viewParams.ts is a React hook over the finished store (no store module imports it), so it may read store.ts
    const importers = sources.filter((file) => file !== 'store.ts' && file !== 'viewParams.ts' && localImports(file).includes('store'));
    expect(sources.filter((file) => localImports(file).includes('viewParams'))).toEqual([]);
    expect(importers).toEqual([]);
  });

  it('types.ts imports no other store module, so it can sit below all of them', () => {
    expect(localImports('types.ts').filter((name) => name !== 'urlState')).toEqual([]);
  });
});
