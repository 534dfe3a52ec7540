/** A mode's run of questions: the lesson's first, then engine-made ones for the workspace's scenario (as the quiz modes found it). */
import { useEffect, useMemo, useState } from 'react';
import { generateQuestions, type Question, type Scenario } from '../../quiz';
import { showQuestionScenario } from './questionScenario';
import { workspaceScenario } from './workspaceKeeper';

/** How many engine-made questions follow the lesson's. */
export const MORE_QUESTIONS = 6;


/** Engine-made questions for a scenario, leaving out any whose prompt repeats a lesson question's. */
export function moreQuestions(scenario: Scenario, seed: number, lesson: readonly Question[]): Question[] {
  const prompts = new Set(lesson.map((question) => question.prompt));
  const drawn = generateQuestions({ ...scenario, seed, count: MORE_QUESTIONS + lesson.length, exclude: lesson.map((q) => q.id) });
  return drawn.filter((question) => !prompts.has(question.prompt)).slice(0, MORE_QUESTIONS);
}

export interface QuestionSequence {
  readonly questions: readonly Question[];
  readonly index: number;
  readonly question: Question;
  /** how many of the questions come from the lesson */
  readonly lessonCount: number;
  /** first-attempt result per question id */
  readonly firstTries: Readonly<Record<string, boolean>>;
  readonly seed: number;
  goTo: (index: number) => void;
  /** draws a fresh set of engine-made questions and goes to the first of them */
  newQuestions: () => void;
  recordFirstTry: (id: string, correct: boolean) => void;
  /** asks a question again: goes to it, adding it to the run when it is not in it */
  ask: (question: Question) => void;
}

export function useQuestionSequence(lesson: readonly Question[], initialSeed = 1): QuestionSequence {
  const [scenario] = useState(workspaceScenario);
  const [seed, setSeed] = useState(initialSeed);
  const [extra, setExtra] = useState<readonly Question[]>([]);
  const [index, setIndex] = useState(0);
  const [firstTries, setFirstTries] = useState<Record<string, boolean>>({});
  const generated = useMemo(() => moreQuestions(scenario, seed, lesson), [scenario, seed, lesson]);
  const questions = useMemo(() => [...lesson, ...generated, ...extra], [lesson, generated, extra]);
  const current = Math.min(index, questions.length - 1);
  const question = questions[current]!;

  useEffect(() => {
    showQuestionScenario(question, question.kind === 'predict_step' ? question.step - 1 : 'end');
  }, [question]);

  return {
    questions, index: current, question, lessonCount: lesson.length, firstTries, seed,
    goTo: (next) => setIndex(Math.min(Math.max(next, 0), questions.length - 1)),
    newQuestions: () => { setSeed((s) => s + 1); setIndex(lesson.length); },
    recordFirstTry: (id, correct) => setFirstTries((tries) => (id in tries ? tries : { ...tries, [id]: correct })),
    ask: (wanted) => {
      const at = questions.findIndex((q) => q.id === wanted.id);
      if (at >= 0) { setIndex(at); return; }
      setExtra((list) => [...list, wanted]);
      setIndex(questions.length);
    },
  };
}
