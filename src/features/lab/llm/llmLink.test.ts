import { describe, expect, it } from 'vitest';
import { encodeLab, type LabInputs } from '../../../store/labLink';
import { toBase64Url, fromBase64Url } from '../../../store/urlState';
import { decodeLab } from '../decodeLab';
import { DEFAULT_LAB_INPUTS } from '../labDefaults';
import { DEFAULT_LAB_LLM } from './llmSettings';
import { labRunInput, traceOf } from './runInput';

const llmInputs: LabInputs = {
  ...DEFAULT_LAB_INPUTS, replica: 'llm',
  llm: { ...DEFAULT_LAB_LLM, profile: { ...DEFAULT_LAB_LLM.profile, max_num_seqs: 64, name: 'custom' }, mitigations: ['image_streaming', 'warm_pool'], warm_pool: 3, trace: { name: 'azure-code', rate_scale: 4 } },
};

/** The link with its payload edited. */
const edited = (edit: (payload: Record<string, any>) => void) => {
  const payload = JSON.parse(fromBase64Url(encodeLab({ inputs: llmInputs, cursor: 0 }))) as Record<string, any>;
  edit(payload);
  return toBase64Url(JSON.stringify(payload));
};

describe('the Lab link carries the LLM settings', () => {
  it('round-trips the replica model, profile, stages, mitigations and trace', () => {
    const decoded = decodeLab(encodeLab({ inputs: llmInputs, cursor: 0 }));
    expect(decoded.ok && decoded.value.inputs).toEqual(llmInputs);
  });
  it('keeps the LLM settings while the web server is chosen (switching back loses nothing)', () => {
    const { replica: _, ...webServer } = llmInputs;
    const decoded = decodeLab(encodeLab({ inputs: webServer, cursor: 0 }));
    expect(decoded.ok && decoded.value.inputs.llm).toEqual(llmInputs.llm);
    expect(decoded.ok && decoded.value.inputs.replica).toBeUndefined();
    expect(labRunInput(webServer).replica).toBeUndefined();
  });
  it('refuses bad values with a message naming the field', () => {
    const cases: [(p: Record<string, any>) => void, string][] = [
      [(p) => { p.llm.profile.max_num_seqs = 0; }, 'lab link llm profile: max_num_seqs'],
      [(p) => { p.llm.profile.colour = 1; }, 'lab link llm profile: colour'],
      [(p) => { p.llm.stages.image_s = -5; }, 'lab link llm stages.image_s'],
      [(p) => { p.llm.mitigations = ['magic']; }, 'lab link llm mitigations'],
      [(p) => { p.llm.trace.name = 'azure-x'; }, 'lab link llm trace.name'],
      [(p) => { p.llm.trace.rate_scale = 0; }, 'lab link llm trace.rate_scale'],
      [(p) => { p.r = 'gpu'; }, 'lab link replica'],
    ];
    for (const [edit, path] of cases) {
      const decoded = decodeLab(edited(edit));
      expect(decoded.ok).toBe(false);
      expect(!decoded.ok && decoded.errors.map((e) => e.path)).toContain(path);
    }
  });
  it('runs the LLM replica with the mitigations applied to the stages, and replays the trace', () => {
    const input = labRunInput(llmInputs);
    expect(input.replica).toMatchObject({ kind: 'llm', llm: { profile: { max_num_seqs: 64 } } });
    expect(input.coldStart).toMatchObject({ stages: { image_s: 30, weights_s: 60 }, warm_nodes: 3 });
    expect(traceOf(llmInputs)).toEqual({ name: 'azure-code', rate_scale: 4 });
  });
});
