/**
 * Fills the Lab's inputs when it opens: from a link in the address bar when there is one (a link that does not
 * decode gives the defaults and a notice saying why), else the defaults. Runs again when a new link is pasted.
 */
import { useEffect } from 'react';
import { useAppStore } from '../../store/store';
import { decodeLab } from './decodeLab';
import { DEFAULT_LAB } from './labDefaults';

export const BROKEN_LAB_LINK = 'This Lab link could not be opened, so the Lab\'s defaults are shown instead.';

export function useLabSetup(): void {
  const link = useAppStore((state) => state.labLink);
  const hasInputs = useAppStore((state) => state.lab !== null);
  useEffect(() => {
    const store = useAppStore.getState();
    if (link !== null) {
      const decoded = decodeLab(link);
      store.setLabLink(null);
      if (decoded.ok) {
        store.openLab(decoded.value);
        if (store.notice?.title === BROKEN_LAB_LINK) store.dismissNotice();
      } else {
        store.openLab(DEFAULT_LAB);
        store.showNotice({ title: BROKEN_LAB_LINK, details: decoded.errors });
      }
    } else if (!hasInputs) {
      store.openLab(DEFAULT_LAB);
    }
  }, [link, hasInputs]);
}
