// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { useAppStore } from '../../store/store';
import { FlowDiagram } from './FlowDiagram';

const initial = useAppStore.getState();
const activeNodes = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('[data-node][data-active="true"]'), (node) => node.getAttribute('data-node'));

function setReducedMotion(reduce: boolean) {
  window.matchMedia = ((query: string) => ({
    matches: reduce && query.includes('reduce'), media: query, onchange: null,
    addEventListener: () => {}, removeEventListener: () => {}, addListener: () => {}, removeListener: () => {}, dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia;
}

beforeEach(() => { useAppStore.setState(initial, true); setReducedMotion(false); });
afterEach(cleanup);

describe('FlowDiagram', () => {
  it('lights the path of step 3 and shows the values on its decision', () => {
    act(() => useAppStore.getState().setCursor(3));
    const { container } = render(<FlowDiagram />);
    expect(screen.getByRole('img', { name: 'Process flow of the threshold policy' })).toBeTruthy();
    expect(activeNodes(container)).toEqual(['monitor', 'check_upper', 'scale_up', 'update', 'continue']);
    expect(container.querySelector('[data-node="check_upper"]')?.textContent).toBe('load > 100?120 > 100? yes');
    expect(container.querySelector('[data-edge="check_upper->scale_up"]')?.getAttribute('data-active')).toBe('true');
    expect(container.querySelector('[data-edge="check_upper->check_lower"]')?.getAttribute('data-active')).toBe('false');
    expect(container.querySelector('[aria-live="polite"]')?.textContent).toMatch(/^Step 3: load 120\. load > 100\? yes\. Scale up: 1 → 2 instances\./);
    expect(container.querySelectorAll('.flow-token')).toHaveLength(1);
  });

  it('shows only Monitor lit at Start, with no path and no token', () => {
    act(() => useAppStore.getState().setCursor(0));
    const { container } = render(<FlowDiagram />);
    expect(activeNodes(container)).toEqual(['monitor']);
    expect(container.querySelectorAll('[data-edge][data-active="true"]')).toHaveLength(0);
    expect(container.querySelectorAll('.flow-token')).toHaveLength(0);
    expect(container.querySelector('[aria-live="polite"]')?.textContent).toMatch(/^Start: nothing has run yet/);
  });

  it('draws no travelling token when reduced motion is asked for', () => {
    setReducedMotion(true);
    act(() => useAppStore.getState().setCursor(3));
    const { container } = render(<FlowDiagram />);
    expect(container.querySelectorAll('.flow-token')).toHaveLength(0);
    expect(activeNodes(container)).toContain('scale_up');
  });

  it('outlines a node asked for from outside, and follows the policy', () => {
    const { container } = render(<FlowDiagram />);
    act(() => useAppStore.getState().setHighlight({ kind: 'node', node: 'check_lower' }));
    expect(container.querySelector('[data-highlighted="true"]')?.getAttribute('data-node')).toBe('check_lower');
    expect(container.querySelectorAll('.flow-highlight')).toHaveLength(1);
    act(() => useAppStore.getState().setHighlight({ kind: 'row', step: 2 }));
    expect(container.querySelectorAll('.flow-highlight')).toHaveLength(0);
    act(() => useAppStore.getState().setPolicy('target_tracking'));
    expect(screen.getByRole('img', { name: 'Process flow of the target tracking policy' })).toBeTruthy();
    expect(container.querySelector('[data-node="measure"]')).not.toBeNull();
    expect(container.querySelector('[data-node="check_upper"]')).toBeNull();
  });
});
