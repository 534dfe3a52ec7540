/**
 * Reading the Lab's kept setup (labStorage.ts), or setting an unreadable one aside: only the Lab's chunk reads it, so the
 * first screen, whose store only writes it, does not carry this. Pure over the Storage it is given.
 */
import { LAB_KEY, LAB_STORAGE_VERSION, localBacking, type Backing } from './labStorage';

export type SavedLab =
  | { readonly kind: 'none' }
  | { readonly kind: 'saved'; readonly encoded: string }
  | { readonly kind: 'set-aside'; readonly message: string };

export const setAsideMessage = (why: string) => `Your saved Lab setup could not be read (${why}), so it was set aside on this device and the Lab's defaults are shown.`;

/** Moves an unreadable entry aside (kept, never deleted); returns the message saying why. */
export function setAsideSavedLab(why: string, backing: Backing = localBacking): string {
  try {
    const raw = backing()?.getItem(LAB_KEY);
    if (raw !== null && raw !== undefined) backing()?.setItem(`${LAB_KEY}:set-aside:${Date.now()}`, raw);
    backing()?.removeItem(LAB_KEY);
  } catch { /* nothing more to save */ }
  return setAsideMessage(why);
}

const setAside = (why: string, backing: Backing): SavedLab => ({ kind: 'set-aside', message: setAsideSavedLab(why, backing) });

/** The saved setup's link payload, or none, or why it was set aside (not JSON, no payload, a newer version). */
export function readSavedLab(backing: Backing = localBacking): SavedLab {
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

