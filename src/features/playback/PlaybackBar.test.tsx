// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useAppStore } from '../../store/store';
import { PlaybackBar } from './PlaybackBar';

beforeEach(() => {
  vi.useFakeTimers();
  useAppStore.getState().resetToLesson();
  useAppStore.setState({ speed: 1, breakpoints: [] });
});
afterEach(() => { cleanup(); vi.useRealTimers(); });

const cursor = () => useAppStore.getState().cursor;

describe('PlaybackBar', () => {
  it('steps with the buttons and names them for screen readers', () => {
    render(<PlaybackBar />);
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    expect(cursor()).toBe(2);
    fireEvent.click(screen.getByRole('button', { name: 'Last step' }));
    expect(screen.getByText('Step 6 of 6')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Next step' }).getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Previous step' }));
    expect(cursor()).toBe(5);
    fireEvent.click(screen.getByRole('button', { name: 'First step' }));
    expect(screen.getByRole('slider', { name: 'Step' }).getAttribute('aria-valuetext')).toMatch(/^Start/);
  });

  it('plays one step per 1000/speed ms and stops at the end with Play back', () => {
    render(<PlaybackBar />);
    fireEvent.change(screen.getByLabelText('Speed'), { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    act(() => { vi.advanceTimersByTime(249); });
    expect(cursor()).toBe(1);
    act(() => { vi.advanceTimersByTime(1); });
    expect(cursor()).toBe(2);
    for (let i = 0; i < 4; i++) act(() => { vi.advanceTimersByTime(250); });
    expect(cursor()).toBe(6);
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
    act(() => { vi.advanceTimersByTime(2000); });
    expect(cursor()).toBe(6);
  });

  it('pauses on a checked breakpoint', () => {
    render(<PlaybackBar />);
    fireEvent.click(screen.getByLabelText('Pause on scale down'));
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    for (let i = 0; i < 10; i++) act(() => { vi.advanceTimersByTime(1000); });
    expect(cursor()).toBe(6);
    expect(useAppStore.getState().playing).toBe(false);
  });

  it('answers the keyboard shortcuts on the window, but not inside a text field', () => {
    render(<><PlaybackBar /><input aria-label="elsewhere" /></>);
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(cursor()).toBe(2);
    fireEvent.keyDown(window, { key: 'End' });
    expect(cursor()).toBe(6);
    fireEvent.keyDown(window, { key: 'Home' });
    expect(cursor()).toBe(0);
    fireEvent.keyDown(window, { key: '+' });
    expect(useAppStore.getState().speed).toBe(2);
    fireEvent.keyDown(window, { key: ' ' });
    expect(useAppStore.getState().playing).toBe(true);
    fireEvent.keyDown(window, { key: ' ' });
    expect(useAppStore.getState().playing).toBe(false);
    fireEvent.keyDown(screen.getByLabelText('elsewhere'), { key: 'End' });
    expect(cursor()).toBe(0);
  });
});
