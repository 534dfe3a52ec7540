import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { useAppStore } from '../store/store';

/** A printed execution table is a handout: it shows every row while printing, then goes back to the learner's choice. */
export function usePrintAllRows(): void {
  useEffect(() => {
    let restore = false;
    const before = () => {
      if (useAppStore.getState().showAllRows) return;
      restore = true;
      flushSync(() => useAppStore.getState().toggleShowAllRows());
    };
    const after = () => {
      if (restore && useAppStore.getState().showAllRows) useAppStore.getState().toggleShowAllRows();
      restore = false;
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => { window.removeEventListener('beforeprint', before); window.removeEventListener('afterprint', after); };
  }, []);
}
