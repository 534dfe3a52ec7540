/**
 * The Lab's setup kept on this device, like the workspace: one localStorage entry, versioned, holding the Lab's link
 * payload (store/labLink.ts), so a new tab opens the Lab as the learner left it. Reading never breaks the Lab: an entry
 * that cannot be read (or that the Lab's validators refuse, see features/lab/useLabSetup.ts) is set aside under another
 * key and reported, and the Lab starts from its defaults (readSavedLab.ts: only the Lab's chunk reads it, while the
 * store writes every change). Pure over the Storage it is given.
 */
import { encodeLab, type LabInputs } from './labLink';

export const LAB_KEY = 'autoscale-lab:lab';
/** 1: `{ version, lab }`, lab = the link payload of the inputs (cursor 0) */
export const LAB_STORAGE_VERSION = 1;

export type Backing = () => Storage | undefined;
export const localBacking: Backing = () => globalThis.localStorage;

/** Keeps the inputs; returns a message when the browser refuses (full, or storage off), else null. */
export function saveLab(inputs: LabInputs, backing: Backing = localBacking): string | null {
  try {
    backing()?.setItem(LAB_KEY, JSON.stringify({ version: LAB_STORAGE_VERSION, lab: encodeLab({ inputs, cursor: 0 }) }));
    return null;
  } catch (error) {
    const quota = error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
    return quota ? 'Storage is full, so the Lab setup is not being kept on this device.' : 'The Lab setup could not be kept in this browser.';
  }
}
