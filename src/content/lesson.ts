/** The lesson's own words (seed/000_9494381622b57e98.txt), as data for the views. Checked by content.test.ts. */
import type { FlowNodeId } from '../engine';

export const LESSON_TITLE = 'Auto-scaling inference endpoints in MLOps - Step-by-Step Execution';
export const LESSON_TOPIC = 'Auto-scaling inference endpoints';
/** reading time, as the lesson states it */
export const LESSON_DURATION = '~10 mins';

export interface FlowStepText {
  /** the flow diagram node this text labels; undefined for the start and end terminals */
  readonly node?: FlowNodeId;
  readonly text: string;
  /** the edge label leading into it, when the lesson shows one */
  readonly via?: 'No';
}

/** "Process Flow - Auto-scaling inference endpoints", in the lesson's order. */
export const LESSON_FLOW: readonly FlowStepText[] = [
  { text: 'Start: Endpoint receives requests' },
  { node: 'monitor', text: 'Monitor request rate & resource usage' },
  { node: 'check_upper', text: 'Check if load > upper threshold?' },
  { node: 'check_lower', text: 'Check if load < lower threshold?', via: 'No' },
  { node: 'scale_up', text: 'Scale up: Add more instances' },
  { node: 'update', text: 'Update endpoint capacity' },
  { node: 'continue', text: 'Continue monitoring load' },
  { text: 'End' },
];

export const LESSON_FLOW_SUMMARY =
  'The system monitors traffic and resource use, then scales the number of inference instances up or down to match demand automatically.';

/** "Execution Sample": the Python loop exactly as the lesson prints it. */
export const LESSON_CODE: readonly string[] = [
  'requests = [10, 50, 120, 80, 30, 5]',
  'instances = 1',
  'for load in requests:',
  '    if load > 100:',
  '        instances += 1',
  '    elif load < 20 and instances > 1:',
  '        instances -= 1',
  '    print(f"Load: {load}, Instances: {instances}")',
];
export const LESSON_CODE_CAPTION = 'Simulates auto-scaling instances based on incoming request load.';

/** The note under the process table. */
export const LESSON_TABLE_NOTE = 'All loads processed; scaling adjusted instances accordingly.';

export interface KeyMomentText {
  readonly step: number;
  readonly question: string;
  readonly answer: string;
}

/** "Key Moments - 3 Insights", verbatim; the engine's keyMoments must produce these for the lesson. */
export const LESSON_KEY_MOMENTS: readonly KeyMomentText[] = [
  {
    step: 1,
    question: 'Why doesn\'t the number of instances decrease when load is 10 at step 1?',
    answer: 'Because instances start at 1 and the condition to scale down requires instances > 1. At step 1, instances = 1, so no scale down happens (see execution_table row 1).',
  },
  {
    step: 3,
    question: 'Why do instances increase at step 3 when load is 120?',
    answer: 'Load 120 is greater than the upper threshold 100, so the system scales up by adding one instance (see execution_table row 3).',
  },
  {
    step: 6,
    question: 'Why does the system scale down at step 6?',
    answer: 'Load 5 is less than 20 and instances are currently 2, so the system removes one instance (see execution_table row 6).',
  },
];
