import { formatCount } from '../../engine/format';
import { formatNumber, type Trace } from '../../engine';

/** The scenario a walk-through is about, in one line: policy, its numbers and the loads. */
export function ScenarioLine({ trace }: { readonly trace: Trace }) {
  const { config } = trace;
  const rule = config.policy === 'threshold'
    ? `threshold policy: up above ${formatNumber(config.upper_threshold)}, down below ${formatNumber(config.lower_threshold)}`
    : `target tracking at ${formatNumber(config.target_utilization * 100)} % of ${formatNumber(config.capacity_per_server)} requests per server`;
  const shown = Array.from(trace.loads.subarray(0, 24), formatNumber).join(', ');
  return (
    <p className="scenario-line">
      <strong>Scenario:</strong> {rule}; {config.min_servers} to {config.max_servers} servers, starting at {config.initial_servers}.{' '}
      Loads: {shown}{trace.length > 24 ? `, … (${formatCount(trace.length)} steps)` : ''}.
    </p>
  );
}
