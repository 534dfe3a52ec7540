/**
 * The README's `lab decide` section (between the `lab-decide:start` / `lab-decide:end` markers): each example's config,
 * fed its input lines, prints exactly its output lines; one example per Lab policy kind.
 */
import { describe, expect, it } from 'vitest';
import { importPolicies } from '../engine/lab';
import { LAB_POLICY_KINDS } from '../engine/policies/types';
import { runDecide } from './runDecide';

const docs = import.meta.glob<string>('../../README.md', { query: '?raw', import: 'default', eager: true });

function section(): string {
  for (const text of Object.values(docs)) {
    const match = /<!-- lab-decide:start[^>]*-->([\s\S]*?)<!-- lab-decide:end -->/.exec(text);
    if (match) return match[1]!;
  }
  return '';
}

const blocks = (text: string, tag: string) => [...text.matchAll(new RegExp(`\`\`\`\\w+ ${tag}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1]!);

describe("the README's lab decide examples", () => {
  const text = section();
  const configs = blocks(text, 'decide-config');
  const inputs = blocks(text, 'decide-input');
  const outputs = blocks(text, 'decide-output');

  it('has a config, an input and an output per example, one example per controller', () => {
    expect(configs.length).toBe(LAB_POLICY_KINDS.length);
    expect(inputs.length).toBe(configs.length);
    expect(outputs.length).toBe(configs.length);
    const kinds = configs.map((config) => { const r = importPolicies(config); return r.ok ? r.value[0]!.config.policy : 'invalid'; });
    expect([...kinds].sort()).toEqual([...LAB_POLICY_KINDS].sort());
  });

  it('prints what the README says for each example', () => {
    configs.forEach((config, i) => {
      const result = runDecide(['--config', 'example'], () => config, () => inputs[i]!, { importPolicies });
      expect(result.stderr).toBe('');
      expect(result.stdout).toBe(outputs[i]);
    });
  });
});
