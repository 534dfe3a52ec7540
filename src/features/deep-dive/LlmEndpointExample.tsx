/**
 * Deep dive, LLM endpoints: one LLM replica (the Lab's engine, the default A100 profile) under a steady rate the learner
 * picks, and what its signals say: GPU utilisation against the batch actually running, TTFT and ITL against their
 * objectives. Every number is the engine's run.
 */
import { useMemo } from 'react';
import { formatCount, formatPercent } from '../../engine/format';
import { DEFAULT_LLM_SETTINGS } from '../../engine/time';
import { RangeField } from '../../ui/RangeField';
import { useViewParam } from '../../store/viewParams';
import { oneReplica } from '../lab/llm/oneReplica';

const ms = (value: number | null) => (value === null ? 'none' : `${formatCount(Math.round(value))} ms`);

export function LlmEndpointExample() {
  const [tenths, setTenths] = useViewParam('llmrate', 10, 5, 120);
  const rate = tenths / 10;
  const run = useMemo(() => oneReplica(rate), [rate]);
  const { profile, slo_ttft_ms: ttft, slo_itl_ms: itl } = DEFAULT_LLM_SETTINGS;
  return (
    <>
      <div className="example-controls">
        <RangeField label="Requests per second to one replica" value={tenths} min={5} max={120} step={5} valueText={`${rate} req/s`} onChange={setTenths}
          help="Chat traffic: prompts ~1,000 tokens, answers ~130 (drawn as the Azure conversation trace's). One 8B model on one A100." />
      </div>
      <p className="verdict" role="status">
        {`At ${rate} req/s the replica's GPU utilisation reads ${formatPercent(run.gpuUtil)} with ${formatCount(Math.round(run.running * 10) / 10)} sequences running of a batch cap of ${formatCount(profile.max_num_seqs)} `
          + `(KV cache ${formatPercent(run.kvUsage)} used), producing ${formatCount(Math.round(run.tokensPerSecond))} tokens/s. `
          + `TTFT p95 ${ms(run.ttftP95)} (objective ${formatCount(ttft)} ms), ITL p95 ${ms(run.itlP95)} (objective ${formatCount(itl)} ms): `
          + `${formatPercent(run.goodput ?? 0)} of the answers met both.`}
      </p>
    </>
  );
}
