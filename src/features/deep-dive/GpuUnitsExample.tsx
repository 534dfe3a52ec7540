import { formatNumber, formatPercent, plural, TARGET_TRACKING_DEFAULTS, type TargetTrackingConfig } from '../../engine';
import { wholeUnits } from '../../engine/lesson/provisioning';
import { RangeField } from '../../ui/RangeField';
import { useAppStore } from '../../store/store';
import { useViewParam } from '../../store/viewParams';

/** GPUs come in whole units: the target-tracking rule's ceil, and the share of the last GPU paid for and idle. */
export function GpuUnitsExample() {
  const config = useAppStore((state) => state.config);
  const tracking: TargetTrackingConfig = config.policy === 'target_tracking' ? config : TARGET_TRACKING_DEFAULTS;
  const [load, setLoad] = useViewParam('gpuload', 110, 0, 600);
  const need = wholeUnits(load, tracking);
  const perGpu = tracking.capacity_per_server * tracking.target_utilization;
  return (
    <>
      <p>
        With {config.policy === 'target_tracking' ? 'your' : 'the default'} target-tracking config, one GPU instance serves{' '}
        {formatNumber(tracking.capacity_per_server)} requests per step and the target keeps it at {formatPercent(tracking.target_utilization)},
        so it takes {formatNumber(perGpu)} requests per step.
      </p>
      <div className="example-controls">
        <RangeField label="Load on the endpoint" value={load} min={0} max={600} step={5} valueText={`${load} requests/step`} onChange={setLoad} />
      </div>
      <p className="verdict" role="status">
        {need.whole === 0
          ? 'No load, no GPU needed (if the platform may scale to zero).'
          : `The load needs ${formatNumber(Math.round(need.exact * 100) / 100)} GPUs of work, so the autoscaler asks for ${plural(need.whole, 'GPU')}: `
            + `${formatPercent(need.idleShare)} of what is paid for sits idle at the target.`}
      </p>
    </>
  );
}
