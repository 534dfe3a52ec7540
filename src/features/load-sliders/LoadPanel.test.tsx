// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useAppStore } from '../../store/store';
import { LoadPanel } from './LoadPanel';

beforeEach(() => useAppStore.getState().resetToLesson());
afterEach(cleanup);

describe('LoadPanel', () => {
  it('shows one slider and one number field per step', () => {
    render(<LoadPanel />);
    expect(screen.getAllByRole('slider').map((s) => (s as HTMLInputElement).value)).toEqual(['10', '50', '120', '80', '30', '5']);
    expect((screen.getByLabelText('Load at step 3 (number)') as HTMLInputElement).value).toBe('120');
  });

  it('re-simulates when a slider moves', () => {
    render(<LoadPanel />);
    fireEvent.change(screen.getByLabelText('Load at step 2'), { target: { value: '180' } });
    expect(useAppStore.getState().loads[1]).toBe(180);
    expect(useAppStore.getState().trace.after[1]).toBe(2);
    expect((screen.getByLabelText('Load at step 2 (number)') as HTMLInputElement).value).toBe('180');
  });

  it('explains an absurd number beside the field and keeps the last good load', () => {
    render(<LoadPanel />);
    const field = screen.getByLabelText('Load at step 3 (number)') as HTMLInputElement;
    fireEvent.change(field, { target: { value: '1e12' } });
    expect(field.value).toBe('1e12');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById(field.getAttribute('aria-describedby')!);
    expect(error?.textContent).toMatch(/Too large.*Still using 120/);
    expect(useAppStore.getState().loads[2]).toBe(120);
    expect((screen.getByLabelText('Load at step 3') as HTMLInputElement).value).toBe('120');

    fireEvent.change(field, { target: { value: '95' } });
    expect(field.getAttribute('aria-invalid')).toBeNull();
    expect(useAppStore.getState().loads[2]).toBe(95);
  });

  it('drops a stale error when the load is replaced from elsewhere', () => {
    render(<LoadPanel />);
    const field = screen.getByLabelText('Load at step 1 (number)') as HTMLInputElement;
    fireEvent.change(field, { target: { value: '-3' } });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(screen.getByLabelText('Load at step 1'), { target: { value: '40' } });
    expect(field.value).toBe('40');
    expect(field.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows 20 sliders a page for long runs, on the cursor\'s page', () => {
    useAppStore.getState().applyPreset('steady', { steps: 1000, peak: 100 });
    useAppStore.getState().setCursor(45);
    render(<LoadPanel />);
    const sliders = screen.getAllByRole('slider');
    expect(sliders).toHaveLength(20);
    expect(sliders[0]!.getAttribute('aria-label')).toBe('Load at step 41');
    expect(screen.getByText('Steps 41–60 of 1,000')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(screen.getAllByRole('slider')[0]!.getAttribute('aria-label')).toBe('Load at step 21');
  });

  it('adds and removes steps', () => {
    render(<LoadPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Add step' }));
    expect(useAppStore.getState().loads).toHaveLength(7);
    fireEvent.click(screen.getByRole('button', { name: 'Remove step 3' }));
    expect(useAppStore.getState().loads).toEqual([10, 50, 80, 30, 5, 5]);
  });

  it('stops calling the loads "Lesson" once they are edited, and names the preset again when one is chosen', () => {
    render(<LoadPanel />);
    const preset = screen.getByLabelText('Preset') as HTMLSelectElement;
    expect(preset.selectedOptions[0]!.textContent).toBe('Lesson');
    expect(screen.getByText(/The lesson's six loads/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Load at step 2'), { target: { value: '180' } });
    expect(preset.selectedOptions[0]!.textContent).toBe('Your own loads');
    expect(screen.queryByText(/The lesson's six loads/)).toBeNull();
    expect(screen.getByText(/edited/)).toBeTruthy();
    fireEvent.change(preset, { target: { value: 'lesson' } });
    expect(preset.selectedOptions[0]!.textContent).toBe('Lesson');
    fireEvent.click(screen.getByRole('button', { name: 'Apply preset' }));
    expect(useAppStore.getState().loads).toEqual([10, 50, 120, 80, 30, 5]);
  });

  it('shows the peak formatted like every other count', () => {
    useAppStore.getState().setLoads([5, 1_000_000_000]);
    render(<LoadPanel />);
    expect(screen.getByText('2 steps, peak 1,000,000,000')).toBeTruthy();
  });

  it('shows a decimal load on its slider as it is, not rounded to the slider step', () => {
    useAppStore.getState().setLoads([12.5, 50]);
    render(<LoadPanel />);
    const slider = screen.getByLabelText('Load at step 1') as HTMLInputElement;
    expect(slider.value).toBe('12.5');
    expect(slider.getAttribute('aria-valuetext')).toBe('12.5');
  });
});
