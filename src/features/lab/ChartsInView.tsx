/**
 * A lazy chart canvas in the Lab, drawn while its frame is near the screen: off it, the charts keep what they drew and
 * catch up (one chart per task) when they come back into view, since a knob edited far from them reruns the policies
 * and a chart redrawn unseen costs 50-90 ms of main thread. The chart library loads while the learner reads, not in
 * the task that first draws a long run's results. `props` must keep its identity while nothing in it changes.
 */
import { Suspense, useEffect, useRef, type ComponentType, type JSX } from 'react';
import { whenIdle } from '../../ui/whenIdle';
import { useHeldWhile, useNearViewport } from '../../ui/useNearViewport';

interface ChartsInViewProps<P extends object> {
  readonly Canvas: ComponentType<P>;
  /** starts loading the canvas's chunk */
  readonly load: () => Promise<unknown>;
  readonly props: P;
}

export function ChartsInView<P extends object>({ Canvas, load, props }: ChartsInViewProps<P>): JSX.Element {
  const frame = useRef<HTMLDivElement>(null);
  const near = useNearViewport(frame, '300px', false);
  const drawn = useHeldWhile(props, near);
  useEffect(() => whenIdle(() => { void load(); }), [load]);
  return (
    <div className="lab-charts-frame" ref={frame}>
      {drawn ? (
        <Suspense fallback={<div className="trace-chart-placeholder">Loading the charts…</div>}>
          <Canvas {...drawn} />
        </Suspense>
      ) : <div className="trace-chart-placeholder">The charts draw as they come into view.</div>}
    </div>
  );
}
