// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { FULL_TRANSCRIPT } from '../../content';
import { useAppStore } from '../../store/store';
import { TranscriptMode } from './TranscriptMode';

const initial = useAppStore.getState();
beforeEach(() => useAppStore.setState(initial, true));
afterEach(cleanup);

describe('TranscriptMode', () => {
  it('quotes the Full Transcript and narrates the scenario on screen, following edits', () => {
    render(<TranscriptMode />);
    expect(screen.getByText(FULL_TRANSCRIPT)).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Walk-through, step by step' });
    expect(list.textContent).toContain('At step 3, load 120 is greater than the upper threshold 100');
    act(() => { useAppStore.getState().setLoadAt(2, 20); });
    expect(list.textContent).toContain('At step 3, load 20 is neither above 100 nor below 20, so instances stay at 1.');
    expect(list.textContent).toContain('It never scaled, with at most one instance at once.');
  });
});
