/**
 * From the lesson to the Lab: the lesson's own threshold loop run in time with a cold start, and what goes wrong,
 * in numbers from the run on screen when it is that preset.
 */
import { formatCount } from '../../engine/format';
import { useAppStore } from '../../store/store';
import type { TimeTrace } from './labEngine';
import { lessonLoopPreset } from './labDefaults';
import { firstScaleOut } from './labSelectors';
import { clockTime } from './labFormat';

export const LESSON_LOOP_OPENED = 'The lesson\'s loop in time replaced your traffic and policies. Undo puts them back.';

export function LessonBridge({ traces }: { readonly traces: readonly TimeTrace[] }) {
  const replaceLab = useAppStore((state) => state.replaceLab);
  const only = traces.length === 1 ? traces[0] : undefined;
  const lesson = only && only.policy.config.policy === 'threshold' ? only : undefined;
  const s = lesson?.summary;
  const first = lesson ? firstScaleOut(lesson) : null;
  return (
    <section className="lab-bridge" aria-labelledby="lab-bridge-title">
      <h2 id="lab-bridge-title">From the lesson to real time</h2>
      <p>
        The lesson&apos;s loop decided on six numbers. Here time runs a second at a tick: requests queue, a new replica needs a
        cold start before it serves, and controllers act every few seconds.{' '}
        <button type="button" onClick={() => replaceLab(lessonLoopPreset(), LESSON_LOOP_OPENED)}>Run the lesson&apos;s loop in time</button>
      </p>
      {s ? (
        <p className="lab-bridge-result">
          <strong>What goes wrong:</strong> the lesson&apos;s rule compares the <em>total</em> requests per second with fixed
          thresholds and adds one server per period, without knowing what a server can serve or that a new one is still
          starting. On this traffic {formatCount(s.failed)} requests failed and {formatCount(s.dropped)} were
          dropped out of {formatCount(s.arrivals)}, and {formatCount(s.slo_violation_s)} seconds missed the SLO.
          {first ? (first.ready === null
            ? ` It first asked for a server at ${clockTime(first.asked)}, and none was ready before the run ended.`
            : ` It first asked for a server at ${clockTime(first.asked)}; the server served only from ${clockTime(first.ready)}, ${first.ready - first.asked} seconds later, while requests queued.`)
            : ' It never asked for another server in this run.'}
          {' '}Add an HPA or Knative policy to see a per-replica target do better.
        </p>
      ) : null}
    </section>
  );
}
