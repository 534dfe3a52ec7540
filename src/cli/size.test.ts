import { describe, expect, it } from 'vitest';
import { firstScreenKeys, type Manifest } from './size';

describe('firstScreenKeys', () => {
  it('follows static imports from the entry and leaves dynamic imports out', () => {
    const manifest: Manifest = {
      'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_shared.js'], dynamicImports: ['src/Chart.tsx'] },
      '_shared.js': { file: 'assets/shared.js', imports: ['_react.js'] },
      '_react.js': { file: 'assets/react.js', imports: ['_shared.js'] },
      'src/Chart.tsx': { file: 'assets/Chart.js', isDynamicEntry: true, imports: ['_shared.js', '_recharts.js'] },
      '_recharts.js': { file: 'assets/recharts.js' },
    };
    expect([...firstScreenKeys(manifest)].sort()).toEqual(['_react.js', '_shared.js', 'index.html']);
  });
});
