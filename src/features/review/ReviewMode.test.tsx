// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { FACT_CARDS } from '../../content';
import { useAppStore } from '../../store/store';
import { ReviewMode } from './ReviewMode';

const initial = useAppStore.getState();
beforeEach(() => useAppStore.setState(initial, true));
afterEach(cleanup);

const press = (key: string) => act(() => { fireEvent.keyDown(window, { key }); });
const front = () => document.querySelector('.flashcard-front')?.textContent;

describe('ReviewMode', () => {
  it('turns with Space and grades with 1/2/3; grades are kept in the progress store', () => {
    render(<ReviewMode />);
    expect(front()).toBe(FACT_CARDS[0]!.front);
    expect((screen.getByRole('button', { name: /Good/ }) as HTMLButtonElement).disabled).toBe(true);
    press('3'); // nothing happens before the card is turned
    expect(front()).toBe(FACT_CARDS[0]!.front);
    press(' ');
    expect(screen.getByText(FACT_CARDS[0]!.back)).toBeTruthy();
    press('3');
    expect(useAppStore.getState().progress.review[FACT_CARDS[0]!.id]?.box).toBe(2);
    expect(front()).toBe(FACT_CARDS[1]!.front);
    press('Enter');
    press('1');
    expect(useAppStore.getState().progress.review[FACT_CARDS[1]!.id]?.box).toBe(1);
    expect(front()).toBe(FACT_CARDS[2]!.front);
  });

  it('puts a missed question first', () => {
    act(() => useAppStore.getState().recordAnswer('quiz', { id: 'lesson.quiz.2', prompt: 'At which step does the condition \'load > 100\' become true for the first time?' }, false));
    render(<ReviewMode />);
    expect(front()).toMatch(/load > 100' become true/);
    expect(screen.getByText('1 missed question', { exact: false })).toBeTruthy();
    press(' ');
    expect(screen.getByText('A. Step 3')).toBeTruthy();
  });
});
