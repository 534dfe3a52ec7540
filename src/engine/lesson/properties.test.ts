import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScalingConfig, TargetTrackingConfig, ThresholdConfig } from './config';
import { keyMoments } from './moments';
import { actionAt, branchAt, instancesBefore, simulate, type Trace } from './simulate';
import { stepAt } from './step';
import { tableColumns, tableRows, trackerRows } from './table';
import { parseConfigText, validateConfig, validateLoads, type Result } from './validate';
import { parseLoadsText } from './loadsText';

const bounds = fc.integer({ min: 1, max: 100 }).chain((min) =>
  fc.integer({ min, max: Math.min(1000, min + 100) }).chain((max) =>
    fc.integer({ min, max }).map((initial) => ({ min_servers: min, max_servers: max, initial_servers: initial }))));

const requests = fc.oneof(fc.integer({ min: 0, max: 2000 }), fc.double({ min: 0, max: 1e6, noNaN: true }));

const thresholdConfig: fc.Arbitrary<ThresholdConfig> = fc.record({
  bounds, lower: requests, gap: fc.oneof(fc.integer({ min: 1, max: 500 }), fc.double({ min: 1e-3, max: 1e5, noNaN: true })),
  scale_step: fc.integer({ min: 1, max: 20 }),
}).map(({ bounds: b, lower, gap, scale_step }) => ({
  policy: 'threshold', ...b, lower_threshold: lower, upper_threshold: lower + gap, scale_step,
}));

const targetTrackingConfig: fc.Arbitrary<TargetTrackingConfig> = fc.record({
  bounds,
  target_utilization: fc.oneof(fc.integer({ min: 1, max: 100 }).map((percent) => percent / 100), fc.double({ min: 1e-6, max: 1, noNaN: true })),
  capacity_per_server: fc.oneof(fc.integer({ min: 1, max: 500 }), fc.double({ min: 1e-3, max: 1e6, noNaN: true })),
  tolerance: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 99 }).map((percent) => percent / 100)),
}).map(({ bounds: b, ...rest }) => ({ policy: 'target_tracking', ...b, ...rest }));

const anyConfig: fc.Arbitrary<ScalingConfig> = fc.oneof(thresholdConfig, targetTrackingConfig);
const loadSequence = fc.array(requests, { maxLength: 200 });

const afterOf = (trace: Trace) => Array.from(trace.after);
const branchesOf = (trace: Trace) => Array.from({ length: trace.length }, (_, i) => branchAt(trace, i));

function isWellFormed<T>(result: Result<T>): boolean {
  if (result.ok) return true;
  return result.errors.length > 0 && result.errors.every((e) =>
    typeof e.path === 'string' && typeof e.message === 'string' && e.message !== '' && typeof e.hint === 'string' && e.hint !== '');
}

describe('properties of simulate', () => {
  it('instances always stay within [min_servers, max_servers]', () => {
    fc.assert(fc.property(anyConfig, loadSequence, (config, loads) => {
      const trace = simulate({ config, loads });
      expect(trace.length).toBe(loads.length);
      for (const instances of trace.after) {
        expect(instances).toBeGreaterThanOrEqual(config.min_servers);
        expect(instances).toBeLessThanOrEqual(config.max_servers);
      }
    }));
  });

  it('the threshold policy moves by at most scale_step per step, and only the way the load says', () => {
    fc.assert(fc.property(thresholdConfig, loadSequence, (config, loads) => {
      const trace = simulate({ config, loads });
      for (let i = 0; i < trace.length; i++) {
        const change = trace.after[i]! - instancesBefore(trace, i);
        expect(Math.abs(change)).toBeLessThanOrEqual(config.scale_step);
        if (change > 0) expect(loads[i]!).toBeGreaterThan(config.upper_threshold);
        if (change < 0) expect(loads[i]!).toBeLessThan(config.lower_threshold);
        if (change === 0) expect(['between', 'above_upper_at_max', 'below_lower_at_min']).toContain(branchAt(trace, i));
      }
    }));
  });

  it('the branch read back agrees with the count the loop left: up exactly on above_upper, down exactly on below_lower', () => {
    fc.assert(fc.property(thresholdConfig, loadSequence, (config, loads) => {
      const trace = simulate({ config, loads });
      for (let i = 0; i < trace.length; i++) {
        const before = instancesBefore(trace, i);
        const expected = { above_upper: Math.min(before + config.scale_step, config.max_servers), below_lower: Math.max(before - config.scale_step, config.min_servers) };
        const branch = branchAt(trace, i);
        expect(trace.after[i]).toBe(branch === 'above_upper' || branch === 'below_lower' ? expected[branch] : before);
        if (branch === 'above_upper') expect(trace.after[i]).toBeGreaterThan(before);
        if (branch === 'below_lower') expect(trace.after[i]).toBeLessThan(before);
      }
    }));
  });

  it('target tracking lands on the clamped desired count, which never under-provisions', () => {
    fc.assert(fc.property(targetTrackingConfig, loadSequence, (config, loads) => {
      const trace = simulate({ config, loads });
      for (let i = 0; i < trace.length; i++) {
        if (branchAt(trace, i) !== 'off_target') {
          expect(trace.after[i]).toBe(instancesBefore(trace, i));
          continue;
        }
        const desired = trace.desired[i]!;
        const exact = loads[i]! / (config.capacity_per_server * config.target_utilization);
        expect(trace.after[i]).toBe(Math.min(Math.max(desired, config.min_servers), config.max_servers));
        expect(desired).toBeGreaterThanOrEqual(exact * (1 - 1e-9));
        expect(desired - 1).toBeLessThan(exact);
      }
    }));
  });

  it('the same input gives the same trace, and the same views', () => {
    fc.assert(fc.property(anyConfig, loadSequence, (config, loads) => {
      const first = simulate({ config, loads });
      const second = simulate({ config, loads: [...loads] });
      expect(afterOf(second)).toEqual(afterOf(first));
      expect(branchesOf(second)).toEqual(branchesOf(first));
      expect(Array.from(second.desired)).toEqual(Array.from(first.desired));
      expect(tableRows(second)).toEqual(tableRows(first));
      expect(keyMoments(second)).toEqual(keyMoments(first));
    }), { numRuns: 50 });
  });

  it('every step expands into a complete record that agrees with the columns', () => {
    fc.assert(fc.property(anyConfig, fc.array(requests, { minLength: 1, maxLength: 30 }), (config, loads) => {
      const trace = simulate({ config, loads });
      const width = tableColumns(config).length;
      for (const row of tableRows(trace)) expect(row).toHaveLength(width);
      for (const row of trackerRows(trace)) expect(row.cells).toHaveLength(trace.length + 2);
      for (let i = 0; i < trace.length; i++) {
        const step = stepAt(trace, i);
        expect(step.action).toBe(actionAt(trace, i));
        expect(step.instancesAfter).toBe(trace.after[i]);
        expect(step.reason).toMatch(/\.$/);
        expect(step.conditions.length).toBeGreaterThan(0);
      }
      for (const moment of keyMoments(trace)) expect(moment.step).toBeGreaterThanOrEqual(1);
    }), { numRuns: 50 });
  });
});

describe('properties of validation', () => {
  it('validateConfig and validateLoads never throw on arbitrary JSON, and explain every failure', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      expect(isWellFormed(validateConfig(value))).toBe(true);
      expect(isWellFormed(validateLoads(value))).toBe(true);
    }), { numRuns: 500 });
  });

  it('validateConfig and validateLoads never throw on anything at all', () => {
    fc.assert(fc.property(fc.anything(), (value) => {
      expect(isWellFormed(validateConfig(value))).toBe(true);
      expect(isWellFormed(validateLoads(value))).toBe(true);
    }), { numRuns: 500 });
  });

  it('never throws on objects with config keys holding arbitrary values', () => {
    const keys = ['policy', 'min_servers', 'max_servers', 'initial_servers', 'upper_threshold', 'lower_threshold',
      'scale_step', 'target_utilization', 'capacity_per_server', 'tolerance', 'constructor', '__proto__'];
    fc.assert(fc.property(fc.dictionary(fc.constantFrom(...keys), fc.anything()), (value) => {
      expect(isWellFormed(validateConfig(value))).toBe(true);
    }), { numRuns: 500 });
  });

  it('the text parsers never throw on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      expect(isWellFormed(parseConfigText(text))).toBe(true);
      expect(isWellFormed(parseLoadsText(text))).toBe(true);
    }), { numRuns: 500 });
  });

  it('every valid config validates to itself, also through JSON text', () => {
    fc.assert(fc.property(anyConfig, (config) => {
      expect(validateConfig(config)).toEqual({ ok: true, value: config });
      expect(parseConfigText(JSON.stringify(config, null, 2))).toEqual({ ok: true, value: config });
    }));
  });

  it('every generated load sequence validates, and its text form parses back', () => {
    fc.assert(fc.property(fc.array(requests, { minLength: 1, maxLength: 100 }), (loads) => {
      expect(validateLoads(loads)).toEqual({ ok: true, value: loads });
      expect(parseLoadsText(loads.join(','))).toEqual({ ok: true, value: loads });
    }));
  });
});
