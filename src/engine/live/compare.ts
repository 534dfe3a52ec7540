/**
 * Simulated vs measured: the Lab's tick loop (simulateTime) run on the very arrivals Live measured, with the capacity,
 * service time and cold start Live measured, under the same (compressed) policy; then the largest differences between
 * the two, each with its reason. Pure.
 */
import { formatNumber, plural } from '../format';
import type { LabPolicyConfig } from '../policies/types';
import { simulateTime } from '../time/simulateTime';
import type { PlatformSettings, TimeTrace } from '../time/types';
import type { LiveSecond } from './recorder';

const median = (values: readonly number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
};

const present = (values: readonly (number | null)[]): number[] => values.filter((v): v is number => v !== null && Number.isFinite(v));

/** The platform the simulation gets: what Live measured, rounded where the Lab counts in whole seconds. */
export function measuredPlatform(seconds: readonly LiveSecond[], coldStartsMs: readonly number[], sloMs: number): PlatformSettings {
  const last = seconds[seconds.length - 1];
  const coldMs = coldStartsMs.length > 0 ? coldStartsMs.reduce((a, b) => a + b, 0) / coldStartsMs.length : 0;
  return {
    capacity: Math.max(0.1, last?.capacity_rps ?? 1),
    service_ms: median(present(seconds.map((s) => s.service_ms))) ?? 0,
    cold_start_s: Math.ceil(coldMs / 1000),
    queue_limit: 1_000_000_000,
    timeout_s: seconds.length + 120,
    drain_s: 0,
    price_per_hour: 0,
    slo_p95_ms: sloMs,
  };
}

/** The Lab's run of the measured arrivals (exactly those counts, second by second) under the same policy. */
export function simulateMeasured(name: string, config: LabPolicyConfig, seconds: readonly LiveSecond[], platform: PlatformSettings): TimeTrace | null {
  if (seconds.length === 0) return null;
  const [trace] = simulateTime({
    traffic: { points: seconds.map((s) => ({ t: s.t, rps: s.arrivals })) }, seconds: seconds.length, seed: 1, arrivals: 'exact',
    platform, policies: [{ name, config }],
  });
  return trace ?? null;
}

export interface Difference {
  readonly what: string;
  /** how large, relative (for ordering); the text carries the numbers */
  readonly size: number;
  readonly text: string;
}

/** The largest differences between the measured run and its simulation, largest first, each with its reason. */
export function namedDifferences(measured: readonly LiveSecond[], sim: TimeTrace, platform: PlatformSettings, cores: number, coldStartMs: number): Difference[] {
  const out: Difference[] = [];
  const n = Math.min(measured.length, sim.seconds);
  if (n === 0) return out;
  let worst = 0;
  let worstAt = 0;
  let maxReady = 0;
  for (let t = 0; t < n; t++) {
    const gap = Math.abs(measured[t]!.ready - sim.ready[t]!);
    if (gap > worst) { worst = gap; worstAt = t; }
    maxReady = Math.max(maxReady, measured[t]!.ready);
  }
  out.push({
    what: 'Ready replicas', size: worst / Math.max(1, maxReady),
    text: worst === 0 ? 'Ready replicas: the simulation and the measurement agree every second.'
      : `Ready replicas: up to ${plural(worst, 'replica')} apart (second ${worst === 0 ? 0 : worstAt}: measured ${measured[worstAt]!.ready}, simulated ${sim.ready[worstAt]}). `
        + `The simulator makes a replica ready exactly ${plural(platform.cold_start_s, 'whole second')} after the decision (measured: ${formatNumber(Math.round(coldStartMs))} ms), `
        + 'and its policy reads modelled metrics, so a decision near a threshold can go the other way.',
  });

  const m95 = median(present(measured.slice(0, n).map((s) => s.p95_ms)));
  const s95 = median(present(Array.from(sim.p95.subarray(0, n))));
  if (m95 !== null && s95 !== null) {
    out.push({
      what: 'p95 latency', size: Math.abs(Math.log((m95 + 1) / (s95 + 1))),
      text: `p95 latency, median over the seconds: measured ${formatNumber(Math.round(m95))} ms, simulated ${formatNumber(Math.round(s95))} ms. `
        + 'The simulator counts waiting in whole seconds (a request served in the second it arrives waits 0) plus one fixed service time; '
        + 'measured latency has the queue in milliseconds, batches that take longer as they grow, and message passing between workers.',
    });
  }

  const mq = Math.max(0, ...measured.slice(0, n).map((s) => s.queue));
  const sq = Math.max(0, ...Array.from(sim.queue.subarray(0, n)));
  out.push({
    what: 'Queue', size: Math.abs(mq - sq) / Math.max(1, mq, sq),
    text: `Longest queue: measured ${formatNumber(mq)}, simulated ${formatNumber(Math.round(sq))} requests. The simulator serves ready x ${formatNumber(Math.round(platform.capacity))} requests every second, `
      + 'a fixed capacity per replica measured over the run; the real capacity moves with the batch size and with how many replicas share the cores.',
  });

  if (maxReady > cores) {
    out.push({
      what: 'Cores', size: 0.5 + (maxReady - cores) / cores,
      text: `Cores: up to ${plural(maxReady, 'replica')} ran on ${plural(cores, 'core')} (navigator.hardwareConcurrency), beside the page and the dispatcher. `
        + 'The simulator gives every replica its own capacity, as if cores were unlimited; here a replica beyond the cores adds latency, not throughput.',
    });
  }
  const batches = present(measured.slice(0, n).map((s) => (s.batch_mean > 0 ? s.batch_mean : null)));
  const meanBatch = batches.length > 0 ? batches.reduce((a, b) => a + b, 0) / batches.length : 1;
  if (meanBatch > 1.2) {
    out.push({
      what: 'Batching', size: (meanBatch - 1) / 8,
      text: `Batching: the replicas took ${formatNumber(Math.round(meanBatch * 10) / 10)} requests per forward pass on average; `
        + 'the simulator serves requests one by one at a fixed rate, so a capacity that grows with the batch is not in it.',
    });
  }
  return out.sort((a, b) => b.size - a.size);
}

/**
 * The Lab's LLM iteration line, `itl_base_ms + itl_per_seq_ms x batch`, fitted by least squares to the measured
 * seconds (mean forward-pass ms against mean batch); null until two different batch sizes were seen.
 */
export function fitBatchLine(seconds: readonly LiveSecond[]): { readonly baseMs: number; readonly perRequestMs: number; readonly points: number } | null {
  const pairs = seconds.filter((s) => s.service_ms !== null && s.batch_mean > 0).map((s) => [s.batch_mean, s.service_ms!] as const);
  const n = pairs.length;
  if (n < 2) return null;
  const mx = pairs.reduce((a, [x]) => a + x, 0) / n;
  const my = pairs.reduce((a, [, y]) => a + y, 0) / n;
  const sxx = pairs.reduce((a, [x]) => a + (x - mx) ** 2, 0);
  if (sxx < 1e-9) return null;
  const slope = pairs.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0) / sxx;
  return { baseMs: my - slope * mx, perRequestMs: slope, points: n };
}
