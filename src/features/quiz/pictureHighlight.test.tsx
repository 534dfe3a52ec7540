// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { LESSON_SCENARIO } from '../../quiz';
import { useAppStore } from '../../store/store';
import { ExecutionTable } from '../execution-table/ExecutionTable';
import { VariableTracker } from '../variable-tracker/VariableTracker';
import { ScenarioConfigView } from './ScenarioConfigView';

const initial = useAppStore.getState();
const highlighted = (container: HTMLElement) => Array.from(container.querySelectorAll('[data-highlighted="true"]'));

beforeEach(() => {
  useAppStore.setState(initial, true);
  act(() => useAppStore.getState().loadScenario({ ...LESSON_SCENARIO, cursor: 6 }));
});
afterEach(cleanup);

describe('what a quiz hint points at, in the views', () => {
  it('the execution table marks a cell, a whole column (header too) or a row', () => {
    const { container } = render(<ExecutionTable />);
    act(() => useAppStore.getState().setHighlight({ kind: 'cell', step: 4, column: 'Instances after action' }));
    expect(highlighted(container).map((cell) => [cell.closest('tr')?.getAttribute('data-step'), cell.textContent])).toEqual([['4', '2']]);
    act(() => useAppStore.getState().setHighlight({ kind: 'column', column: 'Action' }));
    expect(highlighted(container)).toHaveLength(7);
    expect(highlighted(container)[0]?.textContent).toBe('Action');
    act(() => useAppStore.getState().setHighlight({ kind: 'row', step: 3 }));
    expect(highlighted(container).map((row) => row.getAttribute('data-step'))).toEqual(['3']);
    act(() => useAppStore.getState().setHighlight(null));
    expect(highlighted(container)).toHaveLength(0);
  });

  it('the variable tracker marks one cell; the config view marks one key', () => {
    const { container } = render(<><VariableTracker /><ScenarioConfigView /></>);
    act(() => useAppStore.getState().setHighlight({ kind: 'tracker', variable: 'load', column: 'After 6' }));
    expect(highlighted(container).map((cell) => cell.textContent)).toEqual(['5']);
    act(() => useAppStore.getState().setHighlight({ kind: 'config', key: 'lower_threshold' }));
    expect(highlighted(container).map((key) => key.getAttribute('data-key'))).toEqual(['lower_threshold']);
  });
});
