/**
 * The Lab's setup kept on this device, like the workspace: one localStorage entry, versioned, holding the Lab's link
 * payload (store/labLink.ts), so a new tab opens the Lab as the learner left it. Reading never breaks the Lab: an entry
 * that cannot be read (or that the Lab's validators refuse, see features/lab/useLabSetup.ts) is set aside under another
 * key and reported, and the Lab starts from its defaults. Pure over the Storage it is given.
 */
import { encodeLab, type LabInputs } from './labLink';

export const LAB_KEY = 'autoscale-lab:lab';
/** 1: `{ version, lab }`, lab = the link payload of the inputs (cursor 0) */
export const LAB_STORAGE_VERSION = 1;

export type SavedLab =
  | { readonly kind: 'none' }
  | { readonly kind: 'saved'; readonly encoded: string }
  | { readonly kind: 'set-aside'; readonly message: string };

type Backing = () => Storage | undefined;
const local: Backing = () => globalThis.localStorage;

export const setAsideMessage = (why: string) => `Your saved Lab setup could not be read (${why}), so it was set aside on this device and the Lab's defaults are shown.`;

/** Moves an unreadable entry aside (kept, never deleted); returns the message saying why. */
export function setAsideSavedLab(why: string, backing: Backing = local): string {
  try {
    const raw = backing()?.getItem(LAB_KEY);
    if (raw !== null && raw !== undefined) backing()?.setItem(`${LAB_KEY}:set-aside:${Date.now()}`, raw);
    backing()?.removeItem(LAB_KEY);
  } catch { /* nothing more to save */ }
  return setAsideMessage(why);
}

const setAside = (why: string, backing: Backing): SavedLab => ({ kind: 'set-aside', message: setAsideSavedLab(why, backing) });

/** The saved setup's link payload, or none, or why it was set aside (not JSON, no payload, a newer version). */
export function readSavedLab(backing: Backing = local): SavedLab {
  let raw: string | null | undefined;
  try { raw = backing()?.getItem(LAB_KEY); } catch { return { kind: 'none' }; }
  if (raw === null || raw === undefined) return { kind: 'none' };
  let value: unknown;
  try { value = JSON.parse(raw); } catch { return setAside('it is not JSON', backing); }
  const { version, lab } = (typeof value === 'object' && value !== null ? value : {}) as { version?: unknown; lab?: unknown };
  if (typeof version !== 'number') return setAside('it has no version', backing);
  if (version > LAB_STORAGE_VERSION) return setAside(`it is from a newer version (${version})`, backing);
  if (typeof lab !== 'string' || lab === '') return setAside('it holds no Lab setup', backing);
  return { kind: 'saved', encoded: lab };
}

/** Keeps the inputs; returns a message when the browser refuses (full, or storage off), else null. */
export function saveLab(inputs: LabInputs, backing: Backing = local): string | null {
  try {
    backing()?.setItem(LAB_KEY, JSON.stringify({ version: LAB_STORAGE_VERSION, lab: encodeLab({ inputs, cursor: 0 }) }));
    return null;
  } catch (error) {
    const quota = error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
    return quota ? 'Storage is full, so the Lab setup is not being kept on this device.' : 'The Lab setup could not be kept in this browser.';
  }
}
