/**
 * Fills the Lab's inputs when it opens and when a new link is pasted. In order: a link in the address bar; else the
 * setup kept on this device; else the defaults. A link that opens over another setup says so, with Undo; a link that
 * does not decode keeps the setup there was (or the kept one, or the defaults) and says which; a kept setup that does
 * not decode is set aside with a message.
 */
import { useEffect } from 'react';
import { useAppStore } from '../../store/store';
import { encodeLab, type LabInputs, type LabShared } from '../../store/labLink';
import { readSavedLab, setAsideSavedLab } from '../../store/readSavedLab';
import type { ValidationError } from '../../engine/lesson/validate';
import { decodeLab } from './decodeLab';
import { DEFAULT_LAB } from './labDefaults';

export const BROKEN_LAB_LINK = 'This Lab link could not be opened';
export const LINK_REPLACED = 'This link\'s Lab setup is open in place of yours. Undo puts yours back.';

/** The setup kept on this device, checked by the same validators as a link; unreadable ones are set aside. */
function savedSetup(): { readonly shared: LabShared | null; readonly problem: string | null } {
  const saved = readSavedLab();
  if (saved.kind === 'none') return { shared: null, problem: null };
  if (saved.kind === 'set-aside') return { shared: null, problem: saved.message };
  const decoded = decodeLab(saved.encoded);
  if (decoded.ok) return { shared: { inputs: decoded.value.inputs, cursor: 0 }, problem: null };
  return { shared: null, problem: setAsideSavedLab(decoded.errors[0]?.message ?? 'it does not decode') };
}

const same = (a: LabInputs, b: LabInputs) => encodeLab({ inputs: a, cursor: 0 }) === encodeLab({ inputs: b, cursor: 0 });

function openBrokenLink(errors: readonly ValidationError[]): void {
  const store = useAppStore.getState();
  let kept: string;
  if (store.lab) kept = 'your Lab setup is kept as it was';
  else {
    const { shared, problem } = savedSetup();
    store.openLab(shared ?? DEFAULT_LAB);
    kept = shared ? 'your Lab setup saved on this device is restored' : `the Lab's defaults are shown${problem ? ` (${problem})` : ''}`;
  }
  store.showNotice({ title: `${BROKEN_LAB_LINK}, so ${kept}.`, details: errors });
}

function openGoodLink(shared: LabShared): void {
  const store = useAppStore.getState();
  if (store.notice?.title.startsWith(BROKEN_LAB_LINK)) store.dismissNotice();
  const before = store.lab ?? savedSetup().shared?.inputs ?? null;
  if (!store.lab && before) store.openLab({ inputs: before, cursor: 0 });
  if (before && !same(before, shared.inputs)) store.replaceLab(shared, LINK_REPLACED);
  else store.openLab(shared);
}

export function useLabSetup(): void {
  const link = useAppStore((state) => state.labLink);
  const hasInputs = useAppStore((state) => state.lab !== null);
  useEffect(() => {
    const store = useAppStore.getState();
    if (link !== null) {
      const decoded = decodeLab(link);
      store.setLabLink(null);
      if (decoded.ok) openGoodLink(decoded.value); else openBrokenLink(decoded.errors);
    } else if (!hasInputs) {
      const { shared, problem } = savedSetup();
      store.openLab(shared ?? DEFAULT_LAB);
      if (problem) store.showNotice({ title: problem, details: [] });
    }
  }, [link, hasInputs]);
}
