// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useAppStore } from '../../store/store';
import { ConfigPanel } from './ConfigPanel';

// Monaco does not run in jsdom: the lazy editor becomes a text area bound to the same store action.
vi.mock('./loadConfigEditor', () => import('./stubConfigEditor'));

const panel = () => screen.getByRole('region', { name: 'Scaling config' });
const type = (text: string) => fireEvent.change(screen.getByRole('textbox', { name: 'Scaling config JSON' }), { target: { value: text } });

describe('ConfigPanel', () => {
  beforeEach(() => { act(() => useAppStore.getState().resetToLesson()); });
  afterEach(cleanup);

  it('shows the config read-only at once, and the editor only when asked', () => {
    render(<ConfigPanel />);
    expect(panel().querySelector('pre')?.textContent).toContain('"upper_threshold": 100');
    expect(screen.queryByRole('textbox', { name: 'Scaling config JSON' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Edit config' }));
    expect(screen.getByRole('textbox', { name: 'Scaling config JSON' })).toBeTruthy();
  });

  it('lists the validator\'s message and hint and marks the trace stale, keeping the last valid trace', () => {
    render(<ConfigPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit config' }));
    const trace = useAppStore.getState().trace;
    type('{"min_servers": 6, "max_servers": 2}');
    const problems = panel().querySelector('[aria-live="polite"]')!;
    expect(problems.textContent).toContain('min_servers: min_servers (6) is greater than max_servers (2)');
    expect(problems.textContent).toContain('they look swapped');
    expect(within(panel()).getByText(/showing the last valid config/).textContent).toBe('Stale: showing the last valid config');
    expect(useAppStore.getState().trace).toBe(trace);

    type('{"upper_threshold": 150}');
    expect(within(panel()).queryByText(/showing the last valid config/)).toBeNull();
    expect(problems.textContent).toContain('Config is valid');
    expect(useAppStore.getState().config).toMatchObject({ upper_threshold: 150 });
  });

  it('says "did you mean 0.6?" for a percentage given as target_utilization', () => {
    render(<ConfigPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit config' }));
    type('{"target_utilization": 60}');
    expect(panel().textContent).toContain('did you mean 0.6?');
  });

  it('switches the policy with the Policy radio group, rewriting the config text', () => {
    render(<ConfigPanel />);
    const group = screen.getByRole('group', { name: 'Policy' });
    expect((within(group).getByRole('radio', { name: 'Threshold' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(group).getByRole('radio', { name: 'Target tracking' }));
    expect(useAppStore.getState().config.policy).toBe('target_tracking');
    expect(panel().querySelector('pre')?.textContent).toContain('"target_utilization": 0.6');
  });

  it('formats the text and resets to the lesson', () => {
    render(<ConfigPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit config' }));
    type('{"upper_threshold":150}');
    fireEvent.click(screen.getByRole('button', { name: 'Format' }));
    expect(useAppStore.getState().configText).toBe('{\n  "upper_threshold": 150\n}');
    type('{"min_servers": 6');
    fireEvent.click(screen.getByRole('button', { name: 'Reset to lesson' }));
    expect(useAppStore.getState().configErrors).toEqual([]);
    expect((screen.getByRole('textbox', { name: 'Scaling config JSON' }) as HTMLTextAreaElement).value).toContain('"upper_threshold": 100');
  });
});
