// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useAppStore } from '../../store/store';
import { KeyMoments } from './KeyMoments';

const initial = useAppStore.getState();
beforeEach(() => useAppStore.setState(initial, true));
afterEach(cleanup);

describe('KeyMoments', () => {
  it('lists the lesson\'s three insights, in its words', () => {
    render(<KeyMoments />);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Why doesn\'t the number of instances decrease when load is 10 at step 1?',
      'Why do instances increase at step 3 when load is 120?',
      'Why does the system scale down at step 6?',
    ]);
    expect(screen.getByText(/^Load 5 is less than 20 and instances are currently 2, so the system removes one instance/)).toBeTruthy();
  });

  it('moves the cursor to a moment\'s step and marks that moment', () => {
    render(<KeyMoments />);
    const item = screen.getAllByRole('listitem')[2]!;
    fireEvent.click(within(item).getByRole('button', { name: 'Go to step 6' }));
    expect(useAppStore.getState().cursor).toBe(6);
    expect(item.getAttribute('aria-current')).toBe('step');
  });

  it('says so when a run has no key moments', () => {
    act(() => { useAppStore.getState().setLoads([50, 60, 70]); });
    render(<KeyMoments />);
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByText(/No key moments in this run/)).toBeTruthy();
  });

  it("marks the lesson's insights as the lesson's, and those the app writes for another run as the app's", () => {
    render(<KeyMoments />);
    const voices = () => Array.from(document.querySelectorAll('.key-moment .voice'), (voice) => voice.textContent);
    expect(voices()).toEqual(['from the lesson', 'from the lesson', 'from the lesson']);
    act(() => { useAppStore.getState().setLoads([10, 150, 5]); });
    expect(voices().length).toBeGreaterThan(0);
    expect(voices()).toContain('written by the app for this run');
  });
});
