/**
 * Live: a real digit classifier (LeNet-5) served by Web Workers, scaled by the Lab's own policy code on measured
 * metrics, and the Lab's simulation of the same arrivals drawn over the measurement. The page only starts workers and
 * reads numbers; requests go from the dispatcher worker to the replica workers directly.
 */
import { useMemo } from 'react';
import { measuredColdStart } from '../../engine/live/coldStages';
import { measuredPlatform, measuredServing, namedDifferences, simulateMeasured } from '../../engine/live/compare';
import { requireModel } from '../../engine/time/simulateTime';
import { Panel } from '../../ui/Panel';
import { DrawDigit } from './DrawDigit';
import { LiveCharts } from './LiveCharts';
import { LiveCompare } from './LiveCompare';
import { LiveControls } from './LiveControls';
import { LiveDecisionLog } from './LiveDecisionLog';
import { LiveExport } from './LiveExport';
import { LiveStatusPanel } from './LiveStatusPanel';
import { SampleDigit } from './SampleDigit';
import { useLive } from './useLive';
import '../../ui/modeLayout.css';
import './live.css';

export function LiveMode() {
  const { settings, setSettings, view, start, stop, ask, sampleDigit } = useLive();
  const cores = navigator.hardwareConcurrency || 1;
  const { seconds, status, ran } = view;
  const phase = status?.phase;
  const canAsk = phase === 'running' || phase === 'draining' || phase === 'finished';
  const busy = ran !== null && (phase === undefined || phase === 'starting' || phase === 'running');
  const compared = useMemo(() => {
    if (!ran || !status || seconds.length < 2) return null;
    const coldStart = measuredColdStart(status.coldStarts);
    const platform = measuredPlatform(seconds, coldStart, ran.settings.sloMs);
    const name = requireModel(ran.config).title;
    const serving = measuredServing(seconds, ran.settings.maxBatch, cores);
    const sim = simulateMeasured({ name, config: ran.config, seconds, platform, replica: serving.replica, coldStart: coldStart.settings });
    const note = serving.note === null ? [] : [{ what: 'Batch line', size: 0, text: serving.note }];
    return sim ? { platform, coldStart, sim, name, differences: [...namedDifferences(seconds, sim, cores, coldStart), ...note] } : null;
  }, [ran, status, seconds, cores]);
  const policyName = ran ? requireModel(ran.config).title : '';
  return (
    <div className="lab live">
      <Panel id="live-intro" title="Live: a real endpoint, autoscaled and measured">
        <p>
          A small digit classifier (LeNet-5, 44,426 weights, trained on MNIST by <code>npm run train</code>) answers requests in Web Workers on this device.
          Each replica is a worker; a dispatcher worker sends requests at the chosen rate, each stamped with its intended send time, queues them, and hands
          every idle replica up to <code>max_batch</code> of them for one batched forward pass. The Lab&apos;s own policy code decides the replica count from
          what is measured each second. Then the Lab&apos;s simulation of the same arrivals is drawn over the measurement, so you can check where it holds.
        </p>
        <p className="lab-small">
          Digits: the MNIST database (Yann LeCun, Corinna Cortes, Christopher J. C. Burges), via the <code>mnist</code> npm package (MIT). A hidden tab pauses the run.
        </p>
      </Panel>
      <div className="lab-columns">
        <div className="lab-inputs">
          <LiveControls settings={settings} onChange={setSettings} onStart={start} onStop={stop} busy={busy} />
          <DrawDigit ask={ask} canAsk={canAsk} />
          <SampleDigit sample={sampleDigit} ask={ask} canAsk={canAsk} />
        </div>
        <div className="lab-results">
          {view.error ? <p role="alert" className="lab-field-error">The endpoint could not start: {view.error}</p> : null}
          {ran === null ? <p className="live-empty">Press <strong>Start</strong> to bring up the endpoint and send the load.</p> : null}
          <LiveStatusPanel status={status} seconds={seconds} cores={cores} />
          {ran && seconds.length > 0 ? (
            <>
              <LiveCharts seconds={seconds} sim={compared?.sim ?? null} length={ran.settings.seconds} sloMs={ran.settings.sloMs} />
              {status ? <LiveExport policy={policyName} seconds={seconds} status={status} settings={ran.settings} cores={cores} /> : null}
              <LiveDecisionLog seconds={seconds} policy={policyName} />
              {compared ? <LiveCompare seconds={seconds} platform={compared.platform} coldStart={compared.coldStart} differences={compared.differences} digitsPerRequest={ran.settings.digitsPerRequest} /> : null}
            </>
          ) : null}
        </div>
      </div>
    </div>
  );
}
