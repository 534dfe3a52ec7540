/**
 * Live's charts: demand vs capacity, the queue, measured p50/p95/p99 against the objective, replicas raw/desired/ready
 * with scale-outs (cold starts) and pauses marked, and the batches. The Lab's simulation of the same arrivals, when
 * given, is drawn dashed over each.
 */
import type { LiveSecond } from '../../engine/live/recorder';
import type { TimeTrace } from '../../engine/time/types';
import { DEMAND_COLOR, RAW_COLOR, SLO_COLOR } from '../../ui/policyStyle';
import { LiveChart, type LiveMarker, type LiveRow } from './LiveChart';

const nan = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? null : value);
const MEASURED = 'var(--series-1)';
const SIMULATED = 'var(--series-2)';
const THIRD = 'var(--series-3)';
const FOURTH = 'var(--series-4)';

function markersOf(seconds: readonly LiveSecond[]): LiveMarker[] {
  const out: LiveMarker[] = [];
  seconds.forEach((s, t) => {
    const before = t > 0 ? seconds[t - 1]!.desired : s.desired;
    if (s.desired > before) out.push({ t, label: `+${s.desired - before} cold start`, color: 'var(--chart-instances)' });
    if (s.gap) out.push({ t, label: 'paused', color: SLO_COLOR });
  });
  return out;
}

export function LiveCharts({ seconds, sim, length, sloMs }: { readonly seconds: readonly LiveSecond[]; readonly sim: TimeTrace | null; readonly length: number; readonly sloMs: number }) {
  const rows: LiveRow[] = seconds.map((s, t) => ({
    t, arrivals: s.arrivals, served: s.served, capacity: Math.round(s.ready * s.capacity_rps), queue: s.queue,
    p50: s.p50_ms, p95: s.p95_ms, p99: s.p99_ms, raw: s.desired_raw, desired: s.desired, ready: s.ready,
    batch: s.batch_mean, batchMax: s.batch_max, service: s.service_ms,
    simServed: sim ? nan(sim.served[t]) : null, simQueue: sim ? nan(sim.queue[t]) : null, simP95: sim ? nan(sim.p95[t]) : null, simReady: sim ? nan(sim.ready[t]) : null,
  }));
  const markers = markersOf(seconds);
  const simLine = (key: string) => (sim ? [{ key, name: 'simulated', color: SIMULATED, dash: '6 4' }] : []);
  return (
    <div className="live-charts">
      <LiveChart title="Demand vs capacity" data={rows} seconds={length} yLabel="requests/s" lines={[
        { key: 'arrivals', name: 'sent', color: DEMAND_COLOR }, { key: 'served', name: 'answered', color: MEASURED },
        { key: 'capacity', name: 'capacity (ready x measured)', color: THIRD, dash: '2 3', step: true }, ...simLine('simServed')]} />
      <LiveChart title="Queue at the dispatcher" data={rows} seconds={length} yLabel="requests" lines={[
        { key: 'queue', name: 'measured', color: MEASURED }, ...simLine('simQueue')]} />
      <LiveChart title="Latency from intended send time" data={rows} seconds={length} yLabel="ms" objective={{ value: sloMs, label: `objective ${sloMs} ms` }} lines={[
        { key: 'p50', name: 'p50', color: THIRD }, { key: 'p95', name: 'p95', color: MEASURED }, { key: 'p99', name: 'p99', color: FOURTH },
        ...(sim ? [{ key: 'simP95', name: 'simulated p95', color: SIMULATED, dash: '6 4' }] : [])]} />
      <LiveChart title="Replicas" data={rows} seconds={length} yLabel="replicas" markers={markers} lines={[
        { key: 'raw', name: 'raw', color: RAW_COLOR, dash: '2 3', step: true }, { key: 'desired', name: 'desired', color: FOURTH, step: true },
        { key: 'ready', name: 'ready', color: MEASURED, step: true }, ...(sim ? [{ key: 'simReady', name: 'simulated ready', color: SIMULATED, dash: '6 4', step: true }] : [])]} />
      <LiveChart title="Batches and forward passes" data={rows} seconds={length} yLabel="requests per batch" rightLabel="ms per pass" lines={[
        { key: 'batch', name: 'mean batch', color: MEASURED }, { key: 'batchMax', name: 'largest batch', color: THIRD, dash: '2 3' },
        { key: 'service', name: 'forward pass (ms, right)', color: FOURTH, right: true }]} />
    </div>
  );
}
