// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { useAppStore } from '../../store/store';
import { VariableTracker } from './VariableTracker';

beforeEach(() => { useAppStore.getState().resetToLesson(); });
afterEach(cleanup);

const headers = () => within(screen.getByRole('table', { name: 'Variable tracker' })).getAllByRole('columnheader').map((th) => th.textContent);
const current = () => screen.getByRole('table', { name: 'Variable tracker' }).querySelector('thead th[aria-current="step"]')?.textContent;

describe('VariableTracker', () => {
  it('lays out the lesson: Start, After 1..6, Final, with the cursor column highlighted and later ones blank', () => {
    act(() => { useAppStore.getState().setCursor(3); });
    render(<VariableTracker />);
    expect(headers()).toEqual(['Variable', 'Start', 'After 1', 'After 2', 'After 3', 'After 4', 'After 5', 'After 6', 'Final']);
    expect(current()).toBe('After 3');
    const instances = within(screen.getByRole('row', { name: /^instances/ })).getAllByRole('cell').map((td) => td.textContent);
    expect(instances).toEqual(['1', '1', '1', '2', '', '', '', '']);
  });

  it('highlights "After 6" at the last step, with Final filled in beside it', () => {
    act(() => { useAppStore.getState().goToEnd(); });
    render(<VariableTracker />);
    expect(current()).toBe('After 6');
    const instances = within(screen.getByRole('row', { name: /^instances/ })).getAllByRole('cell').map((td) => td.textContent);
    expect(instances).toEqual(['1', '1', '1', '2', '2', '2', '1', '1']);
  });

  it('shows a window of columns around the cursor of a 10,000-step trace, and says so', () => {
    act(() => { useAppStore.getState().setLoads(Array.from({ length: 10_000 }, (_, i) => (i * 37) % 150)); });
    act(() => { useAppStore.getState().setCursor(5_000); });
    render(<VariableTracker />);
    expect(headers().length).toBeLessThan(30);
    expect(headers()).toContain('After 4990');
    expect(headers()).toContain('After 5010');
    expect(headers().at(-1)).toBe('Final');
    expect(current()).toBe('After 5000');
    expect(screen.getByText(/9,979 of 10,002 columns are left out/)).toBeTruthy();
  });

  it('on a slide with room for few columns, keeps Start, the current column with one each side, and Final', () => {
    act(() => { useAppStore.getState().setCursor(4); });
    render(<VariableTracker radius={1} />);
    expect(headers()).toEqual(['Variable', 'Start', '…After 1 to After 2 not shown', 'After 3', 'After 4', 'After 5', '…After 6 to After 6 not shown', 'Final']);
    expect(current()).toBe('After 4');
  });
});
