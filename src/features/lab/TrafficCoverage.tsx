/** Says when the run covers only part of its traffic (a CSV's end, diurnal's day), with a way to run all of it. */
import { useAppStore } from '../../store/store';
import { trafficLength } from '../../store/labSlice';
import { formatDuration } from './labFormat';

export function TrafficCoverage() {
  const lab = useAppStore((state) => state.lab);
  const setShape = useAppStore((state) => state.setLabRunShape);
  if (!lab) return null;
  const length = trafficLength(lab.traffic);
  if (length === null || lab.seconds >= length) return null;
  return (
    <p className="lab-coverage" role="note">
      This run covers only {formatDuration(lab.seconds)} of its traffic&apos;s {formatDuration(length)}
      {lab.traffic.kind === 'scenario' ? ' (a diurnal day)' : ''}.{' '}
      <button type="button" onClick={() => setShape({ seconds: length, lengthSet: false })}>Run all {formatDuration(length)}</button>
    </p>
  );
}
