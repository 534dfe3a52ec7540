import { describe, expect, it } from 'vitest';
import { createAppStore } from './store';
import { selectResolvedHighlight } from './selectors';

const newStore = () => createAppStore(() => undefined);

describe('selectResolvedHighlight', () => {
  it('is undefined when nothing is highlighted', () => {
    expect(selectResolvedHighlight(newStore().getState())).toBeUndefined();
  });

  it('turns header text into column indices for the trace on screen, and keeps the same object while unchanged', () => {
    const store = newStore();
    store.getState().setHighlight({ kind: 'cell', step: 4, column: 'Instances after action' });
    const first = selectResolvedHighlight(store.getState());
    expect(first).toEqual({ kind: 'cell', step: 4, column: 5 });
    expect(selectResolvedHighlight(store.getState())).toBe(first);
    store.getState().setHighlight({ kind: 'tracker', variable: 'load', column: 'After 6' });
    expect(selectResolvedHighlight(store.getState())).toEqual({ kind: 'tracker', variable: 'load', row: 1, column: 6 });
  });

  it('is undefined for a target the trace does not have (step 9 of 6)', () => {
    const store = newStore();
    store.getState().setHighlight({ kind: 'row', step: 9 });
    expect(selectResolvedHighlight(store.getState())).toBeUndefined();
  });
});
