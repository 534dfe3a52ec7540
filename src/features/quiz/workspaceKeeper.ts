/**
 * The quiz modes put each question's scenario on screen, in the same store the Visualize workspace uses. The store
 * keeps the learner's own scenario (workspaceSlice) from the moment they open a quiz mode and this hook puts it back
 * when they leave the quiz modes, so a quiz never costs them the config they were working on. A link that brings its
 * own scenario (a test review's "See it in the workspace") is settled by the store when it opens (linkOpened): the
 * link's scenario stays on screen with a notice leading back, and nothing is left kept for this hook to give back.
 * The address is never read here: the app writes every mode's scenario into it, so it cannot tell a link from a quiz.
 */
import { useEffect } from 'react';
import { useAppStore } from '../../store/store';
import { borrowsWorkspace } from '../../store/workspaceSlice';

/** After the quiz modes are left (not when one quiz mode replaces another), gives the workspace back. */
function leave(): void {
  const { mode, keptWorkspace, restoreWorkspace } = useAppStore.getState();
  if (borrowsWorkspace(mode) || !keptWorkspace) return;
  restoreWorkspace();
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
    if (keptWorkspace && !borrowsWorkspace(mode)) offerOwnWorkspace('Your own scenario from before the last quiz is kept.');
  }, []);
}
