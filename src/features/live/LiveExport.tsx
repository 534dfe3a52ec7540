/** Download the measured run in the Lab's formats (CSV or JSON) so a class can compare machines. */
import { liveCsv, liveJson } from '../../engine/live/liveExport';
import type { LiveSecond } from '../../engine/live/recorder';
import type { LiveSettings } from '../../engine/live/settings';
import { downloadBlob } from '../../ui/downloadBlob';
import type { LiveStatus } from './dispatcher.worker';

export function LiveExport({ policy, seconds, status, settings, cores }: {
  readonly policy: string; readonly seconds: readonly LiveSecond[]; readonly status: LiveStatus; readonly settings: LiveSettings; readonly cores: number;
}) {
  const csv = () => downloadBlob(new Blob([liveCsv(policy, seconds)], { type: 'text/csv' }), 'live-run.csv');
  const json = () => {
    const { replicas: _replicas, coldStarts, message: _message, phase: _phase, paused: _paused, ...totals } = status;
    const text = liveJson(policy, seconds, {
      device: { cores, user_agent: navigator.userAgent }, settings: { ...settings },
      cold_starts: coldStarts.map((c) => ({ ...c })), totals,
    });
    downloadBlob(new Blob([text], { type: 'application/json' }), 'live-run.json');
  };
  return (
    <div className="live-export" role="group" aria-label="Export the measured run">
      <button type="button" onClick={csv} disabled={seconds.length === 0}>Download CSV</button>
      <button type="button" onClick={json} disabled={seconds.length === 0}>Download JSON</button>
    </div>
  );
}
