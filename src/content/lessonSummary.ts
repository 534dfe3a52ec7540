/**
 * The lesson's concept snapshot and full transcript (seed/000_9494381622b57e98.txt), for the Why and Transcript modes
 * and Present's deck; apart from lesson.ts, whose words the first screen shows. Checked by content.test.ts.
 */

export const CONCEPT_SNAPSHOT = {
  title: 'Auto-scaling inference endpoints:',
  points: [
    'Monitor request load and resource use continuously.',
    'If load > upper threshold, add instances.',
    'If load < lower threshold and instances > 1, remove instances.',
    'Adjust capacity dynamically to save cost and maintain performance.',
    'Simple thresholds guide scaling decisions.',
  ],
} as const;

export const FULL_TRANSCRIPT =
  'Auto-scaling inference endpoints work by watching how many requests come in and how busy the system is. ' +
  'When the load gets too high, it adds more instances to handle the traffic. ' +
  'When the load is low, it removes instances to save resources. ' +
  'This example code simulates this by checking each load value and changing the number of instances accordingly. ' +
  'The execution table shows each step\'s load, conditions checked, actions taken, and the resulting number of instances. ' +
  'Key moments explain why scaling happens or not at certain steps. ' +
  'The quiz tests understanding by asking about instance counts and conditions at specific steps. ' +
  'This helps beginners see how auto-scaling adjusts capacity automatically.';
