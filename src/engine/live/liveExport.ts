/**
 * A measured Live run in the Lab's formats, so a class can compare machines: the Lab's CSV columns (`npm run lab
 * --format csv`) first, then what only a measurement has; and the Lab's JSON (policy, seconds, ticks) with the device,
 * the settings and every cold start beside it.
 */
import Papa from 'papaparse';
import type { LiveSecond } from './recorder';

export const LAB_COLUMNS = ['policy', 't', 'arrivals', 'served', 'dropped', 'failed', 'queue', 'ready', 'provisioning', 'desired_raw', 'desired', 'p95_ms'] as const;
export const MEASURED_COLUMNS = ['p50_ms', 'p99_ms', 'batch_mean', 'batch_max', 'service_ms', 'busy', 'capacity_rps', 'draining', 'gap'] as const;

const round = (value: number | null) => (value === null ? '' : Math.round(value * 1000) / 1000);

function labTick(s: LiveSecond) {
  return {
    t: s.t, arrivals: s.arrivals, served: s.served, dropped: 0, failed: s.failed, queue: s.queue, ready: s.ready,
    provisioning: s.provisioning, desired_raw: round(s.desired_raw), desired: s.desired, p95_ms: s.p95_ms === null ? null : round(s.p95_ms),
  };
}

export function liveCsv(policy: string, seconds: readonly LiveSecond[]): string {
  const rows = seconds.map((s) => {
    const lab = labTick(s);
    return [policy, ...LAB_COLUMNS.slice(1).map((key) => lab[key as keyof typeof lab] ?? ''),
      round(s.p50_ms), round(s.p99_ms), round(s.batch_mean), s.batch_max, round(s.service_ms), round(s.busy), round(s.capacity_rps), s.draining, s.gap ? 1 : 0];
  });
  return `${Papa.unparse({ fields: [...LAB_COLUMNS, ...MEASURED_COLUMNS], data: rows }, { newline: '\n' })}\n`;
}

export interface LiveJsonExtras {
  readonly device: { readonly cores: number; readonly user_agent: string };
  readonly settings: Readonly<Record<string, unknown>>;
  /** every replica's cold start, ms, in its parts */
  readonly cold_starts: readonly Readonly<Record<string, number>>[];
  readonly totals: Readonly<Record<string, number>>;
}

export function liveJson(policy: string, seconds: readonly LiveSecond[], extras: LiveJsonExtras): string {
  const ticks = seconds.map((s) => JSON.stringify({ ...labTick(s), p50_ms: s.p50_ms, p99_ms: s.p99_ms, batch_mean: round(s.batch_mean), batch_max: s.batch_max,
    service_ms: round(s.service_ms), busy: round(s.busy), capacity_rps: round(s.capacity_rps), draining: s.draining, gap: s.gap }));
  return `{\n  "policy": ${JSON.stringify(policy)},\n  "measured": true,\n  "seconds": ${seconds.length},\n  "ticks": [\n    ${ticks.join(',\n    ')}\n  ],\n`
    + `  "device": ${JSON.stringify(extras.device)},\n  "settings": ${JSON.stringify(extras.settings)},\n  "cold_starts": ${JSON.stringify(extras.cold_starts)},\n`
    + `  "totals": ${JSON.stringify(extras.totals)}\n}\n`;
}
