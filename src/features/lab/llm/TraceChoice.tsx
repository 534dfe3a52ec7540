/** Under the LLM replica: replay an Azure trace (each request with its own time and token counts) at a rate scale. */
import { NumberField } from '../../../ui/NumberField';
import { AZURE_CREDIT, AZURE_TRACE_NAMES, AZURE_TRACES, checkRateScale, MAX_RATE_SCALE } from './llmSettings';
import { useLabLlm } from './useLabLlm';

export function TraceChoice() {
  const { llm, on, change, replace } = useLabLlm();
  if (!llm || !on) return null;
  const { trace } = llm;
  return (
    <div className="lab-trace-choice">
      <div className="lab-field">
        <label htmlFor="lab-trace">Real LLM traffic</label>
        <select id="lab-trace" value={trace?.name ?? 'none'}
          onChange={(event) => {
            const name = AZURE_TRACE_NAMES.find((n) => n === event.target.value);
            if (name) change({ trace: { name, rate_scale: trace?.rate_scale ?? 1 } });
            else { const { trace: _dropped, ...rest } = llm; replace(rest); }
          }}>
          <option value="none">None: the traffic profile above, token counts drawn from the seed</option>
          {AZURE_TRACE_NAMES.map((n) => <option key={n} value={n}>{AZURE_TRACES[n].title} ({n})</option>)}
        </select>
        <span className="lab-field-note">{trace ? `${AZURE_TRACES[trace.name].describe}. It replaces the profile above and loops to fill the run.` : 'Replay a real production trace in place of the profile above.'}</span>
      </div>
      {trace ? (
        <NumberField label="Rate scale" unit="x" value={trace.rate_scale} min={0} max={MAX_RATE_SCALE}
          note="gaps between requests divided by this (2 = twice the rate)"
          onCommit={(value) => { const e = checkRateScale(value); if (e) return `${e.message}; ${e.hint}`; change({ trace: { ...trace, rate_scale: value } }); return undefined; }} />
      ) : null}
      <p className="muted lab-small lab-credit">{AZURE_CREDIT}</p>
    </div>
  );
}
