// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useAppStore } from '../../store/store';
import { EditorBoundary } from './EditorBoundary';

function FailingEditor(): never {
  throw new Error('Failed to fetch dynamically imported module');
}

describe('EditorBoundary', () => {
  afterEach(cleanup);
  it('falls back to a plain labelled text area bound to the store when the editor cannot load', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<EditorBoundary><FailingEditor /></EditorBoundary>);
    quiet.mockRestore();
    const textarea = screen.getByRole('textbox', { name: 'Scaling config JSON' }) as HTMLTextAreaElement;
    expect(textarea.value).toBe(useAppStore.getState().configText);
    fireEvent.change(textarea, { target: { value: '{"upper_threshold": 150}' } });
    expect(useAppStore.getState().config).toMatchObject({ upper_threshold: 150 });
    expect(screen.getByRole('status').textContent).toMatch(/could not load/);
  });
});
