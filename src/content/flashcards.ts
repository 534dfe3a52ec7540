/**
 * Review's flashcards of the lesson's key facts: the Concept Snapshot and the worked example, in the lesson's words
 * where it has them. A card that states numbers carries the scenario and step they come from; flashcards.test.ts
 * runs each one through the engine, so a card can never say what the engine would not do.
 */
import { LESSON_CONFIG, LESSON_LOADS, TARGET_TRACKING_DEFAULTS, type Action, type ScalingConfig } from '../engine';
import { LOWER_THRESHOLD_10 } from './lessonQuiz';

export interface FactCheck {
  readonly config: ScalingConfig;
  readonly loads: readonly number[];
  /** 1-based step the card is about */
  readonly step: number;
  readonly action: Action;
  readonly instancesAfter: number;
}

export interface FactCard {
  /** stable: Review's schedules are kept under it */
  readonly id: string;
  readonly front: string;
  readonly back: string;
  /** where the card comes from, shown under it */
  readonly source: string;
  readonly check?: FactCheck;
}

const LESSON = { config: LESSON_CONFIG, loads: LESSON_LOADS };

export const FACT_CARDS: readonly FactCard[] = [
  {
    id: 'fact.purpose', source: 'Concept Snapshot',
    front: 'What is auto-scaling an inference endpoint for?',
    back: '"Adjust capacity dynamically to save cost and maintain performance." The number of instances follows the traffic, automatically.',
  },
  {
    id: 'fact.monitor', source: 'Concept Snapshot',
    front: 'What does the autoscaler watch?',
    back: '"Monitor request load and resource use continuously." Each step it compares the load with its thresholds.',
  },
  {
    id: 'fact.scale-up-rule', source: 'Concept Snapshot',
    front: 'When does the threshold policy add instances?',
    back: '"If load > upper threshold, add instances." In the lesson: load > 100 adds one instance.',
  },
  {
    id: 'fact.scale-down-rule', source: 'Concept Snapshot',
    front: 'When does it remove instances?',
    back: '"If load < lower threshold and instances > 1, remove instances." Both must hold: in the lesson, load < 20 and instances > 1.',
  },
  {
    id: 'fact.step1', source: 'Key moment 1',
    front: 'Lesson, step 1: load 10 is below 20. Why do instances stay at 1?',
    back: 'Scaling down also needs instances > 1, and there is only 1 instance: no scale down, instances stay 1.',
    check: { ...LESSON, step: 1, action: 'none', instancesAfter: 1 },
  },
  {
    id: 'fact.step3', source: 'Key moment 2',
    front: 'Lesson, step 3: load 120. What happens?',
    back: '120 > 100, so the system scales up by one instance: 1 → 2.',
    check: { ...LESSON, step: 3, action: 'scale_up', instancesAfter: 2 },
  },
  {
    id: 'fact.step4', source: 'Visual quiz 1',
    front: 'Lesson: how many instances after load 80 (step 4)?',
    back: '2: load 80 is neither above 100 nor below 20, so the 2 instances from step 3 stay.',
    check: { ...LESSON, step: 4, action: 'none', instancesAfter: 2 },
  },
  {
    id: 'fact.step6', source: 'Key moment 3',
    front: 'Lesson, step 6: load 5 with 2 instances. What happens?',
    back: '5 < 20 and 2 > 1, so the system removes one instance: 2 → 1.',
    check: { ...LESSON, step: 6, action: 'scale_down', instancesAfter: 1 },
  },
  {
    id: 'fact.lower-10', source: 'Visual quiz 3',
    front: 'If the lower threshold were 10 instead of 20, where would the lesson scale down?',
    back: 'Still at step 6: load 5 is below 10 too, and 2 instances are running (2 → 1).',
    check: { config: LOWER_THRESHOLD_10, loads: LESSON_LOADS, step: 6, action: 'scale_down', instancesAfter: 1 },
  },
  {
    id: 'fact.min-servers', source: 'Practice 2',
    front: 'Which setting is the fewest servers an endpoint keeps running?',
    back: 'min_servers. max_servers is the most; target_utilization is a load target, not a count.',
  },
  {
    id: 'fact.target-above', source: 'Practice 3',
    front: 'Target utilization 0.7 and usage is 80 %: what does target tracking do?',
    back: 'Usage above target means scale up: with 2 servers of 50 requests each, 80 requests (80 %) ask for ceil(80 / 35) = 3 servers (2 → 3).',
    check: { config: { ...TARGET_TRACKING_DEFAULTS, min_servers: 2, max_servers: 5, initial_servers: 2, target_utilization: 0.7 }, loads: [80], step: 1, action: 'scale_up', instancesAfter: 3 },
  },
  {
    id: 'fact.decimal', source: 'Practice 5',
    front: 'How is "keep CPU around 60 %" written in the config?',
    back: 'As a decimal: "target_utilization": 0.6, not 60.',
  },
];
