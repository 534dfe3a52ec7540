/**
 * Simulated vs measured: the Lab's tick loop (simulateTime) run on the very arrivals Live measured, with the capacity,
 * service time and cold start (in its measured stages, coldStages.ts) Live measured, under the same (compressed) policy;
 * then the largest differences between the two, each with its reason. Pure.
 */
import { formatCount, formatNumber, plural } from '../format';
import type { LabPolicyConfig } from '../policies/types';
import { simulateTime } from '../time/simulateTime';
import type { ColdStartSettings, MeasuredSettings, PlatformSettings, ReplicaSettings, TimeTrace } from '../time/types';
import type { MeasuredColdStart } from './coldStages';
import type { LiveSecond } from './recorder';

const median = (values: readonly number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
};

const present = (values: readonly (number | null)[]): number[] => values.filter((v): v is number => v !== null && Number.isFinite(v));

/** The platform the simulation gets: what Live measured, rounded where the Lab counts in whole seconds. */
export function measuredPlatform(seconds: readonly LiveSecond[], coldStart: MeasuredColdStart, sloMs: number): PlatformSettings {
  const last = seconds[seconds.length - 1];
  return {
    capacity: Math.max(0.1, last?.capacity_rps ?? 1),
    service_ms: median(present(seconds.map((s) => s.service_ms))) ?? 0,
    cold_start_s: coldStart.totalS,
    queue_limit: 1_000_000_000,
    timeout_s: seconds.length + 120,
    drain_s: 0,
    price_per_hour: 0,
    slo_p95_ms: sloMs,
  };
}

export interface MeasuredRun {
  /** the policy's name and its (compressed) config */
  readonly name: string;
  readonly config: LabPolicyConfig;
  readonly seconds: readonly LiveSecond[];
  readonly platform: PlatformSettings;
  /** the measured replica (absent: the Lab's web server at the platform's capacity) */
  readonly replica?: ReplicaSettings;
  /** the measured cold start in stages (absent: one stage of platform.cold_start_s) */
  readonly coldStart?: ColdStartSettings;
}

/** The Lab's run of the measured arrivals (exactly those counts, second by second) under the same policy. */
export function simulateMeasured({ name, config, seconds, platform, replica, coldStart }: MeasuredRun): TimeTrace | null {
  if (seconds.length === 0) return null;
  const [trace] = simulateTime({
    traffic: { points: seconds.map((s) => ({ t: s.t, rps: s.arrivals })) }, seconds: seconds.length, seed: 1, arrivals: 'exact',
    platform, policies: [{ name, config }], ...(replica ? { replica } : {}), ...(coldStart ? { coldStart } : {}),
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
export function namedDifferences(measured: readonly LiveSecond[], sim: TimeTrace, cores: number, coldStart: MeasuredColdStart): Difference[] {
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
        + `The simulated replica goes through the measured stages in whole seconds (${stagesText(coldStart)}), ready ${plural(coldStart.totalS, 'second')} after the decision `
        + `(measured: ${formatCount(Math.round(coldStart.totalMs))} ms), `
        + 'and its policy reads modelled metrics, so a decision near a threshold can go the other way.',
  });

  const m95 = median(present(measured.slice(0, n).map((s) => s.p95_ms)));
  const s95 = median(present(Array.from(sim.p95.subarray(0, n))));
  if (m95 !== null && s95 !== null) {
    out.push({
      what: 'p95 latency', size: Math.abs(Math.log((m95 + 1) / (s95 + 1))),
      text: `p95 latency, median over the seconds: measured ${formatNumber(Math.round(m95))} ms, simulated ${formatNumber(Math.round(s95))} ms. `
        + 'The simulated replicas run the measured batch line on the measured cores, to the millisecond, but its arrivals come evenly spaced through each second; '
        + 'real ones come in bursts, pass messages between workers, and share the cores with the page.',
    });
  }

  const mq = Math.max(0, ...measured.slice(0, n).map((s) => s.queue));
  const sq = Math.max(0, ...Array.from(sim.queue.subarray(0, n)));
  out.push({
    what: 'Queue', size: Math.abs(mq - sq) / Math.max(1, mq, sq),
    text: `Longest queue: measured ${formatNumber(mq)}, simulated ${formatNumber(Math.round(sq))} requests. The simulated queue empties at the fitted batch line's speed; `
      + 'the real one also waits on the dispatcher, garbage collection and timers, which no line holds.',
  });

  if (maxReady > cores) {
    out.push({
      what: 'Cores', size: 0.1 * (maxReady - cores) / cores,
      text: `Cores: up to ${plural(maxReady, 'replica')} ran on ${plural(cores, 'core')} (navigator.hardwareConcurrency). `
        + 'The simulation shares the cores too (a batch stretched by busy replicas / cores), so the plateau is in both; '
        + 'what remains is that the page and the dispatcher use the same cores, and the browser schedules threads, not whole batches.',
    });
  }
  return out.sort((a, b) => b.size - a.size);
}

/** "worker spawn and start 1 s (120 ms), weight fetch 0 s (9 ms), warm-up pass 0 s (4 ms)": each stage, simulated and measured. */
export function stagesText(coldStart: MeasuredColdStart): string {
  return coldStart.stages
    .map((stage) => `${stage.parts.map((p) => p.label).join(' + ')} ${formatNumber(stage.s)} s (${stage.parts.map((p) => `${formatCount(Math.round(p.ms))} ms`).join(' + ')})`)
    .join(', ');
}

/** The measured replica's settings, and what was done to the fitted line when it could not be used as it came (else null). */
export interface MeasuredServing {
  readonly replica: { readonly kind: 'measured'; readonly measured: MeasuredSettings };
  readonly note: string | null;
}

/**
 * The measured replica from a Live run: the batch line fitted to the measured seconds, clamped so that noise cannot give
 * a negative base or slope: a negative base refits the line through 0 (time in proportion to the batch); a negative
 * slope keeps the mean time for every batch size; one batch size seen puts the line through 0 and that point.
 */
export function measuredServing(seconds: readonly LiveSecond[], maxBatch: number, cores: number): MeasuredServing {
  const pairs = seconds.filter((s) => s.service_ms !== null && s.batch_mean > 0).map((s) => [s.batch_mean, s.service_ms!] as const);
  const fit = fitBatchLine(seconds);
  const sxy = pairs.reduce((a, [x, y]) => a + x * y, 0);
  const sxx = pairs.reduce((a, [x]) => a + x * x, 0);
  const throughZero = sxx > 0 ? Math.max(0, sxy / sxx) : 0;
  let base = fit?.baseMs ?? 0;
  let per = fit?.perRequestMs ?? throughZero;
  let note: string | null = fit === null ? 'One batch size was measured, so the batch line goes through 0 and that point.' : null;
  if (fit !== null && per < 0) {
    base = pairs.reduce((a, [, y]) => a + y, 0) / pairs.length;
    per = 0;
    note = 'The fitted line fell with the batch size (noise), so the simulation takes the mean batch time for every size.';
  } else if (fit !== null && base < 0) {
    base = 0;
    per = throughZero;
    note = `The fitted line's base came out below 0 (${formatNumber(Math.round(fit.baseMs * 100) / 100)} ms, noise), so it is refitted through 0: ${formatNumber(Math.round(per * 1000) / 1000)} ms a request.`;
  }
  if (!(base + per > 0)) { base = 0; per = 0.01; note = 'No batch time was measured yet, so the simulation takes 0.01 ms a request.'; }
  return { replica: { kind: 'measured', measured: { base_ms: base, per_item_ms: per, max_batch: Math.max(1, Math.round(maxBatch)), cores: Math.max(1, Math.round(cores)) } }, note };
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
