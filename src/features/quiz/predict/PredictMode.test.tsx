// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useAppStore } from '../../../store/store';
import { PredictMode } from './PredictMode';

const initial = useAppStore.getState();
beforeEach(() => { useAppStore.setState(initial, true); act(() => useAppStore.getState().resetProgress()); });
afterEach(cleanup);

const panel = () => screen.getByRole('region', { name: 'Predict the next step' });
const table = () => screen.getByRole('table', { name: 'Execution table' });

function predict(step: number, action: 'Scale up' | 'Scale down' | 'No scaling', instances: string) {
  fireEvent.click(within(panel()).getByRole('radio', { name: action }));
  fireEvent.change(within(panel()).getByLabelText(`Instances after step ${step}`, { selector: 'input' }), { target: { value: instances } });
  fireEvent.click(within(panel()).getByRole('button', { name: 'Commit prediction' }));
}

describe('PredictMode', () => {
  it('starts at Start with step 1 hidden, and cannot be stepped past it', () => {
    render(<PredictMode />);
    expect(useAppStore.getState().cursor).toBe(0);
    expect(table().querySelectorAll('tr[data-step]')).toHaveLength(0);
    expect(table().querySelector('tr.hidden-row')?.getAttribute('data-hidden-step')).toBe('1');
    expect(within(panel()).queryByRole('button', { name: 'Next step' })).toBeNull();
    // something else moving the cursor onto a hidden row is put back
    act(() => useAppStore.getState().setCursor(4));
    expect(useAppStore.getState().cursor).toBe(0);
  });

  it('grades a prediction with the engine, reveals the row, keeps score and records progress', () => {
    render(<PredictMode />);
    predict(1, 'No scaling', '1');
    predict(2, 'No scaling', '1');
    predict(3, 'No scaling', '1');
    const status = within(panel()).getByRole('status');
    expect(status.textContent).toContain('Step 3: Not quite.');
    expect(status.querySelector('.app-voice')).not.toBeNull();
    expect(status.textContent).toContain('load 120 is greater than the upper threshold 100');
    expect(within(panel()).getByText('2 of 3 right')).toBeTruthy();
    expect(useAppStore.getState().cursor).toBe(3);
    expect(table().querySelector('tr[aria-current="step"]')?.getAttribute('data-step')).toBe('3');
    const { scores, missed } = useAppStore.getState().progress;
    expect(scores.predict).toEqual({ correct: 2, total: 3 });
    expect(missed.map((m) => m.mode)).toEqual(['predict']);
  });

  it('asks for what is missing instead of revealing', () => {
    render(<PredictMode />);
    fireEvent.click(within(panel()).getByRole('button', { name: 'Commit prediction' }));
    expect(within(panel()).getByText('Choose an action.')).toBeTruthy();
    expect(within(panel()).getByText('Enter the number of instances, a whole number.')).toBeTruthy();
    expect(useAppStore.getState().progress.scores.predict.total).toBe(0);
  });

  it('starts again when another scenario is picked', () => {
    render(<PredictMode />);
    predict(1, 'No scaling', '1');
    fireEvent.change(screen.getByLabelText('Predict on'), { target: { value: 'random' } });
    fireEvent.change(screen.getByLabelText('Seed'), { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start predicting' }));
    expect(within(panel()).getByText('no predictions yet')).toBeTruthy();
    expect(table().querySelector('tr.hidden-row')?.getAttribute('data-hidden-step')).toBe('1');
  });

  it('looking back at the start says "Start", as the step label does, never "step 0"', () => {
    render(<PredictMode />);
    predict(1, 'No scaling', '1');
    fireEvent.click(within(panel()).getByRole('button', { name: 'Previous step' }));
    expect(useAppStore.getState().cursor).toBe(0);
    expect(panel().textContent).toContain('You are looking back at Start.');
    expect(panel().textContent).not.toMatch(/step 0\b/i);
  });
});
