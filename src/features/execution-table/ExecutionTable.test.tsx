// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useAppStore } from '../../store/store';
import { ExecutionTable } from './ExecutionTable';

beforeEach(() => {
  useAppStore.getState().resetToLesson();
  useAppStore.setState({ showAllRows: false });
});
afterEach(cleanup);

const dataRows = () => within(screen.getByRole('table', { name: 'Execution table' })).getAllByRole('row').filter((row) => row.hasAttribute('data-step'));

describe('ExecutionTable', () => {
  it('shows rows up to the cursor, all of them with "Show all rows", and marks the current one', () => {
    render(<ExecutionTable />);
    expect(dataRows()).toHaveLength(1);
    fireEvent.click(screen.getByLabelText('Show all rows'));
    expect(dataRows().map((row) => row.getAttribute('data-step'))).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(dataRows()[0]!.getAttribute('aria-current')).toBe('step');
  });

  it('moves the cursor when a row or its step button is chosen', () => {
    useAppStore.setState({ showAllRows: true });
    render(<ExecutionTable />);
    fireEvent.click(within(dataRows()[3]!).getByText('No scaling'));
    expect(useAppStore.getState().cursor).toBe(4);
    fireEvent.click(screen.getByRole('button', { name: 'Go to step 6' }));
    expect(useAppStore.getState().cursor).toBe(6);
    expect(dataRows()[5]!.getAttribute('aria-current')).toBe('step');
  });

  it('renders only a window of a 10,000-step trace, with spacers for the rest', () => {
    act(() => { useAppStore.getState().setLoads(Array.from({ length: 10_000 }, (_, i) => (i * 37) % 150)); });
    act(() => { useAppStore.getState().setCursor(5_000); });
    render(<ExecutionTable />);
    const rows = dataRows();
    expect(rows.length).toBeLessThan(60);
    expect(rows.some((row) => row.getAttribute('data-step') === '5000')).toBe(true);
    expect(screen.getByRole('table', { name: 'Execution table' }).getAttribute('aria-rowcount')).toBe('5001');
  });

  it("closes with the lesson's line once every load is processed, and not before", () => {
    render(<ExecutionTable />);
    const closing = /^All loads processed; scaling adjusted instances accordingly\.$/;
    expect(screen.queryByText(closing)).toBeNull();
    act(() => { useAppStore.getState().goToEnd(); });
    expect(screen.getByText(closing)).toBeTruthy();
    expect(screen.queryByText(/more steps? to run/)).toBeNull();
  });

  it('on a slide with room for a few rows, shows the ones up to the current step and the row a question points at, and says which', () => {
    act(() => { useAppStore.getState().setCursor(6); });
    const { rerender } = render(<ExecutionTable rowLimit={3} />);
    expect(dataRows().map((row) => row.getAttribute('data-step'))).toEqual(['4', '5', '6']);
    expect(dataRows()[2]!.getAttribute('aria-current')).toBe('step');
    expect(screen.getByText('showing steps 4–6')).toBeTruthy();
    expect(document.querySelector('.spacer-row')).toBeNull();
    act(() => { useAppStore.getState().setHighlight({ kind: 'row', step: 2 }); });
    rerender(<ExecutionTable rowLimit={3} />);
    expect(dataRows().map((row) => row.getAttribute('data-step'))).toEqual(['2', '3', '4', '5', '6']);
    rerender(<ExecutionTable rowLimit={6} />);
    expect(dataRows()).toHaveLength(6);
    expect(screen.queryByText(/showing steps/)).toBeNull();
  });
});
