/** The mode switcher's entries: each mode has a label, a URL (#/mode) and a view, lazy unless it is the first screen. */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Mode } from '../store/urlState';
import { Workspace } from './Workspace';

export interface ModeEntry {
  readonly mode: Mode;
  readonly label: string;
  /** one line shown as the mode's description */
  readonly description: string;
  readonly View: ComponentType | LazyExoticComponent<ComponentType>;
}

const lazyView = (load: () => Promise<ComponentType>) => lazy(() => load().then((View) => ({ default: View })));

/** In the order of a course: why it matters, see it, go deeper, then practise, test and review. */
export const MODE_ENTRIES: readonly ModeEntry[] = [
  { mode: 'why', label: 'Why', description: 'The problem auto-scaling solves: manual vs automatic, cost vs latency, live on your loads.', View: lazyView(() => import('../features/why/WhyMode').then((m) => m.WhyMode)) },
  { mode: 'visualize', label: 'Visualize', description: 'Edit the config and the load; step through the autoscaler\'s decisions.', View: Workspace },
  { mode: 'predict', label: 'Predict', description: 'The next row stays hidden: predict the action and the instances, then see it.', View: lazy(() => import('../features/quiz/predict/PredictMode').then((m) => ({ default: m.PredictMode }))) },
  { mode: 'quiz', label: 'Visual quiz', description: 'Questions about the picture, with hints that point at the row, column or node.', View: lazy(() => import('../features/quiz/VisualQuiz').then((m) => ({ default: m.VisualQuiz }))) },
  { mode: 'practice', label: 'Practice', description: 'The lesson\'s practice questions and a config to fix, with step-by-step solutions.', View: lazy(() => import('../features/quiz/Practice').then((m) => ({ default: m.Practice }))) },
  { mode: 'test', label: 'Test this pattern', description: 'Ten seeded questions, easy to hard, scored at the end with a review.', View: lazy(() => import('../features/quiz/test/TestMode').then((m) => ({ default: m.TestMode }))) },
  { mode: 'deep-dive', label: 'Deep dive', description: 'Where real endpoints differ from the simple loop: cold starts, queues, cooldowns, scale to zero, GPUs.', View: lazyView(() => import('../features/deep-dive/DeepDiveMode').then((m) => m.DeepDiveMode)) },
  { mode: 'lab', label: 'Lab', description: 'Real autoscalers (HPA, Knative, Ray Serve, SageMaker) in time: cold starts, queues, latency and cost, side by side.', View: lazy(() => import('../features/lab/LabMode').then((m) => ({ default: m.LabMode }))) },
  { mode: 'live', label: 'Live', description: 'A real digit classifier in Web Workers, scaled by the Lab\'s own policies, measured, then checked against the Lab\'s simulation.', View: lazyView(() => import('../features/live/LiveMode').then((m) => m.LiveMode)) },
  { mode: 'review', label: 'Review', description: 'Flashcards of the key facts and of the questions you missed, missed ones coming back sooner.', View: lazyView(() => import('../features/review/ReviewMode').then((m) => m.ReviewMode)) },
  { mode: 'transcript', label: 'Transcript', description: 'The lesson\'s transcript and a walk-through of the current scenario, to copy or print.', View: lazyView(() => import('../features/transcript/TranscriptMode').then((m) => m.TranscriptMode)) },
  { mode: 'present', label: 'Present', description: 'Slides for class that drive the live workspace: PageDown, B to blank, Esc to explore, S for speaker view.', View: lazy(() => import('../features/present/PresentMode').then((m) => ({ default: m.PresentMode }))) },
];

export function modeEntry(mode: Mode): ModeEntry {
  return MODE_ENTRIES.find((entry) => entry.mode === mode) ?? MODE_ENTRIES.find((entry) => entry.mode === 'visualize')!;
}


