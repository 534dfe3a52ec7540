/**
 * The replica model (web server | LLM server) and, for the LLM server, its GPU profile (a shipped one, or the five
 * numbers edited, each checked at its field by the engine's profile check), the objectives, and the cold start.
 */
import { Panel } from '../../../ui/Panel';
import { useAppStore } from '../../../store/store';
import { formatCount, formatNumber } from '../../../engine/format';
import { GPU_PROFILES, GPU_PROFILE_NAMES, REPLICA_MODELS, validateGpuProfile, type GpuProfile } from '../../../engine/time';
import { NumberField } from '../../../ui/NumberField';
import { checkObjective } from './llmSettings';
import { useLabLlm } from './useLabLlm';
import { ColdStartFields } from './ColdStartFields';

const PROFILE_FIELDS: readonly { readonly key: Exclude<keyof GpuProfile, 'name'>; readonly label: string; readonly unit: string }[] = [
  { key: 'itl_base_ms', label: 'Iteration base', unit: 'ms' },
  { key: 'itl_per_seq_ms', label: 'Per running sequence', unit: 'ms' },
  { key: 'prefill_ms_per_token', label: 'Prefill per prompt token', unit: 'ms' },
  { key: 'max_num_seqs', label: 'Batch cap (max_num_seqs)', unit: 'sequences' },
  { key: 'kv_cache_tokens', label: 'KV cache', unit: 'tokens' },
];

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const shippedName = (profile: GpuProfile) => GPU_PROFILE_NAMES.find((n) => JSON.stringify(GPU_PROFILES[n]) === JSON.stringify(profile)) ?? 'custom';

export function LlmPanel() {
  const setShape = useAppStore((state) => state.setLabRunShape);
  const { llm, on, change } = useLabLlm();
  if (!llm) return null;
  const profileName = shippedName(llm.profile);
  const commitProfile = (key: keyof GpuProfile, value: number) => {
    const checked = validateGpuProfile({ ...llm.profile, [key]: value, name: 'custom' });
    if (!checked.ok) return checked.errors.map((e) => `${e.message}; ${e.hint}`).join(' ');
    change({ profile: checked.value });
    return undefined;
  };
  return (
    <Panel id="lab-replica" title="Replica model">
      <fieldset className="lab-choice">
        <legend>Each replica is</legend>
        {(['simple', 'llm'] as const).map((kind) => (
          <label key={kind}>
            <input type="radio" name="lab-replica" value={kind} checked={(kind === 'llm') === on}
              onChange={() => setShape({ replica: kind === 'llm' ? 'llm' : undefined, ...(kind === 'llm' ? { llm } : {}) })} />
            {' '}{REPLICA_MODELS[kind].title}
          </label>
        ))}
      </fieldset>
      <p className="muted lab-small">
        {capitalised(REPLICA_MODELS[on ? 'llm' : 'simple'].describe.replaceAll('`', ''))}.
        {on ? ' The platform\'s capacity and service time apply to the web server only; queue limit, timeout, drain and price apply to both.' : ''}
      </p>
      {on ? (
        <>
          <div className="lab-field">
            <label htmlFor="lab-gpu-profile">GPU profile</label>
            <select id="lab-gpu-profile" value={profileName}
              onChange={(event) => { const next = GPU_PROFILES[event.target.value]; if (next) change({ profile: next }); }}>
              {GPU_PROFILE_NAMES.map((n) => <option key={n} value={n}>{GPU_PROFILES[n]!.name ?? n}</option>)}
              <option value="custom" disabled>Your own numbers</option>
            </select>
            <span className="lab-field-note">One iteration takes base + per-sequence x running + prefill x prompt tokens in it (vLLM-style continuous batching; sources in the README).</span>
          </div>
          <div className="lab-grid">
            {PROFILE_FIELDS.map(({ key, label, unit }) => (
              <NumberField key={key} label={label} unit={unit} value={llm.profile[key]} min={0}
                step={key === 'max_num_seqs' || key === 'kv_cache_tokens' ? 1 : 'any'} onCommit={(value) => commitProfile(key, value)} />
            ))}
            <NumberField label="Objective: TTFT p95 under" unit="ms" value={llm.slo_ttft_ms} min={0}
              onCommit={(value) => { const e = checkObjective(value, 'slo_ttft_ms'); if (e) return `${e.message}; ${e.hint}`; change({ slo_ttft_ms: value }); return undefined; }} />
            <NumberField label="Objective: ITL p95 under" unit="ms" value={llm.slo_itl_ms} min={0}
              onCommit={(value) => { const e = checkObjective(value, 'slo_itl_ms'); if (e) return `${e.message}; ${e.hint}`; change({ slo_itl_ms: value }); return undefined; }} />
          </div>
          <p className="muted lab-small">
            Decode alone: {formatNumber(Math.round(1000 / (llm.profile.itl_base_ms + llm.profile.itl_per_seq_ms)))} tokens/s at batch 1,{' '}
            {formatCount(Math.round((1000 * llm.profile.max_num_seqs) / (llm.profile.itl_base_ms + llm.profile.itl_per_seq_ms * llm.profile.max_num_seqs)))} at the cap of {formatCount(llm.profile.max_num_seqs)}.
          </p>
          <ColdStartFields />
        </>
      ) : null}
    </Panel>
  );
}
