import { describe, expect, it } from 'vitest';
import { deriveTrace } from './deriveAzureTraces';

describe('deriveTrace', () => {
  it('writes gaps in ms and tokens in base 36, rounding offsets (not gaps) so the times never drift', () => {
    const csv = 'TIMESTAMP,ContextTokens,GeneratedTokens\n'
      + '2023-11-16 18:15:46.0000000,374,44\n'
      + '2023-11-16 18:15:46.0004000,396,0\n'
      + '2023-11-16 18:15:46.0008000,36,1\n';
    const { data, count, spanMs } = deriveTrace(csv);
    expect(count).toBe(3);
    expect(spanMs).toBe(1);
    // offsets 0, 0.4 and 0.8 ms round to 0, 0 and 1: gaps 0, 0, 1; a zero output is kept as one token
    expect(data).toBe(`0,${(374).toString(36)},${(44).toString(36)} 0,${(396).toString(36)},1 1,10,1`);
  });
});
