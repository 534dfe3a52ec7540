// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { useEffect } from 'react';
import { LESSON_CONFIG, LESSON_LOADS } from '../../engine';
import { openSharedScenario, useAppStore } from '../../store/store';
import { encodeShared } from '../../store/urlState';
import { LESSON_CONFIG_TEXT } from '../../store/scenarioSlice';
import { LINK_OPENED_TITLE } from '../../store/workspaceSlice';
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

  it('leaves a scenario a link brought (a review link) on screen, with a way back to the learner\'s own', async () => {
    const { unmount } = render(<QuizLike loads={[1, 2, 3, 4]} />);
    // what the address bar does for a link: the mode first, then the link's scenario
    act(() => {
      useAppStore.getState().setMode('visualize');
      openSharedScenario(useAppStore, encodeShared({ configText: LESSON_CONFIG_TEXT, loads: [9, 8, 7], cursor: 2 }));
    });
    unmount();
    await flush();
    expect(useAppStore.getState().loads).toEqual([9, 8, 7]);
    const notice = useAppStore.getState().notice;
    expect(notice?.title).toBe(LINK_OPENED_TITLE);
    expect(notice?.action?.label).toBe('Back to your own scenario');
    act(() => notice?.action?.run());
    expect(useAppStore.getState()).toMatchObject({ configText: MINE, loads: [5, 95, 130], cursor: 2, notice: null });
  });

  it('gives the learner\'s scenario back, with no banner, though the address already names the next mode with a scenario', async () => {
    // the app writes every mode's scenario into the address; a lazy mode that loads slowly lets that happen before the quiz unmounts
    act(() => useAppStore.getState().setMode('test'));
    const { unmount } = render(<QuizLike loads={[1, 2, 3, 4]} />);
    act(() => useAppStore.getState().setMode('transcript'));
    window.location.hash = `#/transcript?s=${encodeShared({ configText: LESSON_CONFIG_TEXT, loads: [1, 2, 3, 4], cursor: 4 })}`;
    unmount();
    await flush();
    expect(useAppStore.getState()).toMatchObject({ configText: MINE, loads: [5, 95, 130], cursor: 2, notice: null, keptWorkspace: null });
  });

  it('Back to an address of the learner\'s own scenario gives it back whole, with no banner', async () => {
    const own = encodeShared({ configText: MINE, loads: [5, 95, 130], cursor: 2 });
    const { unmount } = render(<QuizLike loads={LESSON_LOADS} />);
    act(() => {
      useAppStore.getState().setMode('visualize');
      openSharedScenario(useAppStore, own);
    });
    unmount();
    await flush();
    expect(useAppStore.getState()).toMatchObject({ configText: MINE, loads: [5, 95, 130], cursor: 2, notice: null, keptWorkspace: null });
  });

  it('a link into a quiz mode keeps the learner\'s own scenario first, so leaving gives it back (not the link\'s)', async () => {
    act(() => {
      useAppStore.getState().setMode('test');
      openSharedScenario(useAppStore, encodeShared({ configText: LESSON_CONFIG_TEXT, loads: [3, 3], cursor: 1 }));
    });
    const { unmount } = render(<QuizLike loads={[1, 2]} />);
    act(() => useAppStore.getState().setMode('visualize'));
    unmount();
    await flush();
    expect(useAppStore.getState()).toMatchObject({ configText: MINE, loads: [5, 95, 130], notice: null });
  });

  it('a broken link opened on leaving a quiz shows the learner\'s own scenario and says so', async () => {
    const { unmount } = render(<QuizLike loads={[1, 2, 3, 4]} />);
    act(() => {
      useAppStore.getState().setMode('visualize');
      openSharedScenario(useAppStore, 'not-a-scenario');
    });
    unmount();
    await flush();
    expect(useAppStore.getState()).toMatchObject({ configText: MINE, loads: [5, 95, 130], keptWorkspace: null });
    expect(useAppStore.getState().notice?.title).toBe('This link could not be opened, so your own scenario is shown instead.');
  });

  it('a link with a broken config lists its problems and still leads back to the learner\'s own scenario', async () => {
    const { unmount } = render(<QuizLike loads={[1, 2, 3, 4]} />);
    act(() => {
      useAppStore.getState().setMode('visualize');
      openSharedScenario(useAppStore, encodeShared({ configText: '{ "min_servers": -1 }', loads: [4, 4], cursor: 1 }));
    });
    unmount();
    await flush();
    const notice = useAppStore.getState().notice;
    expect(notice?.title).toMatch(/config needs fixing/);
    expect(notice?.details.length).toBeGreaterThan(0);
    act(() => notice?.action?.run());
    expect(useAppStore.getState()).toMatchObject({ configText: MINE, loads: [5, 95, 130], cursor: 2 });
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
