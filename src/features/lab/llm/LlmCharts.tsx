/**
 * Under the LLM replica: the charts of what an LLM endpoint is judged by, with the cursor second in words (the
 * focused policy's gauges and starting replicas by stage). recharts loads on demand.
 */
import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import { whenIdle } from '../../../ui/whenIdle';
import { useHeldWhile, useNearViewport } from '../../../ui/useNearViewport';
import { formatCount, formatPercent } from '../../../engine/format';
import { Panel } from '../../../ui/Panel';
import { useAppStore } from '../../../store/store';
import type { TimeTrace } from '../../../engine/time/types';
import { clockTime } from '../labFormat';
import { isLlm, llmOf } from './llmSettings';

const loadCanvas = () => import('./LlmChartsCanvas');
const LlmChartsCanvas = lazy(loadCanvas);

/**
 * The charts, drawn while their frame is near the screen (its own component, so the frame exists when the watch
 * starts); off it, they keep what they drew and catch up when they come back into view.
 */
function ChartsFrame({ traces, focus, ttftMs, itlMs }: { readonly traces: readonly TimeTrace[]; readonly focus: number; readonly ttftMs: number; readonly itlMs: number }) {
  const frame = useRef<HTMLDivElement>(null);
  const near = useNearViewport(frame, '300px', false);
  const latest = useMemo(() => ({ traces, focus, ttftMs, itlMs }), [traces, focus, ttftMs, itlMs]);
  const drawn = useHeldWhile(latest, near);
  // the chart library loads while the learner reads, not in the task that first draws a long run's results
  useEffect(() => whenIdle(() => { void loadCanvas(); }), []);
  return (
    <div className="lab-charts-frame" ref={frame}>
      {drawn ? (
        <Suspense fallback={<div className="trace-chart-placeholder">Loading the charts…</div>}>
          <LlmChartsCanvas {...drawn} />
        </Suspense>
      ) : <div className="trace-chart-placeholder">The charts draw as they come into view.</div>}
    </div>
  );
}

const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? 'none' : `${formatCount(Math.round(value))} ms`);

export function LlmCharts({ traces, focus }: { readonly traces: readonly TimeTrace[]; readonly focus: number }) {
  const cursor = useAppStore((state) => state.labCursor);
  const inputs = useAppStore((state) => state.labRun.inputs);
  const trace = traces[focus];
  if (!inputs || !isLlm(inputs) || !trace || trace.replica !== 'llm') return null;
  const llm = llmOf(inputs);
  const starting = [['node', trace.stageNode], ['image', trace.stageImage], ['weights', trace.stageWeights], ['warm-up', trace.stageWarmup]] as const;
  return (
    <Panel id="lab-llm-charts" title="LLM serving">
      <ChartsFrame traces={traces} focus={focus} ttftMs={llm.slo_ttft_ms} itlMs={llm.slo_itl_ms} />
      <p className="lab-readout" aria-live="off">
        At {clockTime(cursor)}, {trace.policy.name}: {formatCount(Math.round(trace.waiting[cursor] ?? 0))} waiting,{' '}
        {formatCount(Math.round(trace.running[cursor] ?? 0))} running, KV cache {formatPercent(trace.kvUsage[cursor] ?? 0)},
        GPU {formatPercent(trace.gpuUtil[cursor] ?? 0)}, {formatCount(trace.tokensOut[cursor] ?? 0)} tokens out;
        TTFT p95 {ms(trace.ttftP95[cursor])}, ITL p95 {ms(trace.itlP95[cursor])}; {formatCount(trace.ready[cursor] ?? 0)} ready,
        starting: {starting.map(([stage, column]) => `${formatCount(column[cursor] ?? 0)} ${stage}`).join(', ')}.
      </p>
    </Panel>
  );
}
