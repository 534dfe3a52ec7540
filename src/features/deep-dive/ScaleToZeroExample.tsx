import { useMemo } from 'react';
import { formatNumber, plural } from '../../engine';
import { runEndpointModel } from '../../engine/lesson/endpointModel';
import { RangeField } from '../../ui/RangeField';
import { useAppStore } from '../../store/store';
import { useViewParam } from '../../store/viewParams';
import { EndpointStrip } from './EndpointStrip';

/** An evening: some traffic, a long quiet night, then the first morning requests. */
const QUIET_NIGHT = [40, 10, 0, 0, 0, 0, 0, 0, 50, 60, 30];

/** Scale to zero: no instance paid for while idle, and the first request after it waits for a cold start. */
export function ScaleToZeroExample({ capacity }: { readonly capacity: number }) {
  const config = useAppStore((state) => state.config);
  const [after, setAfter] = useViewParam('zero', 2, 0, 6);
  const [coldStart] = useViewParam('cold', 2, 0, 6);
  const { kept, zero } = useMemo(() => {
    const input = { config, loads: QUIET_NIGHT, capacityPerInstance: capacity, coldStartSteps: coldStart };
    return { kept: runEndpointModel(input), zero: runEndpointModel({ ...input, ...(after > 0 ? { scaleToZeroAfter: after } : {}) }) };
  }, [config, capacity, coldStart, after]);
  return (
    <>
      <div className="example-controls">
        <RangeField label="Idle steps before scaling to zero" value={after} min={0} max={6} valueText={after === 0 ? 'never (min_servers holds)' : plural(after, 'step')} onChange={setAfter}
          help={`A request at zero starts one instance; it serves after the cold start (${plural(coldStart, 'step')}, set above).`} />
      </div>
      <p className="verdict" role="status">
        {after === 0
          ? `Kept at min_servers all night: ${formatNumber(kept.paidServerSteps)} server-steps paid, no request waits for a start.`
          : `Zero instances for ${plural(zero.zeroSteps, 'step')}: ${formatNumber(zero.paidServerSteps)} server-steps paid instead of ${formatNumber(kept.paidServerSteps)}, `
            + `but the morning's first requests wait (${plural(zero.backloggedSteps, 'step')} with a queue, up to ${formatNumber(zero.maxBacklog)} requests).`}
      </p>
      <EndpointStrip run={zero} label="Scale to zero: a quiet night, then morning" />
    </>
  );
}
