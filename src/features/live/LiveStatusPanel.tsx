/** The endpoint now: every request counted, each replica with its cold start in parts, and the device's cores. */
import { formatCount, formatNumber, plural } from '../../engine/format';
import type { LiveSecond } from '../../engine/live/recorder';
import { Panel } from '../../ui/Panel';
import type { LiveStatus } from './dispatcher.worker';

const ms = (value: number) => `${formatNumber(Math.round(value))} ms`;

export function LiveStatusPanel({ status, seconds, cores }: { readonly status: LiveStatus | null; readonly seconds: readonly LiveSecond[]; readonly cores: number }) {
  if (!status) return null;
  const maxReady = seconds.reduce((max, s) => Math.max(max, s.ready), 0);
  const accuracy = status.digitsJudged > 0 ? (100 * status.digitsRight) / status.digitsJudged : null;
  const last = status.coldStarts[status.coldStarts.length - 1];
  return (
    <Panel id="live-status" title="The endpoint">
      <p role="status" className="live-phase">
        {status.phase === 'starting' ? 'Starting the first replica…' : status.phase === 'running' ? `Running: second ${formatCount(seconds.length)}.`
          : status.phase === 'draining' ? 'Load over: answering what is still queued.' : status.phase === 'finished' ? 'Run finished; the endpoint stays up for drawn and sample digits.' : status.message}
        {status.paused ? ' Paused while the tab is hidden; the gap is marked and kept out of the results.' : ''}
      </p>
      <dl className="live-totals">
        <div><dt>Sent</dt><dd data-testid="live-sent">{formatCount(status.sent)}</dd></div>
        <div><dt>Answered</dt><dd data-testid="live-answered">{formatCount(status.answered)}</dd></div>
        <div><dt>Failed</dt><dd data-testid="live-failed">{formatCount(status.failed)}</dd></div>
        <div><dt>Waiting</dt><dd data-testid="live-waiting">{formatCount(status.waiting)}</dd></div>
        <div><dt>In batches</dt><dd data-testid="live-inflight">{formatCount(status.inFlight)}</dd></div>
        <div><dt>Digits right</dt><dd>{accuracy === null ? '—' : `${formatNumber(Math.round(accuracy * 10) / 10)} %`}</dd></div>
      </dl>
      {status.unansweredAtEnd > 0 ? <p className="lab-small" data-testid="live-unanswered">{plural(status.unansweredAtEnd, 'request')} still queued a minute after the load ended: counted as unanswered.</p> : null}
      {status.answeredInPause > 0 ? <p className="lab-small">{plural(status.answeredInPause, 'request')} answered during a pause: counted, kept out of the percentiles.</p> : null}
      {last ? (
        <p data-testid="live-cold-start">
          Cold start (last of {formatCount(status.coldStarts.length)}): <strong>{ms(last.totalMs)}</strong> = spawn {ms(last.spawnMs)} + weights {ms(last.fetchMs)} + warm-up {ms(last.warmupMs)}
          {last.extraMs > 0 ? <> + <em>emulated large-model load {ms(last.extraMs)} (a wait, not work)</em></> : null}.
        </p>
      ) : null}
      <ul className="live-replicas" aria-label="Replicas">
        {status.replicas.map((r) => <li key={r.id} className={`live-replica live-replica-${r.state}`}>#{r.id} {r.state}</li>)}
      </ul>
      <p data-testid="live-cores">
        This device: <strong>{plural(cores, 'core')}</strong> (navigator.hardwareConcurrency), shared by this page, the dispatcher and the replicas.
        {maxReady >= cores
          ? ` With ${plural(maxReady, 'replica')} ready, more replicas than cores: each new one splits the same cores, so throughput plateaus and latency grows (npm run bench:live measures the curve).`
          : ' Up to about one replica per core adds throughput; beyond the cores, a replica adds latency, not throughput.'}
      </p>
    </Panel>
  );
}
