/**
 * The README's section on Lab configs (LAB_FORMATS_README_SECTION.md until it is merged into README.md, between the
 * `lab-formats:start` / `lab-formats:end` markers): every `lab-example` block is a valid Lab config, one of each policy,
 * and every `import-example` block imports.
 */
import { describe, expect, it } from 'vitest';
import { LAB_POLICY_KINDS } from '../policies/types';
import { importWithNotes } from './import';

const docs = import.meta.glob<string>('../../../README.md', { query: '?raw', import: 'default', eager: true });

function section(): string {
  for (const text of Object.values(docs)) {
    const match = /<!-- lab-formats:start[^>]*-->([\s\S]*?)<!-- lab-formats:end -->/.exec(text);
    if (match) return match[1]!;
  }
  return '';
}

function blocks(text: string, tag: string): string[] {
  return [...text.matchAll(new RegExp(`\`\`\`\\w+ ${tag}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((match) => match[1]!);
}

describe("the README's Lab config examples", () => {
  const text = section();

  it('is found between its markers', () => {
    expect(text.length).toBeGreaterThan(1000);
  });

  it('has one valid Lab JSON example of each policy', () => {
    const kinds: string[] = [];
    for (const example of blocks(text, 'lab-example')) {
      const result = importWithNotes(example);
      expect(result.ok ? [] : result.errors).toEqual([]);
      if (!result.ok) continue;
      expect(result.value.format).toBe('lab');
      expect(result.value.notes).toEqual([]);
      kinds.push(...result.value.policies.map((policy) => policy.config.policy));
    }
    expect(kinds).toEqual([...LAB_POLICY_KINDS]);
  });

  it('has import examples that import, the HPA one as the HPA Lab example says', () => {
    const labHpa = blocks(text, 'lab-example').map((example) => importWithNotes(example)).find((r) => r.ok && r.value.policies[0]!.config.policy === 'hpa');
    expect(labHpa?.ok).toBe(true);
    const examples = blocks(text, 'import-example');
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      const result = importWithNotes(example);
      expect(result.ok ? [] : result.errors).toEqual([]);
      if (result.ok && result.value.format === 'hpa' && labHpa?.ok) {
        expect(result.value.policies[0]!.config).toEqual(labHpa.value.policies[0]!.config);
        expect(result.value.policies[0]!.name).toBe('llm-serving');
      }
    }
  });
});
