// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useAppStore } from '../../store/store';
import { PresentMode } from './PresentMode';

const initial = useAppStore.getState();
beforeEach(() => { useAppStore.setState(initial, true); localStorage.clear(); });
afterEach(cleanup);

const key = (name: string) => act(() => { fireEvent.keyDown(window, { key: name }); });
const title = () => screen.getByRole('heading', { level: 1 }).textContent;

describe('PresentMode', () => {
  it('drives the store from the keys: steps inside a slide, then slides; Home / End', () => {
    render(<PresentMode />);
    expect(title()).toBe('Why auto-scale an inference endpoint?');
    expect(document.documentElement.classList.contains('presenting')).toBe(true);
    key('PageDown');
    expect(title()).toBe('The loop: monitor, decide, act');
    expect(useAppStore.getState().cursor).toBe(0);
    key('PageDown');
    expect(useAppStore.getState().cursor).toBe(1);
    key('ArrowDown');
    expect(title()).toBe('The loop in code');
    key('ArrowDown');
    expect(title()).toBe('Key moment 1: step 1');
    key('End');
    expect(title()).toBe('What real systems add');
    expect(useAppStore.getState().config.policy).toBe('target_tracking');
    key('Home');
    expect(title()).toBe('Why auto-scale an inference endpoint?');
  });

  it('hides a question\'s answer and highlight until R, and blanks with B', () => {
    render(<PresentMode />);
    for (let i = 0; i < 6; i++) key('ArrowDown');
    expect(title()).toBe('Question 1');
    expect(screen.queryByText(/Answer: B/)).toBeNull();
    expect(useAppStore.getState().highlightTarget).toBeNull();
    key('r');
    expect(screen.getByText(/Answer: B/)).toBeTruthy();
    expect(useAppStore.getState().highlightTarget).toEqual({ kind: 'cell', step: 4, column: 'Instances after action' });
    key('b');
    expect(screen.getByText('Screen blanked: press B to return')).toBeTruthy();
    key('PageDown');
    expect(title()).toBe('Question 1');
  });

  it('Esc explores the same scenario and returns to the slide where it was', () => {
    render(<PresentMode />);
    key('ArrowDown');
    key('PageDown');
    key('Escape');
    expect(screen.getByRole('heading', { name: 'Exploring: The loop: monitor, decide, act' })).toBeTruthy();
    act(() => { useAppStore.getState().setLoadAt(0, 150); useAppStore.getState().setCursor(5); });
    key('Escape');
    expect(title()).toBe('The loop: monitor, decide, act');
    expect(useAppStore.getState().cursor).toBe(1);
    expect(useAppStore.getState().loads[0]).toBe(10);
  });
});
