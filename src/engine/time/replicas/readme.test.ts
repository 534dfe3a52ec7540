/** The README's LLM examples are real: its GPU profile passes the check and equals the shipped A100 profile; its trace parses. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRequestCsv } from '../traffic/requestCsv';
import { A100_8B, validateGpuProfile } from './profiles';

const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
const block = (tag: string) => {
  const match = new RegExp('```' + tag + '\\n([\\s\\S]*?)```').exec(readme);
  if (match === null) throw new Error(`README has no ${tag} block`);
  return match[1]!;
};

describe('README LLM examples', () => {
  it('the GPU profile example is the shipped A100 profile and passes the check', () => {
    const checked = validateGpuProfile(JSON.parse(block('json gpu-profile')));
    expect(checked).toEqual({ ok: true, value: A100_8B });
  });

  it('the request trace example parses', () => {
    const parsed = parseRequestCsv(block('csv request-trace'));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(Array.from(parsed.value.output)).toEqual([129, 424]);
  });
});
