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
    const upper = Array.from(container.querySelectorAll('[data-node="check_upper"] tspan'), (line) => line.textContent);
    expect(upper.slice(0, -1).join(' ')).toBe('Check if load > upper threshold (100)?');
    expect(upper.at(-1)).toBe('120 > 100? yes');
    expect(container.querySelector('[data-edge="check_upper->scale_up"]')?.getAttribute('data-active')).toBe('true');
    expect(container.querySelector('[data-edge="check_upper->check_lower"]')?.getAttribute('data-active')).toBe('false');
    expect(container.querySelector('[aria-live="polite"]')?.textContent).toMatch(/^Step 3: load 120\. load > 100\? yes\. Scale up: 1 → 2 instances\./);
    expect(container.querySelectorAll('.flow-token')).toHaveLength(1);
  });

  it('lights the lesson\'s Start and Monitor at Start, nothing of a step', () => {
    act(() => useAppStore.getState().setCursor(0));
    const { container } = render(<FlowDiagram />);
    expect(activeNodes(container)).toEqual(['start', 'monitor']);
    expect(container.querySelectorAll('[data-edge][data-active="true"]')).toHaveLength(1);
    expect(container.querySelector('[data-edge="start->monitor"]')?.getAttribute('data-active')).toBe('true');
    expect(container.querySelector('[aria-live="polite"]')?.textContent).toMatch(/^Start: nothing has run yet/);
  });

  it("ends at the lesson's End once every load is processed, under the lesson's caption", () => {
    act(() => useAppStore.getState().setCursor(6));
    const { container } = render(<FlowDiagram />);
    expect(activeNodes(container)).toEqual(['monitor', 'check_upper', 'check_lower', 'scale_down', 'update', 'continue', 'end']);
    expect(container.querySelector('[data-edge="continue->end"]')?.getAttribute('data-active')).toBe('true');
    expect(screen.getByText(/^The system monitors traffic and resource use, then scales the number of inference instances up or down to match demand automatically\.$/)).toBeTruthy();
    act(() => useAppStore.getState().setCursor(5));
    expect(activeNodes(container)).not.toContain('end');
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
