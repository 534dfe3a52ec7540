/**
 * The lesson's "Visual Quiz - 3 Questions": prompts, choices and hints verbatim; explanations and per-choice
 * feedback written for the app. content.test.ts runs every answer key through the engine.
 */
import { LESSON_CONFIG, LESSON_LOADS, type ThresholdConfig } from '../engine';
import type { MultipleChoiceQuestion, Scenario } from '../quiz/types';

const LESSON: Scenario = { config: LESSON_CONFIG, loads: LESSON_LOADS };

/** Question 3's what-if: the lesson's config with the lower threshold at 10. */
export const LOWER_THRESHOLD_10: ThresholdConfig = { ...LESSON_CONFIG, lower_threshold: 10 };

const base = (number: number) => ({
  id: `lesson.quiz.${number}`,
  template: 'lesson_quiz',
  params: { number },
  scenario: LESSON,
});

export const LESSON_QUIZ: readonly MultipleChoiceQuestion[] = [
  {
    ...base(1),
    kind: 'multiple_choice',
    difficulty: 'easy',
    prompt: 'Look at the execution table, what is the number of instances after processing load 80?',
    choices: [
      { id: 'A', text: '1', correct: false, feedback: '1 is the count before step 3 scaled up (and again after step 6 scaled down), not after load 80.' },
      { id: 'B', text: '2', correct: true, feedback: 'Right: load 80 arrives at step 4 with 2 instances running; 80 is neither above 100 nor below 20, so instances stay at 2.' },
      { id: 'C', text: '3', correct: false, feedback: '3 would need another scale up, but load 80 is not above 100.' },
      { id: 'D', text: '0', correct: false, feedback: 'Instances never drop below 1 in this example: scaling down requires instances > 1.' },
    ],
    explanation: 'Step 4 keeps 2 instances: load 80 is neither above 100 nor below 20, so instances stay at the 2 that step 3 left.',
    hints: ['Check the \'Instances after action\' column at step 4 in the execution_table.'],
    commonMistakes: ['Reading the count before a step instead of after it', 'Reading the row above or below (off by one step)'],
    refersTo: { kind: 'cell', step: 4, column: 'Instances after action' },
    alsoRefersTo: [{ kind: 'row', step: 4 }],
  },
  {
    ...base(2),
    kind: 'multiple_choice',
    difficulty: 'easy',
    prompt: 'At which step does the condition \'load > 100\' become true for the first time?',
    choices: [
      { id: 'A', text: 'Step 3', correct: true, feedback: 'Right: load 120 at step 3 is the first load above 100; steps 1 and 2 (10 and 50) are not.' },
      { id: 'B', text: 'Step 2', correct: false, feedback: 'At step 2 the load is 50, and 50 > 100 is False.' },
      { id: 'C', text: 'Step 5', correct: false, feedback: 'At step 5 the load is 30, and 30 > 100 is False.' },
      { id: 'D', text: 'Step 6', correct: false, feedback: 'At step 6 the load is 5, and 5 > 100 is False; step 6 is where the lower condition holds.' },
    ],
    explanation: 'The loads are 10, 50, 120, …: 120 at step 3 is the first above 100, so \'load > 100\' is first True at step 3.',
    hints: ['Look at the \'Condition: load > 100\' column in the execution_table.'],
    commonMistakes: ['Confusing the upper condition with the lower one', 'Off by one step'],
    refersTo: { kind: 'column', column: 'Condition: load > 100' },
  },
  {
    ...base(3),
    kind: 'multiple_choice',
    difficulty: 'medium',
    prompt: 'If the lower threshold changed from 20 to 10, at which step would scaling down happen?',
    choices: [
      { id: 'A', text: 'Step 1', correct: false, feedback: 'At step 1 the load is 10, and 10 < 10 is False; and only 1 instance is running, so it could not scale down anyway.' },
      { id: 'B', text: 'No scaling down would occur', correct: false, feedback: 'It still happens: one load is below the new threshold while more than 1 instance runs.' },
      { id: 'C', text: 'Step 6', correct: true, feedback: 'Right: at step 6 load 5 < 10 and instances = 2 > 1, so one instance is removed.' },
      { id: 'D', text: 'Step 5', correct: false, feedback: 'At step 5 the load is 30, above both the old threshold 20 and the new one 10.' },
    ],
    explanation: 'With lower threshold 10, the only load below 10 is 5 at step 6 (load 10 at step 1 is not below 10). At step 6, 5 < 10 and 2 instances are running, so scaling down happens at step 6.',
    hints: ['Compare loads with the new threshold and check the \'Condition: load < 20 and instances > 1\' logic in variable_tracker.'],
    commonMistakes: ['Treating a load equal to the threshold as below it', 'Forgetting the instances > 1 half of the condition'],
    refersTo: { kind: 'column', column: 'Condition: load < 20 and instances > 1' },
    alsoRefersTo: [{ kind: 'tracker', variable: 'load', column: 'After 6' }, { kind: 'config', key: 'lower_threshold' }],
    whatIf: { config: LOWER_THRESHOLD_10, loads: LESSON_LOADS },
  },
];
