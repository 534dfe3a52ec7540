/** The scenario and cursor in the URL hash, so a link opens exactly what its sender saw. Pure: no DOM. */
import { parseConfigText, validateLoads, type Result } from '../engine';
import { MAX_UI_STEPS } from './scenarioSlice';

export interface SharedState {
  readonly configText: string;
  readonly loads: readonly number[];
  /** 0 = Start (nothing run yet), k = after step k */
  readonly cursor: number;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  const padded = encoded.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (encoded.length % 4)) % 4);
  const binary = atob(padded);
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodeShared(state: SharedState): string {
  return toBase64Url(JSON.stringify({ v: 1, c: state.configText, l: state.loads, k: state.cursor }));
}

/** Decodes and validates a shared scenario; every failure says what was wrong. */
/** A shared link's config and loads, checked; a config with problems is refused (see decodeSharedText to open it anyway). */
export function decodeShared(encoded: string): Result<SharedState> {
  const decoded = decodeSharedText(encoded);
  if (!decoded.ok) return decoded;
  const config = parseConfigText(decoded.value.configText);
  if (!config.ok) return { ok: false, errors: config.errors.map((e) => ({ ...e, path: `link config${e.path ? `.${e.path}` : ''}` })) };
  return decoded;
}

/**
 * A shared link's config text and checked loads. The config text is not validated here: a link may share a broken
 * config on purpose ("here is a config, fix it"), and it opens in the editor with its problems listed.
 */
export function decodeSharedText(encoded: string): Result<SharedState> {
  const fail = (message: string, hint = 'the link may be cut short or edited; ask for a fresh one') =>
    ({ ok: false as const, errors: [{ path: 'link', message, hint }] });
  let payload: unknown;
  try {
    payload = JSON.parse(fromBase64Url(encoded));
  } catch {
    return fail('The shared link could not be decoded');
  }
  if (typeof payload !== 'object' || payload === null) return fail('The shared link holds no scenario');
  const { c, l, k } = payload as Record<string, unknown>;
  if (typeof c !== 'string') return fail('The shared link has no config text');
  const loads = validateLoads(l);
  if (!loads.ok) return { ok: false, errors: loads.errors.map((e) => ({ ...e, path: `link ${e.path}` })) };
  if (loads.value.length > MAX_UI_STEPS) {
    return fail(`The shared link has ${loads.value.length.toLocaleString('en-US')} steps; the browser holds at most ${MAX_UI_STEPS.toLocaleString('en-US')}`, 'use the CLI (npm run trace) for longer runs');
  }
  const cursor = typeof k === 'number' && Number.isInteger(k) ? Math.min(Math.max(k, 0), loads.value.length) : 0;
  return { ok: true, value: { configText: c, loads: loads.value, cursor } };
}

export const MODES = ['visualize', 'predict', 'quiz', 'practice', 'test'] as const;
export type Mode = (typeof MODES)[number];

export interface Route {
  readonly mode: Mode;
  /** the encoded scenario, when the hash carries one */
  readonly scenario?: string;
  /** Test mode: the seed its ten questions are drawn from, so a link reopens the same test */
  readonly seed?: number;
}

/** Largest test seed a link may carry (seeds are 32-bit). */
export const MAX_TEST_SEED = 2 ** 32 - 1;

/** "#/test?s=...&seed=42" -> { mode, scenario, seed }; a seed that is not a whole number in range is ignored. */
export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const mode = (MODES as readonly string[]).includes(path) ? (path as Mode) : 'visualize';
  const params = new URLSearchParams(query);
  const scenario = params.get('s') ?? undefined;
  const seedText = params.get('seed');
  const seed = seedText !== null && /^\d{1,10}$/.test(seedText) && Number(seedText) <= MAX_TEST_SEED ? Number(seedText) : undefined;
  return { mode, ...(scenario ? { scenario } : {}), ...(seed !== undefined && mode === 'test' ? { seed } : {}) };
}

export function formatHash(route: Route): string {
  const query = [route.scenario ? `s=${route.scenario}` : '', route.seed !== undefined && route.mode === 'test' ? `seed=${route.seed}` : '']
    .filter(Boolean).join('&');
  return `#/${route.mode}${query ? `?${query}` : ''}`;
}
