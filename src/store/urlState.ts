/** The scenario and cursor in the URL hash, so a link opens exactly what its sender saw. Pure: no DOM. */
import { formatCount } from '../engine/format';
import { parseConfigText, parseSeed, validateLoads, type Result } from '../engine';
import { MAX_UI_STEPS } from './scenarioSlice';

/** The format of a shared scenario this version writes and reads. */
export const SHARED_VERSION = 1;

export interface SharedState {
  readonly configText: string;
  readonly loads: readonly number[];
  /** 0 = Start (nothing run yet), k = after step k */
  readonly cursor: number;
  /** set when the link was written by a newer version: its format, and the fields this version left unread */
  readonly newer?: { readonly version: number; readonly unread: readonly string[] };
}

const KNOWN_FIELDS = ['v', 'c', 'l', 'k'];

export function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(encoded: string): string {
  const padded = encoded.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (encoded.length % 4)) % 4);
  const binary = atob(padded);
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodeShared(state: SharedState): string {
  return toBase64Url(JSON.stringify({ v: SHARED_VERSION, c: state.configText, l: state.loads, k: state.cursor }));
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
  const { v, c, l, k } = payload as Record<string, unknown>;
  if (typeof c !== 'string') return fail('The shared link has no config text');
  const loads = validateLoads(l);
  if (!loads.ok) return { ok: false, errors: loads.errors.map((e) => ({ ...e, path: `link ${e.path}` })) };
  if (loads.value.length > MAX_UI_STEPS) {
    return fail(`The shared link has ${formatCount(loads.value.length)} steps; the browser holds at most ${formatCount(MAX_UI_STEPS)}`, 'use the CLI (npm run trace) for longer runs');
  }
  const cursor = typeof k === 'number' && Number.isInteger(k) ? Math.min(Math.max(k, 0), loads.value.length) : 0;
  // a newer version's link: read what this version knows (the config, loads and step), and say what was left out
  const newer = typeof v === 'number' && Number.isFinite(v) && v > SHARED_VERSION
    ? { newer: { version: v, unread: Object.keys(payload).filter((key) => !KNOWN_FIELDS.includes(key)) } } : {};
  return { ok: true, value: { configText: c, loads: loads.value, cursor, ...newer } };
}

export const MODES = ['visualize', 'predict', 'quiz', 'practice', 'test', 'why', 'deep-dive', 'transcript', 'review', 'lab', 'live', 'present'] as const;
export type Mode = (typeof MODES)[number];

export interface Route {
  readonly mode: Mode;
  /** the encoded scenario, when the hash carries one */
  readonly scenario?: string;
  /** Test mode: the seed its ten questions are drawn from, so a link reopens the same test */
  readonly seed?: number;
  /** Lab mode: its traffic, policies, platform and cursor second (encoded by store/labLink) */
  readonly lab?: string;
  /** a mode's own view state (a slider's value, say), e.g. "fleet=3,cap=100"; only [A-Za-z0-9=,._-] */
  readonly view?: string;
  /** embed view for a course page or an LMS iframe: no header */
  readonly embed?: boolean;
  /** Present: the deck on the projector: "mine" (the instructor's own, on this device), or an encoded deck
   *  (src/content/deck.ts), so a link carries a whole slide deck; absent: the lesson's deck */
  readonly deck?: string;
  /** Present: the 1-based slide, as written in the link (checked against the deck when it is known) */
  readonly slide?: string;
  /** Test mode: a seed the link carries that is not a seed (kept as sent, so the address is not rewritten) and why */
  readonly refusedSeed?: RefusedSeed;
}

export interface RefusedSeed {
  readonly text: string;
  readonly message: string;
}

const VIEW_PATTERN = /^[A-Za-z0-9=,._-]{1,200}$/;
/** The name of the instructor's own deck in a link (an encoded deck is far longer) */
export const MY_DECK_PARAM = 'mine';

/**
 * "#/test?s=...&seed=42" -> { mode, scenario, seed }. A seed that parseSeed refuses is never dropped nor replaced:
 * it comes back as refusedSeed, with the message that says which seeds are allowed.
 */
export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const mode = (MODES as readonly string[]).includes(path) ? (path as Mode) : 'visualize';
  const params = new URLSearchParams(query);
  const scenario = params.get('s') ?? undefined;
  const seedText = params.get('seed');
  const view = params.get('v');
  const lab = mode === 'lab' ? params.get('lab') ?? undefined : undefined;
  const deck = mode === 'present' ? params.get('deck') ?? undefined : undefined;
  const slide = mode === 'present' ? params.get('slide')?.slice(0, 40) ?? undefined : undefined;
  const route: Route = {
    mode, ...(scenario ? { scenario } : {}),
    ...(view !== null && VIEW_PATTERN.test(view) ? { view } : {}), ...(params.get('embed') === '1' ? { embed: true } : {}),
    ...(lab ? { lab } : {}), ...(deck ? { deck } : {}), ...(slide ? { slide } : {}),
  };
  if (seedText === null || mode !== 'test') return route;
  const seed = parseSeed(seedText);
  return seed.ok ? { ...route, seed: seed.value } : { ...route, refusedSeed: { text: seedText, message: seed.message } };
}

export function formatHash(route: Route): string {
  const seed = route.seed ?? (route.refusedSeed ? encodeURIComponent(route.refusedSeed.text) : undefined);
  const query = [
    route.scenario ? `s=${route.scenario}` : '', seed !== undefined && route.mode === 'test' ? `seed=${seed}` : '',
    route.lab && route.mode === 'lab' ? `lab=${route.lab}` : '', route.deck && route.mode === 'present' ? `deck=${route.deck}` : '',
    route.slide && route.mode === 'present' ? `slide=${encodeURIComponent(route.slide)}` : '',
    route.view && VIEW_PATTERN.test(route.view) ? `v=${route.view}` : '', route.embed ? 'embed=1' : '',
  ].filter(Boolean).join('&');
  return `#/${route.mode}${query ? `?${query}` : ''}`;
}
