/** Simulated vs measured, in words: what the simulation was given, and the largest differences with their reasons. */
import { formatNumber } from '../../engine/format';
import type { MeasuredColdStart } from '../../engine/live/coldStages';
import { fitBatchLine, stagesText, type Difference } from '../../engine/live/compare';
import type { LiveSecond } from '../../engine/live/recorder';
import type { PlatformSettings } from '../../engine/time/types';
import { Panel } from '../../ui/Panel';
import { BatchFitChart } from './BatchFitChart';

const ms = (value: number) => `${formatNumber(Math.round(value * 10) / 10)} ms`;

export function LiveCompare({ seconds, platform, coldStart, differences, digitsPerRequest }: {
  readonly seconds: readonly LiveSecond[]; readonly platform: PlatformSettings; readonly coldStart: MeasuredColdStart;
  readonly differences: readonly Difference[]; readonly digitsPerRequest: number;
}) {
  const fit = fitBatchLine(seconds);
  return (
    <Panel id="live-compare" title="Simulated vs measured">
      <p>
        The Lab&apos;s simulation (dashed on the charts) ran the same arrivals, second by second, under the same policy, with what was measured here:
        {' '}<strong>{formatNumber(Math.round(platform.capacity))} req/s</strong> per busy replica, a service time of <strong>{ms(platform.service_ms)}</strong> per
        batch (median) and a cold start of <strong>{formatNumber(coldStart.totalS)} s</strong> in the measured stages (the Lab counts whole seconds):
      </p>
      <p data-testid="live-stages">
        Stages: {stagesText(coldStart)}. Each simulated replica goes through these stages in turn, as the Lab&apos;s staged cold start does
        (image, weights, warm-up; no GPU node to wait for). The mean total is rounded up to whole seconds, and the seconds go to
        the stages with the largest remainders.
      </p>
      {fit ? (
        <p data-testid="live-fit">
          Batch line fitted from {formatNumber(fit.points)} seconds: a forward pass takes about {ms(fit.baseMs)} + {ms(fit.perRequestMs)} x batch
          ({formatNumber(digitsPerRequest)} digits a request): the Lab&apos;s <code>itl_base_ms + itl_per_seq_ms x batch</code>, measured.
        </p>
      ) : null}
      {fit ? <BatchFitChart seconds={seconds} fit={fit} /> : null}
      <h3>The largest differences</h3>
      <ol className="live-differences" data-testid="live-differences">
        {differences.slice(0, 4).map((d) => <li key={d.what}>{d.text}</li>)}
      </ol>
    </Panel>
  );
}
