/**
 * The lesson's five practice questions, verbatim: prompts, choices, solutions, hints, common mistakes, difficulty.
 * Each carries a scenario the engine can run to show the answer; content.test.ts checks every answer key that way.
 */
import { LESSON_CONFIG, LESSON_LOADS, type TargetTrackingConfig } from '../engine';
import type { ConfigGoal, FixConfigQuestion, MultipleChoiceQuestion, Scenario, SolutionStep } from '../quiz/types';

const LESSON: Scenario = { config: LESSON_CONFIG, loads: LESSON_LOADS };

const targetTracking = (values: Omit<TargetTrackingConfig, 'policy' | 'capacity_per_server' | 'tolerance'>): TargetTrackingConfig =>
  ({ policy: 'target_tracking', capacity_per_server: 50, tolerance: 0, ...values });

/** Question 3: the snippet's config; load 80 on 2 servers of 50 is the 80 % usage it describes. */
export const USAGE_80_SCENARIO: Scenario = {
  config: targetTracking({ min_servers: 2, max_servers: 5, initial_servers: 2, target_utilization: 0.7 }),
  loads: [80],
};

/** Question 4: min 1, max 3, and a target so high (95 %) that a load near one server's capacity never adds a second. */
export const HIGH_TARGET_SCENARIO: Scenario = {
  config: targetTracking({ min_servers: 1, max_servers: 3, initial_servers: 1, target_utilization: 0.95 }),
  loads: [40, 45, 47, 45],
};

/** Question 5's goal: never below 2, never above 6, around 60 % utilization. */
export const PRACTICE_GOAL: ConfigGoal = {
  description: 'Never drop below 2 servers, never exceed 6 servers, and aim to keep CPU usage around 60%.',
  policy: 'target_tracking', minServers: 2, maxServers: 6, targetUtilization: 0.6, loads: LESSON_LOADS,
};

export const PRACTICE_CONFIG_CHOICES = {
  A: '{ "min_servers": 2, "max_servers": 6, "target_utilization": 0.9 }',
  B: '{ "min_servers": 6, "max_servers": 2, "target_utilization": 0.6 }',
  C: '{ "min_servers": 2, "max_servers": 6, "target_utilization": 0.6 }',
  D: '{ "min_servers": 1, "max_servers": 6, "target_utilization": 0.6 }',
} as const;

const solution = (...steps: [string, string][]): SolutionStep[] => steps.map(([title, text]) => ({ title, text }));
const base = (number: number, scenario: Scenario) => ({
  id: `lesson.practice.${number}`, template: 'lesson_practice', params: { number }, scenario, kind: 'multiple_choice' as const,
});

export const LESSON_PRACTICE: readonly MultipleChoiceQuestion[] = [
  {
    ...base(1, LESSON),
    difficulty: 'easy',
    prompt: 'What is the main purpose of auto-scaling inference endpoints in ML services?',
    choices: [
      { id: 'A', text: 'To automatically adjust the number of servers based on traffic', correct: true, feedback: 'Right: auto-scaling changes the server count automatically as traffic changes.' },
      { id: 'B', text: 'To manually add servers when traffic increases', correct: false, feedback: 'Auto-scaling is the opposite of manual: nobody has to add servers by hand.' },
      { id: 'C', text: 'To reduce the accuracy of ML models during high traffic', correct: false, feedback: 'Auto-scaling changes capacity, never the model or its accuracy.' },
      { id: 'D', text: 'To store more data for training models', correct: false, feedback: 'Auto-scaling serves requests; it does not store training data.' },
    ],
    explanation: 'For ML inference endpoints, auto-scaling keeps the service fast and cost-efficient by adjusting servers without manual work.',
    solutionSteps: solution(
      ['Step 1: Understand auto-scaling concept', 'Auto-scaling means the system changes the number of servers automatically depending on the traffic load.'],
      ['Step 2: Identify the purpose in ML inference', 'For ML inference endpoints, auto-scaling keeps the service fast and cost-efficient by adjusting servers without manual work.'],
      ['Final Answer:', 'To automatically adjust the number of servers based on traffic -> Option A'],
      ['Quick Check:', 'Auto-scaling = automatic server adjustment [OK]'],
    ),
    hints: ['Auto-scaling means automatic server count change [OK]'],
    commonMistakes: ['Thinking auto-scaling requires manual server changes', 'Confusing auto-scaling with model accuracy changes', 'Believing auto-scaling stores training data'],
    refersTo: { kind: 'node', node: 'update' },
  },
  {
    ...base(2, LESSON),
    difficulty: 'easy',
    prompt: 'Which configuration setting defines the minimum number of servers to keep running in an auto-scaling inference endpoint?',
    choices: [
      { id: 'A', text: 'max_servers', correct: false, feedback: 'max_servers sets the upper limit, not the minimum.' },
      { id: 'B', text: 'scale_up_threshold', correct: false, feedback: 'scale_up_threshold is not a setting here, and a threshold is a load, not a server count.' },
      { id: 'C', text: 'target_utilization', correct: false, feedback: 'target_utilization controls the load target, not a server count.' },
      { id: 'D', text: 'min_servers', correct: true, feedback: 'Right: min_servers is the floor the endpoint never goes below.' },
    ],
    explanation: 'The minimum number of servers to keep running is controlled by the setting named min_servers.',
    solutionSteps: solution(
      ['Step 1: Identify minimum server setting', 'The minimum number of servers to keep running is controlled by the setting named min_servers.'],
      ['Step 2: Differentiate from other settings', 'max_servers sets the upper limit, target_utilization controls load target, and scale_up_threshold is not a standard setting here.'],
      ['Final Answer:', 'min_servers -> Option D'],
      ['Quick Check:', 'Minimum servers = min_servers [OK]'],
    ),
    hints: ['Min servers setting always starts with \'min_\' [OK]'],
    commonMistakes: ['Confusing max_servers with minimum servers', 'Mixing target utilization with server count', 'Using non-existent settings like scale_up_threshold'],
    refersTo: { kind: 'config', key: 'min_servers' },
  },
  {
    ...base(3, USAGE_80_SCENARIO),
    difficulty: 'medium',
    prompt: 'Given this auto-scaling config snippet:\n{\n  "min_servers": 2,\n  "max_servers": 5,\n  "target_utilization": 0.7\n}\n\nIf the current server usage is 80%, what will likely happen?',
    choices: [
      { id: 'A', text: 'The system will scale up servers to reduce load', correct: true, feedback: 'Right: 80 % is above the 70 % target, so servers are added (here 2 → 3).' },
      { id: 'B', text: 'The system will scale down servers to save cost', correct: false, feedback: 'Scaling down happens when usage is below the target; 80 % is above 70 %.' },
      { id: 'C', text: 'The system will keep the same number of servers', correct: false, feedback: '80 % is not within reach of the 70 % target, so the count changes.' },
      { id: 'D', text: 'The system will shut down all servers', correct: false, feedback: 'min_servers is 2: the system never shuts all servers down.' },
    ],
    explanation: 'The current usage (80%) is higher than the target utilization (70%), so the system adds servers to bring usage back toward the target.',
    solutionSteps: solution(
      ['Step 1: Compare current usage to target utilization', 'The current usage (80%) is higher than the target utilization (70%).'],
      ['Step 2: Determine scaling action', 'Since usage is above target, the system will add servers (scale up) to reduce load and meet the target.'],
      ['Final Answer:', 'The system will scale up servers to reduce load -> Option A'],
      ['Quick Check:', 'Usage > target = scale up [OK]'],
    ),
    hints: ['If usage > target, scale up servers [OK]'],
    commonMistakes: ['Scaling down when usage is above target', 'Assuming no change if usage is slightly above target', 'Thinking system shuts down servers automatically'],
    refersTo: { kind: 'node', node: 'check_target' },
    alsoRefersTo: [{ kind: 'cell', step: 1, column: 'Utilization' }],
  },
  {
    ...base(4, HIGH_TARGET_SCENARIO),
    difficulty: 'medium',
    prompt: 'You configured an auto-scaling endpoint with min_servers: 1 and max_servers: 3. The system never scales above 1 server even under high load. What is the most likely cause?',
    choices: [
      { id: 'A', text: 'The max_servers is set too low to allow scaling', correct: false, feedback: 'max_servers 3 allows scaling up to 3 servers.' },
      { id: 'B', text: 'The target utilization is set too high, preventing scale up', correct: true, feedback: 'Right: with a 95 % target, one server at 94 % looks fine to the autoscaler, so it never adds a second.' },
      { id: 'C', text: 'The min_servers value is incorrectly set to 3', correct: false, feedback: 'min_servers is 1; with 3 the endpoint would always run 3 servers, not 1.' },
      { id: 'D', text: 'The system does not support auto-scaling', correct: false, feedback: 'It does: lower the target (e.g. 0.5) and the same load adds servers.' },
    ],
    explanation: 'Min servers 1 and max servers 3 allow scaling up; a very high target utilization makes the current load look acceptable, so the system does not scale up.',
    solutionSteps: solution(
      ['Step 1: Analyze scaling limits', 'Min servers is 1 and max servers is 3, so scaling up to 3 is allowed.'],
      ['Step 2: Check target utilization impact', 'If target utilization is set very high (e.g., 90%+), the system thinks current load is acceptable and won\'t scale up.'],
      ['Final Answer:', 'The target utilization is set too high, preventing scale up -> Option B'],
      ['Quick Check:', 'High target utilization blocks scaling up [OK]'],
    ),
    hints: ['High target utilization can block scaling up [OK]'],
    commonMistakes: ['Confusing max_servers as too low when it allows scaling', 'Misreading min_servers as max_servers', 'Assuming system lacks auto-scaling support'],
    refersTo: { kind: 'config', key: 'target_utilization' },
  },
  {
    ...base(5, { config: targetTracking({ min_servers: 2, max_servers: 6, initial_servers: 2, target_utilization: 0.6 }), loads: LESSON_LOADS, configText: PRACTICE_CONFIG_CHOICES.C }),
    difficulty: 'hard',
    prompt: 'You want to configure an auto-scaling inference endpoint that never drops below 2 servers, never exceeds 6 servers, and aims to keep CPU usage around 60%. Which configuration is correct?',
    choices: [
      { id: 'A', text: PRACTICE_CONFIG_CHOICES.A, correct: false, feedback: 'target_utilization 0.9 aims at 90 %, not around 60 %.' },
      { id: 'B', text: PRACTICE_CONFIG_CHOICES.B, correct: false, feedback: 'min_servers and max_servers are swapped; the validator rejects min_servers 6 above max_servers 2.' },
      { id: 'C', text: PRACTICE_CONFIG_CHOICES.C, correct: true, feedback: 'Right: min 2, max 6, and target_utilization as the decimal 0.6.' },
      { id: 'D', text: PRACTICE_CONFIG_CHOICES.D, correct: false, feedback: 'min_servers 1 lets the endpoint drop to 1 server, below the required 2.' },
    ],
    explanation: '{ "min_servers": 2, "max_servers": 6, "target_utilization": 0.6 } matches all requirements: min_servers 2, max_servers 6, and target utilization 0.6 (60%).',
    solutionSteps: solution(
      ['Step 1: Set minimum and maximum servers correctly', 'Minimum servers should be 2 and maximum servers 6, so min_servers: 2 and max_servers: 6 are correct.'],
      ['Step 2: Set target utilization to 60%', 'Target utilization should be 0.6 (60%) to keep CPU usage around that level.'],
      ['Step 3: Verify options', '{ "min_servers": 2, "max_servers": 6, "target_utilization": 0.6 } matches all requirements. { "min_servers": 6, "max_servers": 2, "target_utilization": 0.6 } reverses min and max servers. { "min_servers": 2, "max_servers": 6, "target_utilization": 0.9 } has wrong target utilization. { "min_servers": 1, "max_servers": 6, "target_utilization": 0.6 } has min_servers as 1, which is below requirement.'],
      ['Final Answer:', '{ "min_servers": 2, "max_servers": 6, "target_utilization": 0.6 } -> Option C'],
      ['Quick Check:', 'Correct min, max, and target utilization = { "min_servers": 2, "max_servers": 6, "target_utilization": 0.6 } [OK]'],
    ),
    hints: ['Min ≤ max and target_utilization as decimal (0.6) [OK]'],
    commonMistakes: ['Swapping min_servers and max_servers values', 'Using target_utilization as percentage (60) instead of decimal (0.6)', 'Setting min_servers lower than required'],
    refersTo: { kind: 'config', key: 'min_servers' },
    alsoRefersTo: [{ kind: 'config', key: 'max_servers' }, { kind: 'config', key: 'target_utilization' }],
  },
];

/** Practice question 5 as a config exercise: start from the swapped config and edit until the engine says it meets the goal. */
export const LESSON_FIX_CONFIG: FixConfigQuestion = {
  id: 'lesson.practice.5.fix', template: 'lesson_fix_config', params: { number: 5 }, kind: 'fix_config',
  scenario: LESSON_PRACTICE[4]!.scenario,
  difficulty: 'hard',
  goal: PRACTICE_GOAL,
  startText: '{ "min_servers": 6, "max_servers": 2, "target_utilization": 60 }',
  solutionText: PRACTICE_CONFIG_CHOICES.C,
  prompt: `Fix the config so that it meets the goal: ${PRACTICE_GOAL.description}`,
  explanation: LESSON_PRACTICE[4]!.explanation,
  hints: ['Min ≤ max and target_utilization as decimal (0.6) [OK]'],
  commonMistakes: LESSON_PRACTICE[4]!.commonMistakes!,
  refersTo: { kind: 'config', key: 'min_servers' },
  alsoRefersTo: [{ kind: 'config', key: 'max_servers' }, { kind: 'config', key: 'target_utilization' }],
};
