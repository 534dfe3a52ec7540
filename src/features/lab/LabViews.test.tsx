// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useAppStore } from '../../store/store';
import { CompareTable } from './CompareTable';
import { DecisionLog } from './DecisionLog';
import { PointsEditor } from './PointsEditor';
import { DEFAULT_LAB, defaultPolicy } from './labDefaults';
import { runInputOf } from './useLabRun';
import { simulateTime } from './labEngine';

const initial = useAppStore.getState();
beforeEach(() => useAppStore.setState(initial, true));
afterEach(cleanup);

/** A real run: the spike scenario over ten minutes through the HPA and SageMaker defaults. */
function traces() {
  const inputs = { ...DEFAULT_LAB.inputs, seconds: 600, policies: [defaultPolicy('hpa'), defaultPolicy('sagemaker')] };
  return simulateTime(runInputOf(inputs));
}

describe('Lab views', () => {
  it('the compare table has a row per policy and says which is best in words', () => {
    const onFocus = vi.fn();
    render(<CompareTable traces={traces()} focus={0} onFocus={onFocus} />);
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent?.trim())).toEqual(['Kubernetes HPA (autoscaling/v2)', 'SageMaker target tracking (invocations per instance)']);
    expect(within(table).getAllByText('★ best', { exact: false }).length).toBeGreaterThan(0);
    fireEvent.click(within(rows[1]!).getByRole('button'));
    expect(onFocus).toHaveBeenCalledWith(1);
  });

  it('the decision log lists the decisions around the cursor in the controller\'s words, the current one marked', () => {
    const [hpa] = traces();
    useAppStore.setState({ labCursor: 100 });
    render(<DecisionLog trace={hpa} />);
    const list = screen.getByRole('list', { name: /around the cursor/ });
    const items = within(list).getAllByRole('listitem');
    expect(items.length).toBeLessThanOrEqual(9);
    const current = items.find((item) => item.getAttribute('aria-current') === 'true')!;
    expect(current.textContent).toMatch(/^1:29/);
    expect(current.querySelector('.lab-log-text')?.textContent).toMatch(/^HPA/);
    act(() => { fireEvent.click(within(items[0]!).getByRole('button')); });
    expect(useAppStore.getState().labCursor).toBeLessThan(100);
  });

  it('the points table refuses a time that goes back, says why beside it, and hands on only valid profiles', () => {
    const onChange = vi.fn();
    render(<PointsEditor profile={{ points: [{ t: 0, rps: 10 }, { t: 60, rps: 30 }] }} onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('Point 2 time (s)'), { target: { value: '0' } });
    expect(screen.getByRole('alert').textContent).toMatch(/Point 2: time 0 is not after/);
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('Point 2 time (s)'), { target: { value: '90' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onChange).toHaveBeenLastCalledWith({ points: [{ t: 0, rps: 10 }, { t: 90, rps: 30 }] });
    fireEvent.click(screen.getByRole('button', { name: 'Add a point' }));
    expect(onChange).toHaveBeenLastCalledWith({ points: [{ t: 0, rps: 10 }, { t: 90, rps: 30 }, { t: 150, rps: 30 }] });
  });
});
