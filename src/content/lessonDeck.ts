/**
 * The deck that ships with the app for teaching the lesson. The three key-moment slides are computed from the engine's
 * moments on the lesson's scenario, and the question slides from the lesson's visual quiz, so nothing here repeats an
 * answer by hand. content.test / deck.test run every slide through validateDeck.
 */
import {
  keyMoments, LESSON_CONFIG, LESSON_LOADS, plural, presetLoads, simulate, stepAt, TARGET_TRACKING_DEFAULTS,
  type ScalingConfig,
} from '../engine';
import type { Deck, Slide } from './deck';
import { LESSON_TOPIC } from './lesson';
import { CONCEPT_SNAPSHOT } from './lessonSummary';
import { LESSON_QUIZ } from './lessonQuiz';

const lesson = { config: LESSON_CONFIG as ScalingConfig, loads: LESSON_LOADS };
const END = LESSON_LOADS.length;

function momentSlides(): Slide[] {
  const trace = simulate(lesson);
  return keyMoments(trace).map((moment, i) => {
    const before = stepAt(trace, moment.step - 1);
    return {
      title: `Key moment ${i + 1}: step ${moment.step}`,
      points: [],
      notes: `Ask before stepping, then press PageDown to show row ${moment.step}. ${moment.question}`,
      ...lesson,
      cursor: moment.step - 1,
      stepTo: moment.step,
      panels: ['table', 'tracker'],
      highlight: { kind: 'row', step: moment.step },
      moment: moment.kind,
      question: {
        prompt: `Load ${before.load} arrives at step ${moment.step} with ${plural(before.instancesBefore, 'instance')} running. What does the loop do, and why?`,
        choices: [],
        answer: '',
        explanation: moment.answer,
      },
    };
  });
}

function quizSlides(): Slide[] {
  return LESSON_QUIZ.map((question, i) => ({
    title: `Question ${i + 1}`,
    points: [],
    notes: `${question.hints[0]} Common mistakes: ${(question.commonMistakes ?? []).join('; ')}.`,
    ...lesson,
    cursor: END,
    stepTo: END,
    panels: ['table'],
    highlight: question.refersTo,
    question: {
      prompt: question.prompt,
      choices: question.choices.map(({ id, text }) => ({ id, text })),
      answer: question.choices.find((choice) => choice.correct)?.id ?? '',
      explanation: question.explanation,
    },
  }));
}

export function buildLessonDeck(): Deck {
  const realLoads = presetLoads('diurnal', { steps: 24, peak: 280 });
  return {
    title: `${LESSON_TOPIC}: the lesson`,
    slides: [
      {
        title: 'Why auto-scale an inference endpoint?',
        points: ['Requests to a model rise and fall', 'Too few instances: slow answers, timeouts', 'Too many: paying for idle GPUs', 'Auto-scaling follows the load for us'],
        notes: 'Start from the chart: the load line moves, the instance line follows it. Ask who has paid for an idle GPU.',
        ...lesson, cursor: END, stepTo: END, panels: ['chart'],
      },
      {
        title: 'The loop: monitor, decide, act',
        points: [...CONCEPT_SNAPSHOT.points.slice(0, 3)],
        notes: 'Step with PageDown: each step is one load value and one decision. Follow the lit path through the diagram.',
        ...lesson, cursor: 0, stepTo: 2, panels: ['flow'],
      },
      {
        title: 'The loop in code',
        points: ['One pass of the for loop is one step: one load, one decision', 'The marked line is the one that decided'],
        notes: 'The lesson\'s Python loop. Step with PageDown and read the marked line aloud; ask what the next line will be.',
        ...lesson, cursor: 0, stepTo: 3, panels: ['code'],
      },
      ...momentSlides(),
      ...quizSlides(),
      {
        title: 'What real systems add',
        points: ['Cold starts: a new instance needs minutes to load the model', 'Cooldowns and stabilization windows', 'Target tracking on utilization, queue depth or latency', 'Scale to zero, and GPUs that come in whole units'],
        notes: 'Kubernetes HPA, Knative, SageMaker and Ray Serve all add these. Here a target-tracking policy follows a day of traffic.',
        config: TARGET_TRACKING_DEFAULTS, loads: realLoads, cursor: realLoads.length, stepTo: realLoads.length, panels: ['chart'],
      },
    ],
  };
}
