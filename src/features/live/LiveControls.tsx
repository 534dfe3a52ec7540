/** Live's settings: the policy and its target, the load, the endpoint (digits per request, batch, extra load delay) and the time scale. */
import { formatNumber } from '../../engine/format';
import { compressTime, livePolicyConfig, LIVE_POLICY_KINDS, type CompressedKnob, type LivePolicyKind } from '../../engine/live/livePolicies';
import { LIVE_SHAPES, type LiveShape } from '../../engine/live/loadPlan';
import { checkLiveSetting, type LiveSettings } from '../../engine/live/settings';
import { POLICY_MODELS } from '../../engine/policies/registry';
import { Panel } from '../../ui/Panel';
import { NumberField } from '../../ui/NumberField';

/** "15 s → 1 s (sync_period_s, …), 300 s → 20 s (…)": one entry per distinct change, naming its knobs. */
function summarize(changes: readonly CompressedKnob[]): string {
  const groups = new Map<string, string[]>();
  for (const c of changes) {
    const key = `${formatNumber(c.from)} s → ${formatNumber(c.to)} s`;
    groups.set(key, [...(groups.get(key) ?? []), c.path.replace(/\.policies\[\d+\]/, '.policies')]);
  }
  return [...groups].map(([key, paths]) => `${key}: ${[...new Set(paths)].join(', ')}`).join('; ');
}

type NumberKey = Parameters<typeof checkLiveSetting>[0];

interface Props {
  readonly settings: LiveSettings;
  readonly onChange: (next: LiveSettings) => void;
  readonly onStart: () => void;
  readonly onStop: () => void;
  readonly busy: boolean;
}

export function LiveControls({ settings, onChange, onStart, onStop, busy }: Props) {
  const field = (key: NumberKey, label: string, unit?: string, note?: string) => (
    <NumberField label={label} unit={unit} value={settings[key]} note={note}
      onCommit={(value) => { const problem = checkLiveSetting(key, value); if (!problem) onChange({ ...settings, [key]: value }); return problem; }} />
  );
  const { changes } = compressTime(livePolicyConfig(settings), settings.timeScale);
  return (
    <Panel id="live-controls" title="Run" actions={busy
      ? <button type="button" onClick={onStop}>Stop the load</button>
      : <button type="button" className="primary" onClick={onStart}>Start</button>}>
      <div className="live-fields">
        <label className="lab-field">Policy
          <select value={settings.kind} onChange={(event) => onChange({ ...settings, kind: event.target.value as LivePolicyKind })}>
            {LIVE_POLICY_KINDS.map((kind) => <option key={kind} value={kind}>{POLICY_MODELS[kind].title}</option>)}
          </select>
        </label>
        {field('targetRps', 'Target per replica', 'req/s', settings.kind === 'ray' ? 'Ray steers 8 ongoing requests per replica instead' : undefined)}
        {field('maxReplicas', 'Most replicas')}
        <label className="lab-field">Load shape
          <select value={settings.shape} onChange={(event) => onChange({ ...settings, shape: event.target.value as LiveShape })}>
            {(Object.keys(LIVE_SHAPES) as LiveShape[]).map((shape) => <option key={shape} value={shape}>{shape}: {LIVE_SHAPES[shape]}</option>)}
          </select>
        </label>
        {field('baseRps', 'Base rate', 'req/s')}
        {field('peakRps', 'Peak rate', 'req/s')}
        {field('seconds', 'Length', 's')}
        {field('timeScale', 'Time scale', 'x')}
        {field('digitsPerRequest', 'Digits per request')}
        {field('maxBatch', 'max_batch', 'requests')}
        {field('extraLoadS', 'Extra load delay', 's', 'Emulates a large model\'s load: a wait, not work')}
        {field('sloMs', 'p95 objective', 'ms')}
      </div>
      <p className="live-scale" data-testid="live-scale">
        {settings.timeScale === 1 ? 'Time scale 1x: the policy runs with its real periods and windows.'
          : `Time scale ${formatNumber(settings.timeScale)}x, for a class demo: the policy's periods and windows are divided by ${formatNumber(settings.timeScale)} `
            + `(${summarize(changes) || 'none of its knobs is a period'}); `
            + 'requests, cold starts and latencies stay real time.'}
      </p>
    </Panel>
  );
}
