import { describe, expect, it } from 'vitest';
import { LESSON_CONFIG, LESSON_LOADS, TARGET_TRACKING_DEFAULTS, simulate, stepAt } from '../../engine';
import { charsPerLine, flowLayout, VALUE_CHAR_WIDTH } from './flowLayout';
import { actionSummary, answerOf, describeLayout, narrateStep, nodeValues } from './flowText';

const lesson = simulate({ config: LESSON_CONFIG, loads: LESSON_LOADS });

describe('narrateStep', () => {
  it('says step 3 of the lesson in words', () => {
    expect(narrateStep(LESSON_CONFIG, stepAt(lesson, 2))).toBe(
      'Step 3: load 120. load > 100? yes. Scale up: 1 → 2 instances. '
      + 'Load 120 is greater than the upper threshold 100, so the autoscaler adds one instance (1 → 2).',
    );
  });

  it('reads both decisions when the first says no', () => {
    const text = narrateStep(LESSON_CONFIG, stepAt(lesson, 5));
    expect(text).toMatch(/^Step 6: load 5\. load > 100\? no\. load < 20 and instances > 1\? yes\. Scale down: 2 → 1 instance\. Load 5/);
  });

  it('keeps the engine\'s "but" when the yes edge cannot be taken', () => {
    const config = { ...LESSON_CONFIG, max_servers: 1 };
    const text = narrateStep(config, stepAt(simulate({ config, loads: [120] }), 0));
    expect(text).toContain('load > 100? yes, but already at max 1, so no.');
    expect(text).toContain('No change: 1 instance.');
  });

  it('names utilization for target tracking', () => {
    const config = { ...TARGET_TRACKING_DEFAULTS, tolerance: 0.1 };
    const text = narrateStep(config, stepAt(simulate({ config, loads: [60] }), 0));
    expect(text).toMatch(/^Step 1: load 60, utilization 120 %\. More than 10 % off the 60 % target\? yes\. Scale up: 1 → 2 instances\. /);
  });

  it('says what the Start shows', () => {
    expect(narrateStep(LESSON_CONFIG, undefined)).toBe('Start: nothing has run yet; 1 instance running. The autoscaler is monitoring the load.');
  });
});

describe('node values', () => {
  it('cut an absurdly long number into pieces that fit the node', () => {
    const config = { ...TARGET_TRACKING_DEFAULTS, target_utilization: 0.0001, capacity_per_server: 0.0001, max_servers: 1000 };
    const layout = flowLayout(config);
    const values = nodeValues(layout, stepAt(simulate({ config, loads: [1_000_000_000] }), 0));
    for (const node of layout.nodes) {
      for (const line of values.get(node.id) ?? []) expect(line.length, `${node.id}: ${line}`).toBeLessThanOrEqual(charsPerLine(node, VALUE_CHAR_WIDTH));
    }
    expect(values.get('set_desired')?.join('')).toContain('100000000000000000');
  });

  it('puts the question on the decision and the change on the action of the path taken', () => {
    const layout = flowLayout(LESSON_CONFIG);
    const values = nodeValues(layout, stepAt(lesson, 2));
    expect(values.get('check_upper')).toEqual(['120 > 100? yes']);
    expect(values.get('scale_up')).toEqual(['1 → 2']);
    expect(values.has('check_lower')).toBe(false);
    expect(values.has('scale_down')).toBe(false);
    expect(nodeValues(layout, stepAt(lesson, 0)).get('no_change')).toEqual(['stays at 1']);
    expect(nodeValues(layout, undefined).size).toBe(0);
  });

  it('shows utilization and the desired count for target tracking', () => {
    const config = { ...TARGET_TRACKING_DEFAULTS, tolerance: 0.1 };
    const values = nodeValues(flowLayout(config), stepAt(simulate({ config, loads: [60] }), 0));
    expect(values.get('measure')).toEqual(['now 120 %']);
    expect(values.get('set_desired')).toEqual(['wants 2: 1 → 2']);
  });
});

describe('target tracking when the desired count is already running', () => {
  const config = { ...TARGET_TRACKING_DEFAULTS, tolerance: 0 };
  const step = stepAt(simulate({ config, loads: [10] }), 0);

  it('lights Set desired and says the count is already running, in the node, the summary and the narration', () => {
    const layout = flowLayout(config);
    expect(nodeValues(layout, step).get('set_desired')?.join(' ')).toBe('wants 1: 1 already running');
    expect(actionSummary(step)).toBe('Set desired: 1 instance, already running');
    expect(narrateStep(config, step)).not.toContain('No change');
    expect(step.flowPath).toContain('set_desired');
    expect(step.flowPath).not.toContain('no_change');
  });
});

describe('small texts', () => {
  it('summarises actions with the right plural', () => {
    expect(actionSummary(stepAt(lesson, 5))).toBe('Scale down: 2 → 1 instance');
    expect(actionSummary(stepAt(lesson, 3))).toBe('No change: 2 instances');
  });

  it('takes the answer from the question', () => {
    expect(answerOf({ node: 'check_upper', label: 'load > 100', value: true, cell: 'True', question: '120 > 100? yes' })).toBe('yes');
    expect(answerOf({ node: 'check_upper', label: 'load > 100', value: false, cell: 'False', question: 'odd' })).toBe('no');
  });

  it('describes the structure for the SVG', () => {
    const text = describeLayout(flowLayout(LESSON_CONFIG));
    expect(text).toMatch(/^Start: Endpoint receives requests → Monitor request rate & resource usage\./);
    expect(text).toContain('Check if load > upper threshold (100)? yes: Scale up: Add more instances');
    expect(text).toContain('Check if load > upper threshold (100)? no: Check if load < lower threshold (20) and instances > 1?');
    expect(text).toContain('Continue monitoring load → End');
    expect(text).toMatch(/Continue monitoring load → back to Monitor request rate & resource usage\.$/);
  });
});

describe('fit', () => {
  it('leaves room in every node for its label and the values of any step', async () => {
    const { LINE_HEIGHT } = await import('./flowLayout');
    const configs = [
      LESSON_CONFIG,
      { ...LESSON_CONFIG, upper_threshold: 12345.5, lower_threshold: 1234.25, max_servers: 100, min_servers: 10, initial_servers: 10 },
      { ...TARGET_TRACKING_DEFAULTS, tolerance: 0.125, capacity_per_server: 33.3, target_utilization: 0.65, max_servers: 100 },
    ];
    for (const config of configs) {
      const layout = flowLayout(config);
      const trace = simulate({ config, loads: [0, 99999, 99999, 5, 123456.75, 0.5, 2000, 20000] });
      for (let i = 0; i < trace.length; i++) {
        const values = nodeValues(layout, stepAt(trace, i));
        for (const node of layout.nodes) {
          const lines = node.label.length + (values.get(node.id)?.length ?? 0);
          expect(lines * LINE_HEIGHT, `${config.policy} step ${i + 1} ${node.id}`).toBeLessThanOrEqual(node.h - 2);
        }
      }
    }
  });
});
