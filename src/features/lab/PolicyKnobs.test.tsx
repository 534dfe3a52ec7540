// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { POLICY_MODELS } from '../../engine/policies';
import { PolicyKnobs } from './PolicyKnobs';
import { defaultPolicy } from './labDefaults';

afterEach(cleanup);

describe('PolicyKnobs', () => {
  it('shows each knob with its native name and default, and refuses a value the validator refuses', () => {
    const onChange = vi.fn();
    const { config } = defaultPolicy('hpa');
    render(<PolicyKnobs config={config} knobs={POLICY_MODELS.hpa!.knobs} label="HPA" onChange={onChange} />);
    const max = screen.getByLabelText(/^max_replicas/);
    expect(max.getAttribute('aria-describedby')).toBeTruthy();
    // maxReplicas is required by the API: 10 is the Lab's example, not a default
    expect(document.getElementById(max.getAttribute('aria-describedby')!)?.textContent).toMatch(/spec\.maxReplicas \(required; the Lab's example\)$/);
    const min = screen.getByLabelText(/^min_replicas/);
    expect(document.getElementById(min.getAttribute('aria-describedby')!)?.textContent).toMatch(/spec\.minReplicas \(default\)$/);
    fireEvent.change(max, { target: { value: '0' } });
    expect(max.getAttribute('aria-invalid')).toBe('true');
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.change(max, { target: { value: '25' } });
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ policy: 'hpa', max_replicas: 25 }));
  });

  it('turns spec.behavior on, and a boolean knob is a switch that hands on a boolean', () => {
    const onChange = vi.fn();
    render(<PolicyKnobs config={defaultPolicy('hpa').config} knobs={POLICY_MODELS.hpa!.knobs} label="HPA" onChange={onChange} />);
    expect(screen.queryByLabelText(/^behavior\.scale_down\.stabilization_window_s/)).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: /^behavior/ }));
    expect(onChange.mock.calls[0]![0]).toHaveProperty('behavior');
    cleanup();
    render(<PolicyKnobs config={defaultPolicy('kpa').config} knobs={POLICY_MODELS.kpa!.knobs} label="KPA" onChange={onChange} />);
    fireEvent.click(screen.getByRole('checkbox', { name: /^enable_scale_to_zero/ }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ policy: 'kpa', enable_scale_to_zero: false }));
  });

  it('says where the Lab\'s value is an example and the real default differs (Ray max_replicas defaults to 1)', () => {
    render(<PolicyKnobs config={{ ...defaultPolicy('ray').config, max_replicas: 20 } as never} knobs={POLICY_MODELS.ray!.knobs} label="Ray" onChange={vi.fn()} />);
    const max = screen.getByLabelText(/^max_replicas/);
    expect(document.getElementById(max.getAttribute('aria-describedby')!)?.textContent).toMatch(/\(the Lab's example 10; the real default is 1\)$/);
  });
});
