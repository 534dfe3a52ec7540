/**
 * The quiz modes put each question's scenario on screen, in the same store the Visualize workspace uses. The store
 * keeps the learner's own scenario (workspaceSlice) from the moment they open a quiz mode and this hook puts it back
 * when they leave the quiz modes, so a quiz never costs them the config they were working on. A navigation that brings
 * its own scenario (a test review's "See it in the workspace" link) stays on screen, with a notice leading back.
 */
import { useEffect } from 'react';
import { useAppStore } from '../../store/store';
import { parseHash, type Mode } from '../../store/urlState';

const QUIZ_VIEWS: readonly Mode[] = ['quiz', 'practice', 'predict', 'test'];

/** After the quiz modes are left (not when one quiz mode replaces another), gives the workspace back. */
function leave(): void {
  const { mode, keptWorkspace, restoreWorkspace, offerOwnWorkspace } = useAppStore.getState();
  if (QUIZ_VIEWS.includes(mode) || !keptWorkspace) return;
  const route = parseHash(window.location.hash);
  // the address already names the new mode and a scenario: the navigation brought its own
  if (route.scenario && route.mode === mode) offerOwnWorkspace('The workspace shows the scenario your link opened; yours is kept.');
  else restoreWorkspace();
}

/**
 * Call first in every quiz mode's top component, before any effect that loads a question's scenario:
 * its mount effect keeps the workspace (once for a run of quiz modes), its cleanup gives it back.
 */
export function useKeepWorkspace(): void {
  useEffect(() => {
    useAppStore.getState().keepWorkspace();
    // one quiz mode replacing another mounts in the same commit, after this cleanup: decide once both have run
    return () => queueMicrotask(leave);
  }, []);
}

/**
 * Call once in the app shell, after the address is read: a workspace still kept from a page closed in a quiz mode,
 * when the page now opens in another mode, is offered back in a notice (never restored over what the page opened).
 */
export function useSettleKeptWorkspace(): void {
  useEffect(() => {
    const { mode, keptWorkspace, offerOwnWorkspace } = useAppStore.getState();
    if (keptWorkspace && !QUIZ_VIEWS.includes(mode)) offerOwnWorkspace('Your own scenario from before the last quiz is kept.');
  }, []);
}
