/**
 * The instructor's own deck, kept on this device. Versioned; data that does not read or validate is set aside under
 * another key (never lost) and reported, and the instructor starts with an empty deck, as progressStorage does.
 */
import { DECK_VERSION, validateDeck, type Deck } from '../../content/deck';

export const MY_DECK_KEY = 'autoscale-lab:deck';
export const MY_DECK_TITLE = 'My deck';

export interface LoadedDeck {
  /** null when nothing is saved yet (or what was saved was set aside) */
  readonly deck: Deck | null;
  /** why saved data was set aside, or why saving is not possible */
  readonly problem?: string;
}

type Backing = () => Storage | undefined;
const defaultBacking: Backing = () => globalThis.localStorage;

export function loadMyDeck(backing: Backing = defaultBacking): LoadedDeck {
  let raw: string | null;
  try { raw = backing()?.getItem(MY_DECK_KEY) ?? null; } catch { return { deck: null, problem: 'This browser does not allow saving; your deck lasts only until you close the page.' }; }
  if (raw === null) return { deck: null };
  let why: string;
  try {
    const stored = JSON.parse(raw) as unknown;
    const version = typeof stored === 'object' && stored !== null ? (stored as { v?: unknown }).v : undefined;
    if (typeof version === 'number' && version > DECK_VERSION) throw new Error(`it is from a newer version (${version})`);
    const checked = validateDeck(stored);
    if (checked.ok) return { deck: checked.value };
    why = checked.errors[0] ? `${checked.errors[0].path}: ${checked.errors[0].message}` : 'unknown shape';
  } catch (error) {
    why = error instanceof Error ? error.message : 'unreadable';
  }
  try { backing()?.setItem(`${MY_DECK_KEY}:set-aside:${Date.now()}`, raw); backing()?.removeItem(MY_DECK_KEY); } catch { /* nothing more to save */ }
  return { deck: null, problem: `Your saved deck could not be read (${why}), so it was set aside and you start with an empty deck.` };
}

/** Saves the deck (or clears it when it has no slides); returns the problem instead of throwing. */
export function saveMyDeck(deck: Deck, backing: Backing = defaultBacking): string | undefined {
  try {
    if (deck.slides.length === 0) backing()?.removeItem(MY_DECK_KEY);
    else backing()?.setItem(MY_DECK_KEY, JSON.stringify({ v: DECK_VERSION, ...deck }));
    return undefined;
  } catch (error) {
    const quota = error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
    return quota ? 'Storage is full, so your deck is not being saved. Export it as JSON to keep it.' : 'Your deck could not be saved in this browser. Export it as JSON to keep it.';
  }
}
