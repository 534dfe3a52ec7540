import { useEffect } from 'react';
import { useAppStore } from '../../store/store';
import { presentCommandFor, type PresentCommand } from './presentKeys';

/** Present's keys from anywhere on the page (a presenter remote sends PageDown / PageUp), except while typing. */
export function usePresentKeys(run: (command: PresentCommand) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = presentCommandFor(event, useAppStore.getState().exploring);
      if (!command) return;
      event.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [run]);
}
