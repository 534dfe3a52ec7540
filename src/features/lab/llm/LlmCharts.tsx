/**
 * Under the LLM replica: the charts of what an LLM endpoint is judged by, with the cursor second in words (the
 * focused policy's gauges and starting replicas by stage). recharts loads on demand.
 */
import { lazy, useMemo } from 'react';
import { ChartsInView } from '../ChartsInView';
import { formatCount, formatPercent } from '../../../engine/format';
import { Panel } from '../../../ui/Panel';
import { useAppStore } from '../../../store/store';
import type { TimeTrace } from '../../../engine/time/types';
import { clockTime } from '../labFormat';
import { isLlm, llmOf } from './llmSettings';

const loadCanvas = () => import('./LlmChartsCanvas');
const LlmChartsCanvas = lazy(loadCanvas);

const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? 'none' : `${formatCount(Math.round(value))} ms`);

export function LlmCharts({ traces, focus }: { readonly traces: readonly TimeTrace[]; readonly focus: number }) {
  const cursor = useAppStore((state) => state.labCursor);
  const inputs = useAppStore((state) => state.labRun.inputs);
  const trace = traces[focus];
  const llm = inputs && isLlm(inputs) ? llmOf(inputs) : undefined;
  const ttftMs = llm?.slo_ttft_ms ?? 0;
  const itlMs = llm?.slo_itl_ms ?? 0;
  const canvasProps = useMemo(() => ({ traces, focus, ttftMs, itlMs }), [traces, focus, ttftMs, itlMs]);
  if (!llm || !trace || trace.replica !== 'llm') return null;
  const starting = [['node', trace.stageNode], ['image', trace.stageImage], ['weights', trace.stageWeights], ['warm-up', trace.stageWarmup]] as const;
  return (
    <Panel id="lab-llm-charts" title="LLM serving">
      <ChartsInView Canvas={LlmChartsCanvas} load={loadCanvas} props={canvasProps} />
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
