/**
 * The results kept in view while the learner edits: when the compare table has scrolled out of sight, a compact bar at
 * the bottom of the screen gives each policy's summary (the same numbers as the table), so editing a knob far down
 * the page shows its effect without scrolling back. It folds to one line (its state and a Show button): folded at
 * first on a phone, where five policies' lines would cover a third of the screen, open on wider screens.
 */
import { useEffect, useState } from 'react';
import { useAppStore } from '../../store/store';
import type { TimeTrace } from './labEngine';
import { compareRows, formatCompareValue } from './compareSummary';
import { policyBorderStyle, policyStyle } from '../../ui/policyStyle';

/** Whether the element with this id is out of the viewport (true until it is seen). */
function useOutOfView(id: string): boolean {
  const [out, setOut] = useState(false);
  useEffect(() => {
    const target = document.getElementById(id);
    if (!target || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver(([entry]) => setOut(entry ? !entry.isIntersecting : false));
    observer.observe(target);
    return () => observer.disconnect();
  }, [id]);
  return out;
}

/** Screens this narrow start with the bar folded. */
const NARROW = '(max-width: 640px)';

export function ResultsBar({ traces, watch }: { readonly traces: readonly TimeTrace[]; readonly watch: string }) {
  const out = useOutOfView(watch);
  // kept while the bar hides and shows again (this component stays mounted; only what it renders comes and goes)
  const [open, setOpen] = useState(() => typeof matchMedia === 'undefined' || !matchMedia(NARROW).matches);
  const status = useAppStore((state) => state.labRun.status);
  const pending = useAppStore((state) => state.lab !== state.labRun.inputs);
  if (!out || traces.length === 0) return null;
  const rows = compareRows(traces.map((trace) => ({ name: trace.policy.name, summary: trace.summary, seconds: trace.seconds })));
  const state = status === 'running' || pending ? 'Updating… (last results)' : status === 'failed' ? 'The run failed; last results' : 'Results';
  return (
    <section className="lab-results-bar" aria-label="Results summary" data-stale={status === 'running' || pending}>
      <div className="lab-results-bar-head">
        <p className="lab-results-bar-state">{state}{open ? null : ` for ${traces.length === 1 ? 'one policy' : `${traces.length} policies`}`}</p>
        <button type="button" aria-expanded={open} aria-controls="lab-results-bar-list" onClick={() => setOpen(!open)}>
          {open ? 'Hide' : 'Show'}
        </button>
      </div>
      <ul id="lab-results-bar-list" hidden={!open} tabIndex={0} aria-label="Each policy's results">
        {rows.map((row, i) => (
          <li key={i}>
            <span className="lab-swatch" style={{ borderColor: policyStyle(i).color, borderStyle: policyBorderStyle(i) }} aria-hidden="true" />{' '}
            <strong>{row.name}</strong>: SLO missed {formatCompareValue('slo_violation_s', row.values.slo_violation_s)} s,
            p95 {formatCompareValue('p95_ms', row.values.p95_ms)} ms, ${formatCompareValue('cost', row.values.cost)},
            {' '}{formatCompareValue('scale_events_per_hour', row.values.scale_events_per_hour)} scale events/h
            {row.values.goodput === null ? null : `, TTFT p95 ${formatCompareValue('ttft_p95_ms', row.values.ttft_p95_ms)} ms, goodput ${formatCompareValue('goodput', row.values.goodput)} %`}
          </li>
        ))}
      </ul>
    </section>
  );
}
