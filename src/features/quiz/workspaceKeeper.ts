/**
 * The quiz modes put each question's scenario on screen, in the same store the Visualize workspace uses. This keeps
 * the learner's own workspace scenario (config text, load, step) from the moment they open a quiz mode and puts it
 * back when they leave the quiz modes, so a quiz never costs them the config they were working on.
 * A navigation that brings its own scenario (a test review's "See it in the workspace" link) is left alone.
 */
import { useEffect } from 'react';
import type { ScalingConfig } from '../../engine';
import type { Scenario } from '../../quiz';
import { useAppStore } from '../../store/store';
import { parseHash } from '../../store/urlState';

interface KeptWorkspace {
  readonly configText: string;
  /** the last valid config: the editor's text may be invalid */
  readonly config: ScalingConfig;
  readonly textValid: boolean;
  readonly loads: readonly number[];
  readonly cursor: number;
}

let kept: KeptWorkspace | undefined;
let holders = 0;

function snapshot(): KeptWorkspace {
  const { configText, config, configErrors, loads, cursor } = useAppStore.getState();
  return { configText, config, textValid: configErrors.length === 0, loads, cursor };
}

/** The workspace's scenario as the quiz modes found it (its text kept when valid); safe to call while rendering. */
export function workspaceScenario(): Scenario {
  const workspace = kept ?? snapshot();
  return workspace.textValid
    ? { config: workspace.config, loads: workspace.loads, configText: workspace.configText }
    : { config: workspace.config, loads: workspace.loads };
}

function restore(workspace: KeptWorkspace): void {
  const { loadScenario, setConfigText } = useAppStore.getState();
  loadScenario({ config: workspace.config, loads: workspace.loads, cursor: workspace.cursor, ...(workspace.textValid ? { configText: workspace.configText } : {}) });
  if (!workspace.textValid) setConfigText(workspace.configText);
}

/** After the last quiz mode has gone (not when one quiz mode replaces another), puts the workspace back. */
function leave(): void {
  if (holders > 0 || !kept) return;
  const workspace = kept;
  kept = undefined;
  const route = parseHash(window.location.hash);
  // the address already names the new mode and a scenario: the navigation brought its own, keep it
  if (route.scenario && route.mode === useAppStore.getState().mode) return;
  restore(workspace);
}

/**
 * Call first in every quiz mode's top component, before any effect that loads a question's scenario:
 * its mount effect takes the snapshot (once for a run of quiz modes), its cleanup gives the workspace back.
 */
export function useKeepWorkspace(): void {
  useEffect(() => {
    kept ??= snapshot();
    holders++;
    return () => {
      holders--;
      // one quiz mode replacing another mounts in the same commit, after this cleanup: decide once both have run
      queueMicrotask(leave);
    };
  }, []);
}
