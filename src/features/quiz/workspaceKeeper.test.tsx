// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { useEffect } from 'react';
import { LESSON_CONFIG, LESSON_LOADS } from '../../engine';
import { useAppStore } from '../../store/store';
import { selectWorkspaceScenario } from '../../store/selectors';
import { useKeepWorkspace, useSettleKeptWorkspace } from './workspaceKeeper';

const workspaceScenario = () => selectWorkspaceScenario(useAppStore.getState());

const initial = useAppStore.getState();
const MINE = '{ "policy": "threshold", "min_servers": 2, "max_servers": 4, "upper_threshold": 90 }';

/** A stand-in quiz mode: keeps the workspace, then puts a question's scenario on screen. */
function QuizLike({ loads }: { readonly loads: readonly number[] }) {
  useKeepWorkspace();
  useEffect(() => { useAppStore.getState().loadScenario({ config: LESSON_CONFIG, loads, cursor: loads.length }); }, [loads]);
  return null;
}

const flush = () => act(async () => { await Promise.resolve(); });

beforeEach(() => {
  useAppStore.setState(initial, true);
  window.location.hash = '#/visualize';
  act(() => {
    useAppStore.getState().setConfigText(MINE);
    useAppStore.getState().setLoads([5, 95, 130]);
    useAppStore.getState().setCursor(2);
  });
});
afterEach(cleanup);

describe('useKeepWorkspace', () => {
  it('gives the learner\'s workspace back (text, load, step) when the quiz modes are left', async () => {
    const { unmount } = render(<QuizLike loads={LESSON_LOADS} />);
    expect(useAppStore.getState().loads).toEqual(LESSON_LOADS);
    expect(workspaceScenario()).toMatchObject({ configText: MINE, loads: [5, 95, 130] });
    act(() => useAppStore.getState().setMode('visualize'));
    unmount();
    await flush();
    expect(useAppStore.getState()).toMatchObject({ configText: MINE, loads: [5, 95, 130], cursor: 2 });
  });

  it('keeps the first snapshot while one quiz mode replaces another, and restores only at the end', async () => {
    act(() => useAppStore.getState().setMode('quiz'));
    const { rerender, unmount } = render(<QuizLike key="quiz" loads={LESSON_LOADS} />);
    act(() => useAppStore.getState().setMode('practice'));
    rerender(<QuizLike key="practice" loads={[80]} />);
    await flush();
    expect(useAppStore.getState().loads).toEqual([80]);
    expect(workspaceScenario()).toMatchObject({ configText: MINE });
    act(() => useAppStore.getState().setMode('visualize'));
    unmount();
    await flush();
    expect(useAppStore.getState().configText).toBe(MINE);
  });

  it('keeps an invalid text as it was, over its last valid config', async () => {
    act(() => useAppStore.getState().setConfigText('{ "min_servers": '));
    const { unmount } = render(<QuizLike loads={LESSON_LOADS} />);
    unmount();
    await flush();
    expect(useAppStore.getState().configText).toBe('{ "min_servers": ');
    expect(useAppStore.getState().configErrors.length).toBeGreaterThan(0);
    expect(useAppStore.getState().config).toMatchObject({ min_servers: 2, max_servers: 4, upper_threshold: 90 });
  });

  it('leaves a scenario the navigation brought (a review link) on screen, with a way back to the learner\'s own', async () => {
    const { unmount } = render(<QuizLike loads={[1, 2, 3, 4]} />);
    act(() => useAppStore.getState().setMode('visualize'));
    window.location.hash = '#/visualize?s=from-a-link';
    unmount();
    await flush();
    expect(useAppStore.getState().loads).toEqual([1, 2, 3, 4]);
    const notice = useAppStore.getState().notice;
    expect(notice?.action?.label).toBe('Back to your own scenario');
    act(() => notice?.action?.run());
    expect(useAppStore.getState()).toMatchObject({ configText: MINE, loads: [5, 95, 130], cursor: 2, notice: null });
  });

  it('the learner\'s own scenario is kept in the store (persisted) while a quiz mode has the views, and forgotten once given back', async () => {
    const { unmount } = render(<QuizLike loads={LESSON_LOADS} />);
    expect(useAppStore.getState().keptWorkspace).toMatchObject({ configText: MINE, loads: [5, 95, 130], cursor: 2 });
    act(() => useAppStore.getState().setMode('visualize'));
    unmount();
    await flush();
    expect(useAppStore.getState().keptWorkspace).toBeNull();
  });

  it('a workspace kept when the page was closed in a quiz mode is offered back when the page opens elsewhere, never restored over it', () => {
    act(() => useAppStore.getState().keepWorkspace());
    act(() => useAppStore.getState().loadScenario({ config: LESSON_CONFIG, loads: [7, 7] }));
    function Shell() { useSettleKeptWorkspace(); return null; }
    render(<Shell />);
    expect(useAppStore.getState().loads).toEqual([7, 7]);
    expect(useAppStore.getState().keptWorkspace).toBeNull();
    act(() => useAppStore.getState().notice?.action?.run());
    expect(useAppStore.getState()).toMatchObject({ configText: MINE, loads: [5, 95, 130] });
  });
});
