import { useMemo } from 'react';
import { formatNumber, plural } from '../../engine';
import { fixedFleet, provisioning, servingInstances, type ProvisioningSummary } from '../../engine/lesson/provisioning';
import { RangeField } from '../../ui/RangeField';
import { useAppStore } from '../../store/store';
import { useViewParam } from '../../store/viewParams';
import { StepStrip } from './StepStrip';

function Summary({ title, summary }: { readonly title: string; readonly summary: ProvisioningSummary }) {
  return (
    <section className="compare-card" aria-label={title}>
      <h3>{title}</h3>
      <dl>
        <dt>Server-steps paid (cost)</dt><dd>{formatNumber(summary.serverSteps)}</dd>
        <dt>Of them idle (over-provisioned)</dt><dd data-metric="idle">{formatNumber(summary.overProvisionedServerSteps)}</dd>
        <dt>Overloaded steps (latency)</dt><dd data-metric="overloaded">{formatNumber(summary.overloadedSteps)}</dd>
        <dt>Requests beyond capacity</dt><dd>{formatNumber(summary.unservedRequests)}</dd>
      </dl>
    </section>
  );
}

function verdict(fixed: ProvisioningSummary, auto: ProvisioningSummary, size: number): string {
  const cost = fixed.serverSteps === auto.serverSteps ? 'costs the same as the autoscaler'
    : `costs ${plural(Math.abs(fixed.serverSteps - auto.serverSteps), 'server-step')} ${fixed.serverSteps > auto.serverSteps ? 'more' : 'less'} than the autoscaler`;
  const latency = fixed.overloadedSteps === auto.overloadedSteps
    ? (fixed.overloadedSteps === 0 ? 'and neither is ever overloaded' : `and both are overloaded at ${plural(fixed.overloadedSteps, 'step')}`)
    : `and is overloaded at ${plural(fixed.overloadedSteps, 'step')} against the autoscaler's ${formatNumber(auto.overloadedSteps)}`;
  return `A fixed fleet of ${size} ${cost}, ${latency}.`;
}

/** A fixed fleet against the autoscaler on the scenario's loads; every number comes from the traces. */
export function CostLatencyExample() {
  const trace = useAppStore((state) => state.trace);
  const peak = trace.length === 0 ? 0 : Math.max(...trace.loads);
  const maxFleet = Math.max(10, trace.config.max_servers > 50 ? 50 : trace.config.max_servers);
  const [size, setSize] = useViewParam('fleet', 2, 1, maxFleet);
  const [capacity, setCapacity] = useViewParam('cap', 100, 10, 500);
  const [lag, setLag] = useViewParam('lag', 0, 0, 1);
  const fixed = useMemo(() => provisioning({ loads: trace.loads, instances: fixedFleet(size, trace.length), capacityPerInstance: capacity }), [trace, size, capacity]);
  const auto = useMemo(() => provisioning({ loads: trace.loads, instances: servingInstances(trace, lag ? 'before' : 'after'), capacityPerInstance: capacity }), [trace, capacity, lag]);
  return (
    <div className="cost-latency">
      <div className="example-controls">
        <RangeField label="Fixed fleet, sized by hand" value={size} min={1} max={maxFleet} valueText={plural(size, 'instance')} onChange={setSize} />
        <RangeField label="One instance serves" value={capacity} min={10} max={500} step={10} valueText={`${capacity} requests/step`} onChange={setCapacity}
          help={`The busiest step here has ${formatNumber(peak)} requests.`} />
        <label className="toggle">
          <input type="checkbox" checked={lag === 1} onChange={(event) => setLag(event.target.checked ? 1 : 0)} />
          A new instance serves only from the next step
        </label>
      </div>
      <div className="compare-grid">
        <Summary title={`Fixed fleet of ${size}`} summary={fixed} />
        <Summary title="Autoscaler (your config)" summary={auto} />
      </div>
      <p className="verdict" role="status">{verdict(fixed, auto, size)}</p>
      <StepStrip fixed={fixed} auto={auto} fixedLabel={`Fixed ${size}`} />
      <p className="muted">
        Loads and config are the ones in <a href="#/visualize">Visualize</a>; change them there and these numbers follow.
        An overloaded step is one whose load exceeds instances × {capacity}.
      </p>
    </div>
  );
}
